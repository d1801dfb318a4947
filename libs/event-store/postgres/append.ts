import type pg from 'pg';
import { categoryOf } from '@kn/shared';
import {
  IdempotencyConflictError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from '../event-store.port.js';
import { EventHasher, canonicalStringify } from './event-hasher.js';
import { quoteIdent } from './schema.js';
import { statement, type RecentMap, type Statement } from './statements.js';

/**
 * Append is optimistic and, once the stream head is known, one plain multi-row INSERT that
 * commits on its own. The head (revision, hash) is read from the stream's last event, or taken
 * from what this process last wrote or read; the events are hashed against it in the app and
 * inserted at the next revisions. `unique (stream_id, revision)` is the concurrency check: a
 * writer that raced another gets a unique violation, nothing is stored, and it re-reads.
 * (A `streams` head row moved in the same statement cost 13–24% of append throughput: BENCHMARKS.md.)
 */
export type Queryable = Pick<pg.ClientBase, 'query'>;

export interface StreamHead {
  readonly revision: number;
  readonly hash: string | null;
  readonly recordedAt: Date | null;
}

export const NO_STREAM: StreamHead = Object.freeze({ revision: -1, hash: null, recordedAt: null });
/** Bounded by PostgreSQL's 65,535 parameters per statement (up to 5 per event). */
export const MAX_EVENTS_PER_APPEND = 5000;
const MAX_ATTEMPTS = 100;
const NAMED_UP_TO = 128;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PreparedAppend {
  readonly streamId: string;
  readonly revision: number;
  readonly headHash: string;
  readonly recordedAt: Date;
  readonly count: number;
  /** One metadata parameter for the whole batch (the usual case: one command's events). */
  readonly sharedMetadata: boolean;
  /** Statement parameters, in the layout of `AppendSql.insert`. */
  readonly values: unknown[];
}

/** Hash the batch against the head it follows, over the canonical JSON text that is stored. */
export function prepareAppend(
  streamId: string,
  head: StreamHead,
  events: readonly EventToAppend[],
  now: Date,
): PreparedAppend {
  const recordedAt = head.recordedAt && head.recordedAt > now ? head.recordedAt : now;
  const hasher = new EventHasher();
  const metadata = events.map((e) => hasher.json(e.metadata));
  const sharedMetadata = metadata.every((m) => m === metadata[0]);
  const values: unknown[] = [streamId, categoryOf(streamId), recordedAt, head.revision, head.hash];
  if (sharedMetadata) values.push(metadata[0]);
  let prev = head.hash;
  events.forEach((event, i) => {
    const revision = head.revision + 1 + i;
    const eventId = event.eventId.toLowerCase(); // as PostgreSQL prints a uuid, so that verify agrees
    const data = hasher.json(event.data);
    const hash = hasher.hash({ streamId, revision, eventId, type: event.type, recordedAt }, data, metadata[i], prev);
    values.push(eventId, event.type, data);
    if (!sharedMetadata) values.push(metadata[i]);
    values.push(hash);
    prev = hash;
  });
  return {
    streamId,
    revision: head.revision + events.length,
    headHash: prev as string,
    recordedAt,
    count: events.length,
    sharedMetadata,
    values,
  };
}

export class AppendSql {
  readonly readHead: Statement;
  readonly existing: Statement;
  private readonly table: string;
  private readonly inserts = new Map<string, { name?: string; text: string }>();

  constructor(schema: string) {
    this.table = `${quoteIdent(schema)}.events`;
    this.readHead = statement(
      `select revision, hash, recorded_at, position, tx_id from ${this.table} where stream_id = $1 order by revision desc limit 1`,
    );
    this.existing = statement(
      `select event_id, stream_id, revision, type, data, position, tx_id from ${this.table} where event_id = any($1::uuid[])`,
    );
  }

  /**
   * `insert … values (…), (…)` for n events; named (planned once) for small n. Parameters: $1
   * stream, $2 category, $3 recorded_at, $4 head revision, $5 head hash, [$6 shared metadata],
   * then per event: id, type, data, [metadata], hash. Revisions are $4 + k and each prev_hash is
   * the previous row's hash parameter, so neither is sent twice.
   */
  insert(n: number, sharedMetadata: boolean): { name?: string; text: string } {
    const key = `${n}:${sharedMetadata}`;
    let s = this.inserts.get(key);
    if (!s) {
      const first = sharedMetadata ? 7 : 6;
      const per = sharedMetadata ? 4 : 5;
      const p = (i: number, k: number) => `$${first + i * per + k}`;
      const rows = Array.from({ length: n }, (_, i) => {
        const metadata = sharedMetadata ? '$6' : p(i, 3);
        const prev = i === 0 ? '$5' : p(i - 1, per - 1);
        return `(${p(i, 0)}, $1, $4::bigint + ${i + 1}, $2, ${p(i, 1)}, ${p(i, 2)}, ${metadata}, $3, ${prev}, ${p(i, per - 1)})`;
      });
      const insert = `insert into ${this.table} (event_id, stream_id, revision, category, type, data, metadata, recorded_at, prev_hash, hash)
                      values ${rows.join(', ')} returning position, tx_id`;
      // One row back, not n: the last position and the (single) transaction id.
      const text =
        n === 1
          ? insert
          : `with ins as (${insert}) select (select max(position) from ins) as position, (select tx_id from ins limit 1) as tx_id`;
      s = n <= NAMED_UP_TO ? statement(text) : { text };
      this.inserts.set(key, s);
    }
    return s;
  }
}

/** The one write. Throws PostgreSQL's unique violation (23505) when the revisions or ids are taken. */
export async function writeEvents(db: Queryable, sql: AppendSql, p: PreparedAppend): Promise<AppendResult> {
  const { rows } = await db.query<{ position: string; tx_id: string }>({
    ...sql.insert(p.count, p.sharedMetadata),
    values: p.values,
  });
  const last = rows[rows.length - 1];
  const position = Number(last.position);
  return { streamId: p.streamId, revision: p.revision, position, checkpoint: { commit: Number(last.tx_id), position } };
}

export async function readHead(db: Queryable, sql: AppendSql, streamId: string): Promise<StreamHead> {
  const { rows } = await db.query<{ revision: string; hash: string; recorded_at: Date }>({
    ...sql.readHead,
    values: [streamId],
  });
  const row = rows[0];
  return row ? { revision: Number(row.revision), hash: row.hash, recordedAt: row.recorded_at } : NO_STREAM;
}

export function satisfies(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1;
  if (expected === 'stream_exists') return actual >= 0;
  return actual === expected;
}

/**
 * The whole append: optimistic attempts, idempotent retries, typed conflicts. `heads` remembers
 * the heads this process wrote or read; a stale entry costs a failed insert and a re-read, never
 * a wrong result (a revision's hash never changes once written).
 */
export async function appendEvents(
  db: Queryable,
  sql: AppendSql,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  heads?: RecentMap<StreamHead>,
  clock: () => Date = () => new Date(),
): Promise<AppendResult> {
  assertBatch(streamId, events, expected);
  if (events.length === 0) return emptyAppend(db, sql, streamId, expected);
  const known = expected === 'no_stream' ? NO_STREAM : heads?.get(streamId);
  let head = known ?? (await readHead(db, sql, streamId));
  let fresh = known === undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (satisfies(expected, head.revision)) {
      const p = prepareAppend(streamId, head, events, clock());
      const written = await writeEvents(db, sql, p).catch(uniqueViolationAsNull);
      if (written) {
        heads?.set(streamId, { revision: p.revision, hash: p.headHash, recordedAt: p.recordedAt });
        return written;
      }
    } else if (!fresh) {
      head = await readHead(db, sql, streamId);
      fresh = true;
      continue;
    }
    heads?.delete(streamId);
    const original = await idempotentResult(db, sql, streamId, events);
    if (original) return original;
    head = await readHead(db, sql, streamId);
    fresh = true;
    // Only `any` and `stream_exists` may follow a moved head; any other expectation has failed.
    if (expected !== 'any' && (expected !== 'stream_exists' || head.revision === -1)) {
      throw new WrongExpectedRevisionError(streamId, expected, head.revision);
    }
  }
  throw new Error(`stream ${streamId}: gave up appending after ${MAX_ATTEMPTS} concurrent attempts`);
}

function uniqueViolationAsNull(error: unknown): null {
  // A revision taken by a concurrent writer, or an event id already stored (a retry).
  if ((error as { code?: string }).code === '23505') return null;
  throw error;
}

interface ExistingRow {
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  data: unknown;
  position: string;
  tx_id: string;
}

/**
 * The first result again when these event ids are already this stream's consecutive events with
 * the same types and data; an IdempotencyConflictError when any of them exists otherwise.
 */
export async function idempotentResult(
  db: Queryable,
  sql: AppendSql,
  streamId: string,
  events: readonly EventToAppend[],
): Promise<AppendResult | null> {
  const { rows } = await db.query<ExistingRow>({ ...sql.existing, values: [events.map((e) => e.eventId)] });
  if (rows.length === 0) return null;
  const byId = new Map(rows.map((r) => [r.event_id, r]));
  const found = events.map((e) => byId.get(e.eventId.toLowerCase()));
  const first = found[0];
  const same =
    first !== undefined &&
    found.every(
      (row, i) =>
        row !== undefined &&
        row.stream_id === streamId &&
        Number(row.revision) === Number(first.revision) + i &&
        row.type === events[i].type &&
        canonicalStringify(row.data) === canonicalStringify(events[i].data),
    );
  if (!same)
    throw new IdempotencyConflictError(
      streamId,
      rows.map((r) => r.event_id),
    );
  const last = found[found.length - 1] as ExistingRow;
  const position = Number(last.position);
  return { streamId, revision: Number(last.revision), position, checkpoint: { commit: Number(last.tx_id), position } };
}

/** Nothing to write: check the expectation against the stream's last event and report it. */
async function emptyAppend(
  db: Queryable,
  sql: AppendSql,
  streamId: string,
  expected: ExpectedRevision,
): Promise<AppendResult> {
  const { rows } = await db.query<{ revision: string; position: string; tx_id: string }>({
    ...sql.readHead,
    values: [streamId],
  });
  const last = rows[0];
  const revision = last ? Number(last.revision) : -1;
  if (!satisfies(expected, revision)) throw new WrongExpectedRevisionError(streamId, expected, revision);
  const position = last ? Number(last.position) : 0;
  return { streamId, revision, position, checkpoint: { commit: last ? Number(last.tx_id) : 0, position } };
}

function assertBatch(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): void {
  if (!streamId) throw new Error('stream id must not be empty');
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
    throw new Error(`expected revision must be a non-negative integer or a keyword: ${expected}`);
  }
  if (events.length > MAX_EVENTS_PER_APPEND)
    throw new Error(`stream ${streamId}: at most ${MAX_EVENTS_PER_APPEND} events per append`);
  const bad = events.find((e) => !UUID.test(e.eventId));
  if (bad) throw new Error(`stream ${streamId}: event id must be a UUID: ${bad.eventId}`);
  const ids = new Set(events.map((e) => e.eventId.toLowerCase()));
  if (ids.size !== events.length) throw new Error(`stream ${streamId}: the batch repeats an event id`);
}
