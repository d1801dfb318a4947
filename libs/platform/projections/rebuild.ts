import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { LOG_START, type EventStore, type LogCheckpoint } from '@kn/event-store';
import type { Projection } from './projection.js';
import { applyAll, readCheckpoint, RUNNER_LOCK, writeCheckpoint } from './projection-runner.js';

export interface RebuildProgress { applied: number; total: number }

const NEXT = 'rm_next';
// Large pages: a document touched by many events of a page is rewritten once per page.
const PAGE = 20_000;

/**
 * Blue/green rebuild (ADR 0004): copy the shape of every table of the live `rm` schema into
 * `rm_next`, replay the whole log into it while the live read models keep serving, then take
 * the runners' lock, apply the last few events and swap the schemas in one transaction.
 */
export async function rebuildReadModels(
  db: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  onProgress: (p: RebuildProgress) => void = () => undefined,
): Promise<{ applied: number; checkpoint: LogCheckpoint }> {
  const logger = new Logger('rebuild');
  await prepareNextSchema(db);
  const total = await countLog(db);
  let applied = 0;
  // Catch up outside the lock: the live runner keeps going meanwhile.
  for (;;) {
    const n = await db.transaction((tx) => replayPage(tx, store, projections, logger));
    if (n === 0) break;
    applied += n;
    onProgress({ applied, total: Math.max(total, applied) });
  }
  const checkpoint = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [RUNNER_LOCK]);
    for (;;) {
      const n = await replayPage(tx, store, projections, logger);
      applied += n;
      if (n === 0) break;
    }
    await tx.query(`set local search_path to app, ${NEXT}, public`);
    const cp = await readCheckpoint(tx);
    await tx.query(`alter schema rm rename to rm_old`);
    await tx.query(`alter schema ${NEXT} rename to rm`);
    await tx.query(`drop schema rm_old cascade`);
    return cp;
  });
  onProgress({ applied, total: Math.max(total, applied) });
  return { applied, checkpoint };
}

async function replayPage(tx: EntityManager, store: EventStore, projections: readonly Projection[], logger: Logger): Promise<number> {
  await tx.query(`set local search_path to app, ${NEXT}, public`);
  // A rebuild interrupted by a crash simply starts again: its pages need not wait for the disk.
  await tx.query(`set local synchronous_commit = off`);
  const from = await readCheckpoint(tx);
  const events = await store.readAll({ after: from, maxCount: PAGE });
  if (!events.length) return 0;
  await applyAll(projections, events, tx, logger);
  await writeCheckpoint(tx, events[events.length - 1].checkpoint);
  return events.length;
}

async function prepareNextSchema(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`drop schema if exists ${NEXT} cascade`);
    await tx.query(`create schema ${NEXT}`);
    const tables: { name: string }[] = await tx.query(`select tablename as name from pg_tables where schemaname = 'rm' order by tablename`);
    for (const { name } of tables) {
      await tx.query(`create table ${NEXT}."${name}" (like rm."${name}" including all)`);
    }
    await tx.query(`set local search_path to app, ${NEXT}, public`);
    await writeCheckpoint(tx, LOG_START);
  });
}

async function countLog(db: DataSource): Promise<number> {
  // Only the PostgreSQL adapter keeps the log beside the read models; elsewhere the total is unknown.
  const [{ present }] = await db.query(`select to_regclass('event_store.events') is not null as present`);
  if (!present) return 0;
  const rows: { n: string }[] = await db.query(`select count(*) as n from event_store.events`);
  return Number(rows[0].n);
}
