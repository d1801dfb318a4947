import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { LOG_START, type EventStore, type LogCheckpoint, type RecordedEvent } from '@kn/event-store';
import type { Projection, RebuildSession } from './projection.js';
import { applyAll, readCheckpoint, RUNNER_LOCK, writeCheckpoint } from './projection-runner.js';
import { deferIndexes, finishTables } from './shadow-tables.js';
import { Writers } from './writers.js';

export interface RebuildProgress {
  applied: number;
  total: number;
}
export interface RebuildResult {
  readonly applied: number;
  readonly checkpoint: LogCheckpoint;
  /** Where the time went (ms): replaying the log, finishing the tables, the switch; and per projection. */
  readonly timings: { replay: number; finish: number; switch: number; projections: Record<string, number> };
}

const NEXT = 'rm_next';
const PAGE = 20_000;
/** Pages read ahead of the slowest projection. */
const AHEAD = 2;
/** Rebuild transactions at once: enough to overlap Node's folds with the server's writes, and to leave the pool to the live app. */
const WRITERS = 3;

/**
 * Blue/green rebuild (ADR 0004, 0008): build every table of the live `rm` schema afresh in
 * `rm_next` while the live read models keep serving, then take the runners' lock, apply the
 * last few events and swap the schemas in one transaction.
 *
 * While the log is replayed the new tables are unlogged and carry only the keys their upserts
 * need; each projection writes in its own transactions, in parallel with the others and with the
 * next page's read, through its rebuild session when it has one (documents kept in memory across
 * pages). A crash loses nothing: a rebuild always starts from an empty `rm_next`.
 */
export async function rebuildReadModels(
  db: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  onProgress: (p: RebuildProgress) => void = () => undefined,
): Promise<RebuildResult> {
  const logger = new Logger('rebuild');
  const t0 = performance.now();
  const writers = await Writers.open(db, WRITERS);
  try {
    return await rebuildWith(db, writers, store, projections, onProgress, logger, t0);
  } finally {
    await writers.close();
  }
}

async function rebuildWith(
  db: DataSource,
  writers: Writers,
  store: EventStore,
  projections: readonly Projection[],
  onProgress: (p: RebuildProgress) => void,
  logger: Logger,
  t0: number,
): Promise<RebuildResult> {
  const deferred = await inNext(writers, async (tx) => {
    await tx.query(`drop schema if exists ${NEXT} cascade`);
    await tx.query(`create schema ${NEXT}`);
    return deferIndexes(tx, 'rm', NEXT);
  });
  const total = await countLog(db);
  const spent: Record<string, number> = {};
  const { applied: replayed, last } = await replay(writers, store, projections, logger, spent, (applied) =>
    onProgress({ applied, total: Math.max(total, applied) }),
  );
  const t1 = performance.now();
  await finishTables(writers, NEXT, deferred, WRITERS);
  await inNext(writers, (tx) => writeCheckpoint(tx, last));
  const t2 = performance.now();
  let applied = replayed;
  const checkpoint = await writers.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [RUNNER_LOCK]);
    await tx.query(`set local search_path to app, ${NEXT}, public`);
    for (;;) {
      const events = await store.readAll({ after: await readCheckpoint(tx), maxCount: PAGE });
      if (!events.length) break;
      await applyAll(projections, events, tx, logger);
      await writeCheckpoint(tx, events[events.length - 1].checkpoint);
      applied += events.length;
    }
    const cp = await readCheckpoint(tx);
    await tx.query(`alter schema rm rename to rm_old`);
    await tx.query(`alter schema ${NEXT} rename to rm`);
    await tx.query(`drop schema rm_old cascade`);
    return cp;
  });
  onProgress({ applied, total: Math.max(total, applied) });
  const timings = { replay: t1 - t0, finish: t2 - t1, switch: performance.now() - t2, projections: spent };
  return { applied, checkpoint, timings };
}

/**
 * The log in pages, read ahead, each projection consuming them in order on its own connection.
 * Returns how many events were replayed and the checkpoint of the last one.
 */
async function replay(
  writers: Writers,
  store: EventStore,
  projections: readonly Projection[],
  logger: Logger,
  spent: Record<string, number>,
  progress: (applied: number) => void,
): Promise<{ applied: number; last: LogCheckpoint }> {
  const pages: Promise<readonly RecordedEvent[]>[] = [];
  const done = projections.map(() => 0);
  const waiting: (() => void)[] = [];
  let after = LOG_START;
  let reading = Promise.resolve();
  let applied = 0;
  /** Page i, read once (in order) by whichever projection asks first. */
  const page = (i: number): Promise<readonly RecordedEvent[]> => {
    while (pages.length <= i) {
      const read = reading.then(() => store.readAll({ after, maxCount: PAGE }));
      reading = read.then((events) => {
        if (events.length) after = events[events.length - 1].checkpoint;
      });
      // Read ahead: a failure surfaces where the page is awaited, never as an unhandled rejection.
      reading.catch(() => undefined);
      read.catch(() => undefined);
      pages.push(read);
    }
    return pages[i];
  };
  /** One transaction in a writer slot; the time inside the slot is the projection's. */
  /** One transaction on a free writer; the time inside it is the projection's. */
  const write = (p: Projection, work: (tx: EntityManager) => Promise<void>) =>
    inNext(writers, async (tx) => {
      const t = performance.now();
      await work(tx);
      spent[p.name] = (spent[p.name] ?? 0) + performance.now() - t;
    });
  const worker = async (p: Projection, k: number) => {
    const session = sessionOf(p, logger);
    for (let i = 0; ; i++) {
      // The fastest stays at most AHEAD pages ahead of the slowest: pages in memory stay bounded.
      while (Math.min(...done) < i - AHEAD) await new Promise<void>((wake) => waiting.push(wake));
      void page(i + AHEAD);
      const events = await page(i);
      if (!events.length) break;
      await write(p, (tx) => session.apply(events, tx));
      done[k] = i + 1;
      if (done.every((n) => n > i)) {
        applied += events.length;
        progress(applied);
        pages[i] = EMPTY; // no projection needs the page any more: let it go
        for (const wake of waiting.splice(0)) wake();
      }
    }
    await write(p, (tx) => session.flush(tx));
  };
  await Promise.all(projections.map(worker));
  await reading;
  return { applied, last: after };
}

const EMPTY: Promise<readonly RecordedEvent[]> = Promise.resolve([]);

/**
 * The projection's rebuild session, or one that applies each page as the live runner does. An
 * event the session cannot apply sends the page down the live path, which parks that event.
 */
function sessionOf(p: Projection, logger: Logger): RebuildSession {
  const live: RebuildSession = {
    apply: (events, tx) => applyAll([p], events, tx, logger),
    flush: async () => undefined,
  };
  const session = p.rebuildSession?.();
  if (!session) return live;
  return {
    async apply(events, tx) {
      await tx.query('savepoint rebuild_page');
      try {
        await session.apply(events, tx);
        await tx.query('release savepoint rebuild_page');
      } catch {
        await tx.query('rollback to savepoint rebuild_page');
        await session.flush(tx);
        await live.apply(events, tx);
      }
    },
    flush: (tx) => session.flush(tx),
  };
}

/** A transaction writing to `rm_next`, not waiting for the disk (a rebuild that crashes starts again). */
function inNext<T>(writers: Writers, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return writers.transaction(async (tx) => {
    await tx.query(`set local search_path to app, ${NEXT}, public`);
    await tx.query(`set local synchronous_commit = off`);
    // Writers take turns on Node's one thread: a transaction may wait for its turn longer than the server's idle limit.
    await tx.query(`set local idle_in_transaction_session_timeout = 0`);
    await tx.query(`set local statement_timeout = 0`);
    return work(tx);
  });
}

async function countLog(db: DataSource): Promise<number> {
  // Only the PostgreSQL adapter keeps the log beside the read models; elsewhere the total is unknown.
  const [{ present }] = await db.query(`select to_regclass('event_store.events') is not null as present`);
  if (!present) return 0;
  const rows: { n: string }[] = await db.query(`select count(*) as n from event_store.events`);
  return Number(rows[0].n);
}
