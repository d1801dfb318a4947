import type { Projection } from '@kn/platform';

const COLUMNS: readonly (readonly [string, string])[] = [
  ['position', 'bigint'], ['commit', 'bigint'], ['stream_id', 'text'], ['category', 'text'], ['revision', 'bigint'], ['type', 'text'], ['actor_user_id', 'text'],
  ['actor_username', 'text'], ['actor_role', 'text'], ['command_name', 'text'], ['correlation_id', 'text'], ['causation_id', 'text'], ['reason', 'text'],
  ['recorded_at', 'timestamptz'],
];
const INSERT = `insert into audit_events (${COLUMNS.map(([name]) => name).join(', ')})
  select * from unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) on conflict (position) do nothing`;
const CHUNK = 2000;

/**
 * rm.audit_events: one row per event with who, what and when — the searchable index of the
 * audit trail. Data stays in the log (read it per stream); personal data is never copied here.
 * One insert per 2,000 events, each column sent as one array parameter.
 */
export const auditLogProjection: Projection = {
  name: 'audit_log',
  async apply(events, tx) {
    for (let i = 0; i < events.length; i += CHUNK) {
      const columns: unknown[][] = COLUMNS.map(() => []);
      for (const e of events.slice(i, i + CHUNK)) {
        const m = e.metadata ?? ({} as typeof e.metadata);
        const row = [
          e.position, e.checkpoint.commit, e.streamId, e.streamId.split('-')[0], e.revision, e.type,
          m.actor?.userId ?? null, m.actor?.username ?? null, m.actor?.role ?? null, m.commandName ?? null,
          m.correlationId ?? null, m.causationId ?? null, typeof m.reason === 'string' ? m.reason : null, e.recordedAt,
        ];
        row.forEach((v, j) => columns[j].push(v));
      }
      await tx.query(INSERT, columns);
    }
  },
};
