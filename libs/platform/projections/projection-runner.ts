import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DataSource, type EntityManager } from 'typeorm';
import {
  compareCheckpoints,
  EVENT_STORE,
  LOG_START,
  type EventStore,
  type LogCheckpoint,
  type RecordedEvent,
  type Subscription,
} from '@kn/event-store';
import { PROJECTIONS, type Projection } from './projection.js';

export const CHECKPOINT = 'read_models';
/** Serialises every writer of the read models: live runners (API, projector) and a rebuild's switch. */
export const RUNNER_LOCK = 7_340_001;
const RESTART_MS = 1000;

/**
 * Applies every projection to each batch of the log in one transaction, with the checkpoint.
 * Several runners may run at once (API and projector): the advisory lock and the stored
 * checkpoint make each event apply once. An event a projection cannot apply is parked,
 * reported, and skipped — the others go on.
 */
@Injectable()
export class ProjectionRunner implements OnModuleDestroy {
  private readonly logger = new Logger('projections');
  private subscription: Subscription | null = null;
  private readonly progress = new EventEmitter();
  private last: LogCheckpoint = LOG_START;
  private stopped = false;
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTIONS) readonly projections: readonly Projection[],
  ) {
    this.progress.setMaxListeners(1000);
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    this.stopped = false;
    const from = await readCheckpoint(this.db.manager);
    this.last = from;
    this.subscription = this.store.subscribe({
      from,
      batchSize: 500,
      handle: (events, checkpoint) => this.applyBatch(events, checkpoint),
      onError: (e) => this.restartLater(e),
    });
    this.logger.log(
      `projecting ${this.projections.map((p) => p.name).join(', ')} from ${from.commit}/${from.position}`,
    );
  }

  /** A batch that could not be written (database gone) stops the subscription: start again from the stored checkpoint. */
  private restartLater(error: unknown): void {
    this.logger.error(`projection batch failed, retrying in ${RESTART_MS} ms: ${(error as Error).message ?? error}`);
    this.subscription = null;
    if (this.stopped) return;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.start().catch((e: unknown) => this.restartLater(e));
    }, RESTART_MS);
    this.restartTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    await this.subscription?.stop();
    this.subscription = null;
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  private async applyBatch(events: readonly RecordedEvent[], checkpoint: LogCheckpoint): Promise<void> {
    const reached = await this.db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [RUNNER_LOCK]);
      const current = await readCheckpoint(tx);
      const fresh = events.filter((e) => compareCheckpoints(e.checkpoint, current) > 0);
      const target = compareCheckpoints(checkpoint, current) > 0 ? checkpoint : current;
      if (fresh.length) await applyAll(this.projections, fresh, tx, this.logger);
      if (target !== current) await writeCheckpoint(tx, target);
      return target;
    });
    this.last = reached;
    this.progress.emit('progress', reached);
  }

  /** Wait (bounded) until the read models include the event at `position`. */
  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let target: LogCheckpoint | null = null;
    while (Date.now() < deadline) {
      target ??= await this.store.checkpointOf(position);
      if (target) {
        if (compareCheckpoints(this.last, target) >= 0) return true;
        const stored = await readCheckpoint(this.db.manager);
        if (compareCheckpoints(stored, target) >= 0) return true;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 100);
        this.progress.once('progress', done);
        function done() {
          clearTimeout(timer);
          resolve();
        }
      });
    }
    return false;
  }

  /** Events in the log not yet in the read models (counted up to a bound). */
  async lag(bound = 10_000): Promise<{ lag: number; checkpoint: LogCheckpoint; parked: number }> {
    const checkpoint = await readCheckpoint(this.db.manager);
    const pending = await this.store.readAll({ after: checkpoint, maxCount: bound });
    const parked = await this.db.query(`select count(*)::int as n from parked_events`);
    return { lag: pending.length, checkpoint, parked: parked[0].n };
  }
}

export async function applyAll(
  projections: readonly Projection[],
  events: readonly RecordedEvent[],
  tx: EntityManager,
  logger: Logger,
): Promise<void> {
  for (const p of projections) {
    const relevant = p.categories
      ? events.filter((e) => p.categories!.includes(e.streamId.slice(0, e.streamId.indexOf('-'))))
      : events;
    if (!relevant.length) continue;
    await tx.query('savepoint projection_batch');
    try {
      await p.apply(relevant, tx);
      await tx.query('release savepoint projection_batch');
    } catch {
      await tx.query('rollback to savepoint projection_batch');
      await applyOneByOne(p, relevant, tx, logger);
    }
  }
}

async function applyOneByOne(
  p: Projection,
  events: readonly RecordedEvent[],
  tx: EntityManager,
  logger: Logger,
): Promise<void> {
  for (const e of events) {
    await tx.query('savepoint projection_event');
    try {
      await p.apply([e], tx);
      await tx.query('release savepoint projection_event');
    } catch (error) {
      await tx.query('rollback to savepoint projection_event');
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`projection ${p.name} parked ${e.type} at position ${e.position}: ${message}`);
      await tx.query(
        `insert into parked_events (projection, position, event_type, error) values ($1, $2, $3, $4) on conflict do nothing`,
        [p.name, e.position, e.type, message.slice(0, 2000)],
      );
    }
  }
}

export async function readCheckpoint(em: EntityManager): Promise<LogCheckpoint> {
  const rows: { commit: string; position: string }[] = await em.query(
    `select commit, position from projection_checkpoints where name = $1`,
    [CHECKPOINT],
  );
  return rows.length ? { commit: Number(rows[0].commit), position: Number(rows[0].position) } : LOG_START;
}

export async function writeCheckpoint(em: EntityManager, cp: LogCheckpoint): Promise<void> {
  await em.query(
    `insert into projection_checkpoints (name, commit, position, updated_at) values ($1, $2, $3, now())
     on conflict (name) do update set commit = excluded.commit, position = excluded.position, updated_at = now()`,
    [CHECKPOINT, cp.commit, cp.position],
  );
}
