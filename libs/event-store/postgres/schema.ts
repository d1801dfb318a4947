import type pg from 'pg';

/**
 * Tables of the PostgreSQL event store, in their own schema. See ADR 0002 (ordering) and
 * ADR 0003 (hash chain).
 *
 * - `events`: the log. `position` is taken at insert, `tx_id` is the writing transaction; readers
 *   order by `(tx_id, position)` and see only `tx_id < xmin` of their snapshot.
 * - No `streams` table: a stream's head is its last event, and `unique (stream_id, revision)`
 *   is the optimistic-concurrency check (see append.ts).
 * - `seals`: the global chain over the settled log, one row per event, in log order. `tx_id`,
 *   `stream_id` and `revision` only help the sealer resume and `verify` name a deleted event.
 */
export function schemaDdl(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `create schema if not exists ${s}`,
    `create table if not exists ${s}.events (
       position bigint generated always as identity primary key,
       tx_id xid8 not null default pg_current_xact_id(),
       event_id uuid not null unique,
       stream_id text not null,
       revision bigint not null check (revision >= 0),
       category text not null,
       type text not null,
       data jsonb not null,
       metadata jsonb not null,
       recorded_at timestamptz not null,
       prev_hash text,
       hash text not null,
       unique (stream_id, revision)
     )`,
    `create index if not exists events_log_order on ${s}.events (tx_id, position)`,
    `create index if not exists events_category on ${s}.events (category, tx_id, position)`,
    `create index if not exists events_type on ${s}.events (type, tx_id, position)`,
    // BRIN: recorded_at grows with the log, and a BRIN entry costs appends next to nothing.
    `create index if not exists events_recorded_at on ${s}.events using brin (recorded_at)`,
    // Each filled page range summarised by autovacuum: an unsummarised range matches every query.
    `alter index ${s}.events_recorded_at set (autosummarize = on)`,
    `create table if not exists ${s}.seals (
       seq bigint primary key,
       position bigint not null unique,
       tx_id xid8 not null,
       stream_id text not null,
       revision bigint not null,
       seal_hash text not null,
       sealed_at timestamptz not null default now()
     )`,
    // Each verification that found the chain whole, up to which seal: the next one may start there.
    `create table if not exists ${s}.verifications (
       seq bigint primary key,
       seal_hash text not null,
       checked bigint not null,
       verified_at timestamptz not null default now()
     )`,
  ];
}

/** Runs the DDL under an advisory lock: concurrent `create … if not exists` can still collide. */
export async function migrateSchema(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [lockKey(schema, 'migrate')]);
    for (const statement of schemaDdl(schema)) await client.query(statement);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const IDENT = /^[a-z_][a-z0-9_]{0,40}$/;

export function assertSchemaName(schema: string): string {
  if (!IDENT.test(schema)) throw new Error(`event store schema must be a lowercase SQL identifier: ${schema}`);
  return schema;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The LISTEN/NOTIFY channel that wakes subscribers of this schema's log. */
export function channelOf(schema: string): string {
  return `${schema}_appended`;
}

/** A stable 64-bit advisory lock key per schema and purpose (as a decimal string for pg). */
export function lockKey(schema: string, purpose: 'migrate' | 'seal'): string {
  let h = 1469598103934665603n; // FNV-1a 64
  for (const byte of Buffer.from(`kn-event-store:${schema}:${purpose}`, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * 1099511628211n) & 0xffffffffffffffffn;
  }
  return BigInt.asIntN(64, h).toString();
}
