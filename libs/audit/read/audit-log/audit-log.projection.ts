import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import type { Projection } from '@kn/platform';
import { sentenceOf } from '../../domain/sentences.js';
import { evolveSubject, subjectLabel, type Subject } from '../../domain/subjects.js';
import { searchText } from '../../domain/search-text.js';

const COLUMNS: readonly (readonly [string, string])[] = [
  ['position', 'bigint'],
  ['commit', 'bigint'],
  ['stream_id', 'text'],
  ['category', 'text'],
  ['revision', 'bigint'],
  ['type', 'text'],
  ['actor_user_id', 'text'],
  ['actor_username', 'text'],
  ['actor_role', 'text'],
  ['command_name', 'text'],
  ['correlation_id', 'text'],
  ['causation_id', 'text'],
  ['reason', 'text'],
  ['recorded_at', 'timestamptz'],
  ['title', 'text'],
  ['title_en', 'text'],
  ['search', 'text'],
  ['hash', 'text'],
  ['prev_hash', 'text'],
];
const INSERT = `insert into audit_events (${COLUMNS.map(([name]) => name).join(', ')})
  select * from unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) on conflict (position) do nothing`;
const CHUNK = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REFERABLE = ['adminunit', 'organization', 'pairing', 'household'];

type Subjects = Map<string, { subject: Subject | null; dirty: boolean }>;

/** The subjects the page's events may name: their own streams and every id in their data. */
async function loadSubjects(tx: EntityManager, events: readonly RecordedEvent[], subjects: Subjects): Promise<void> {
  const wanted = new Set<string>();
  for (const e of events) {
    wanted.add(e.streamId);
    const id = e.streamId.slice(e.streamId.indexOf('-') + 1);
    for (const v of [id, ...Object.values(e.data ?? {})])
      if (typeof v === 'string' && UUID.test(v)) REFERABLE.forEach((c) => wanted.add(`${c}-${v}`));
  }
  const missing = [...wanted].filter((k) => !subjects.has(k));
  if (!missing.length) return;
  const rows: { stream_id: string; subject: Subject }[] = await tx.query(
    `select stream_id, subject from audit_subjects where stream_id = any($1)`,
    [missing],
  );
  for (const r of rows) subjects.set(r.stream_id, { subject: r.subject, dirty: false });
}

function rowOf(e: RecordedEvent, subjects: Subjects): unknown[] {
  const lookup = (id: string) => subjects.get(id)?.subject ?? null;
  const data = (typeof e.data === 'object' && e.data !== null ? e.data : {}) as Record<string, unknown>;
  const before = lookup(e.streamId);
  const after = evolveSubject(before, e.streamId, e.type, data, lookup);
  if (after !== before) subjects.set(e.streamId, { subject: after, dirty: true });
  const subject = before ?? after;
  const title = sentenceOf({ type: e.type, data, subject, lookup });
  const m = e.metadata ?? ({} as typeof e.metadata);
  return [
    e.position,
    e.checkpoint.commit,
    e.streamId,
    e.streamId.split('-')[0],
    e.revision,
    e.type,
    m.actor?.userId ?? null,
    m.actor?.username ?? null,
    m.actor?.role ?? null,
    m.commandName ?? null,
    m.correlationId ?? null,
    m.causationId ?? null,
    typeof m.reason === 'string' ? m.reason : null,
    e.recordedAt,
    title.vi,
    title.en,
    searchText(subjectLabel(subject, 'vi'), subject?.code, after?.name),
    e.hash,
    e.prevHash,
  ];
}

async function writeSubjects(tx: EntityManager, subjects: Subjects): Promise<void> {
  const dirty = [...subjects].filter(([, s]) => s.dirty && s.subject);
  for (let i = 0; i < dirty.length; i += CHUNK) {
    const chunk = dirty.slice(i, i + CHUNK);
    await tx.query(
      `insert into audit_subjects (stream_id, subject, search) select * from unnest($1::text[], $2::jsonb[], $3::text[])
       on conflict (stream_id) do update set subject = excluded.subject, search = excluded.search`,
      [
        chunk.map(([k]) => k),
        chunk.map(([, s]) => JSON.stringify(s.subject)),
        chunk.map(([, s]) => searchText(subjectLabel(s.subject, 'vi'), s.subject!.code)),
      ],
    );
  }
}

/**
 * rm.audit_events: one row per event with who, what and when, and the event as a sentence in
 * Vietnamese and English naming its subject as it was called then (rm.audit_subjects keeps
 * each stream's current name for the next sentence). Data stays in the log; personal data is
 * never copied here (households are named by code). One insert per 2,000 events.
 */
export const auditLogProjection: Projection = {
  name: 'audit_log',
  async apply(events, tx) {
    const subjects: Subjects = new Map();
    await loadSubjects(tx, events, subjects);
    for (let i = 0; i < events.length; i += CHUNK) {
      const columns: unknown[][] = COLUMNS.map(() => []);
      for (const e of events.slice(i, i + CHUNK)) rowOf(e, subjects).forEach((v, j) => columns[j].push(v));
      await tx.query(INSERT, columns);
    }
    await writeSubjects(tx, subjects);
  },
};
