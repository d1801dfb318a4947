import type pg from 'pg';
import { categoryOf } from '@kn/shared';
import { canonicalJson, eventHash } from '../hash-chain.js';
import {
  IdempotencyConflictError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from '../event-store.port.js';
import { quoteIdent } from './schema.js';

/**
 * Append is optimistic and costs one statement that commits on its own: read the stream head
 * (skipped for `no_stream`), hash the events against it in the app, then one statement with CTEs
 * moves the head only if it is still where it was read (`update … where revision = $prev`, or
 * `insert … on conflict do nothing` for a new stream) and inserts the events only if it moved.
 * Concurrent writers of one stream serialise on the `streams` row; the loser gets no row back.
 */
export type Queryable = Pick<pg.ClientBase, 'query'>;

export interface StreamHead {
  readonly revision: number;
  readonly hash: string | null;
  readonly recordedAt: Date | null;
}

const NO_STREAM: StreamHead = Object.freeze({ revision: -1, hash: null, recordedAt: null });
const MAX_ATTEMPTS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PreparedAppend {
  readonly streamId: string;
  readonly category: string;
  readonly expectedHead: number;
  readonly revision: number;
  readonly headHash: string;
  readonly recordedAt: Date;
  readonly eventIds: string[];
  readonly revisions: number[];
  readonly types: string[];
  readonly data: string[];
  readonly metadata: string[];
  readonly prevHashes: (string | null)[];
  readonly hashes: string[];
}

/** Hash the batch against the head it will follow. JSON is normalised first: hash what is stored. */
export function prepareAppend(streamId: string, head: StreamHead, events: readonly EventToAppend[], now: Date): PreparedAppend {
  const recordedAt = head.recordedAt && head.recordedAt > now ? head.recordedAt : now;
  const p = {
    eventIds: [] as string[], revisions: [] as number[], types: [] as string[], data: [] as string[],
    metadata: [] as string[], prevHashes: [] as (string | null)[], hashes: [] as string[],
  };
  let prev = head.hash;
  events.forEach((event, i) => {
    const revision = head.revision + 1 + i;
    const eventId = event.eventId.toLowerCase(); // as PostgreSQL prints a uuid, so that verify agrees
    const data = JSON.stringify(event.data);
    const metadata = JSON.stringify(event.metadata);
    const hash = eventHash(
      { streamId, revision, eventId, type: event.type, data: JSON.parse(data), metadata: JSON.parse(metadata), recordedAt },
      prev,
    );
    p.eventIds.push(eventId); p.revisions.push(revision); p.types.push(event.type);
    p.data.push(data); p.metadata.push(metadata); p.prevHashes.push(prev); p.hashes.push(hash);
    prev = hash;
  });
  return {
    ...p, streamId, category: categoryOf(streamId), expectedHead: head.revision,
    revision: head.revision + events.length, headHash: prev as string, recordedAt,
  };
}

export interface AppendSql {
  readonly readHead: string;
  readonly createStream: string;
  readonly moveStream: string;
  readonly existing: string;
  readonly lastEvent: string;
}

export function appendSql(schema: string, notifyChannel: string | null): AppendSql {
  const s = quoteIdent(schema);
  const insertEvents = (head: string) => `
    with head as (${head} returning 1),
    ins as (
      insert into ${s}.events (event_id, stream_id, revision, category, type, data, metadata, recorded_at, prev_hash, hash)
      select e.event_id, $1, e.revision, $2, e.type, e.data, e.metadata, $6, e.prev_hash, e.hash
        from unnest($7::uuid[], $8::bigint[], $9::text[], $10::jsonb[], $11::jsonb[], $12::text[], $13::text[])
             with ordinality as e(event_id, revision, type, data, metadata, prev_hash, hash, ord)
       where exists (select from head)
       order by e.ord
      returning position, tx_id
    )${notifyChannel ? `, woke as (select pg_notify('${notifyChannel}', '') from ins limit 1)` : ''}
    select (select max(position) from ins) as position,
           (select tx_id from ins limit 1) as tx_id
           ${notifyChannel ? ', (select count(*) from woke) as woke' : ''}`;
  return {
    readHead: `select revision, head_hash, recorded_at from ${s}.streams where stream_id = $1`,
    createStream: insertEvents(
      `insert into ${s}.streams (stream_id, revision, head_hash, category, recorded_at)
       select $1, $4, $5, $2, $6 where $3::bigint = -1
       on conflict (stream_id) do nothing`,
    ),
    moveStream: insertEvents(
      `update ${s}.streams set revision = $4, head_hash = $5, recorded_at = $6
        where stream_id = $1 and revision = $3`,
    ),
    existing: `select event_id, stream_id, revision, type, data, position, tx_id
                 from ${s}.events where event_id = any($1::uuid[])`,
    lastEvent: `select position, tx_id from ${s}.events
                 where stream_id = $1 order by revision desc limit 1`,
  };
}

/** The one write statement. Null when the head moved since it was read (nothing was written). */
export async function writeEvents(db: Queryable, sql: AppendSql, p: PreparedAppend): Promise<AppendResult | null> {
  const statement = p.expectedHead === -1 ? sql.createStream : sql.moveStream;
  const { rows } = await db.query<{ position: string | null; tx_id: string | null }>(statement, [
    p.streamId, p.category, p.expectedHead, p.revision, p.headHash, p.recordedAt,
    p.eventIds, p.revisions, p.types, p.data, p.metadata, p.prevHashes, p.hashes,
  ]);
  const row = rows[0];
  if (!row?.position || !row.tx_id) return null;
  const position = Number(row.position);
  return { streamId: p.streamId, revision: p.revision, position, checkpoint: { commit: Number(row.tx_id), position } };
}

export async function readHead(db: Queryable, sql: AppendSql, streamId: string): Promise<StreamHead> {
  const { rows } = await db.query<{ revision: string; head_hash: string; recorded_at: Date }>(sql.readHead, [streamId]);
  const row = rows[0];
  return row ? { revision: Number(row.revision), hash: row.head_hash, recordedAt: row.recorded_at } : NO_STREAM;
}

export function satisfies(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1;
  if (expected === 'stream_exists') return actual >= 0;
  return actual === expected;
}

/** The whole append: optimistic attempts, idempotent retries, typed conflicts. */
export async function appendEvents(
  db: Queryable,
  sql: AppendSql,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  clock: () => Date = () => new Date(),
): Promise<AppendResult> {
  assertBatch(streamId, events, expected);
  if (events.length === 0) return emptyAppend(db, sql, streamId, expected);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const head = expected === 'no_stream' && attempt === 0 ? NO_STREAM : await readHead(db, sql, streamId);
    if (satisfies(expected, head.revision)) {
      const written = await writeOrDuplicate(db, sql, prepareAppend(streamId, head, events, clock()));
      if (written) return written;
    }
    const original = await idempotentResult(db, sql, streamId, events);
    if (original) return original;
    // Only `any` and `stream_exists` may follow a moved head; an exact expectation has failed.
    if (expected !== 'any' && expected !== 'stream_exists') {
      throw new WrongExpectedRevisionError(streamId, expected, (await readHead(db, sql, streamId)).revision);
    }
    if (expected === 'stream_exists' && head.revision === -1) throw new WrongExpectedRevisionError(streamId, expected, -1);
  }
  throw new Error(`stream ${streamId}: gave up appending after ${MAX_ATTEMPTS} concurrent attempts`);
}

async function writeOrDuplicate(db: Queryable, sql: AppendSql, p: PreparedAppend): Promise<AppendResult | null> {
  try {
    return await writeEvents(db, sql, p);
  } catch (error) {
    // A duplicate event id (a retry) or a revision taken under our feet: decided by the caller.
    if ((error as { code?: string }).code === '23505') return null;
    throw error;
  }
}

interface ExistingRow { event_id: string; stream_id: string; revision: string; type: string; data: unknown; position: string; tx_id: string }

/**
 * The first result again when these event ids are already this stream's consecutive events with
 * the same types and data; an IdempotencyConflictError when any of them exists otherwise.
 */
export async function idempotentResult(
  db: Queryable, sql: AppendSql, streamId: string, events: readonly EventToAppend[],
): Promise<AppendResult | null> {
  const { rows } = await db.query<ExistingRow>(sql.existing, [events.map((e) => e.eventId)]);
  if (rows.length === 0) return null;
  const byId = new Map(rows.map((r) => [r.event_id.toLowerCase(), r]));
  const found = events.map((e) => byId.get(e.eventId.toLowerCase()));
  const first = found[0];
  const same = first !== undefined && found.every((row, i) =>
    row !== undefined && row.stream_id === streamId && Number(row.revision) === Number(first.revision) + i &&
    row.type === events[i].type && canonicalJson(row.data) === canonicalJson(JSON.parse(JSON.stringify(events[i].data))));
  if (!same) throw new IdempotencyConflictError(streamId, rows.map((r) => r.event_id));
  const last = found[found.length - 1] as ExistingRow;
  const position = Number(last.position);
  return { streamId, revision: Number(last.revision), position, checkpoint: { commit: Number(last.tx_id), position } };
}

async function emptyAppend(db: Queryable, sql: AppendSql, streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
  const head = await readHead(db, sql, streamId);
  if (!satisfies(expected, head.revision)) throw new WrongExpectedRevisionError(streamId, expected, head.revision);
  const { rows } = await db.query<{ position: string; tx_id: string }>(sql.lastEvent, [streamId]);
  const position = rows[0] ? Number(rows[0].position) : 0;
  return { streamId, revision: head.revision, position, checkpoint: { commit: rows[0] ? Number(rows[0].tx_id) : 0, position } };
}

function assertBatch(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): void {
  if (!streamId) throw new Error('stream id must not be empty');
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
    throw new Error(`expected revision must be a non-negative integer or a keyword: ${expected}`);
  }
  const bad = events.find((e) => !UUID.test(e.eventId));
  if (bad) throw new Error(`stream ${streamId}: event id must be a UUID: ${bad.eventId}`);
  const ids = new Set(events.map((e) => e.eventId.toLowerCase()));
  if (ids.size !== events.length) throw new Error(`stream ${streamId}: the batch repeats an event id`);
}
