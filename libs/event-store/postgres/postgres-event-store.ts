import pg from 'pg';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  LogCheckpoint,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  VerifyOptions,
  VerifyProgress,
  VerifyResult,
} from '../event-store.port.js';
import { AppendSql, appendEvents, type StreamHead } from './append.js';
import { LogImport } from './log-import.js';
import { LogReader, type ReaderLag } from './reads.js';
import { assertSchemaName, channelOf, migrateSchema } from './schema.js';
import { sealLog } from './seal.js';
import { RecentMap } from './statements.js';
import { PostgresSubscription, type SubscriptionSettings } from './subscription.js';
import { LogVerifier } from './verify.js';
import { IncrementalVerifier } from './verify-incremental.js';
import { PostgresWakeups } from './wakeups.js';

export interface PostgresEventStoreOptions {
  /** Used for the pool (unless `pool` is given) and for the LISTEN connection. */
  readonly connectionString?: string;
  /** Default `event_store`. */
  readonly schema?: string;
  /** A pool owned by the caller: `close()` leaves it open. */
  readonly pool?: pg.Pool;
  /** Size of the pool the store creates (default 10). */
  readonly poolSize?: number;
  /** Run `migrate()` in `create()` (default true). */
  readonly migrate?: boolean;
  /** Subscriptions re-poll this often without a wake-up (default 1000 ms). */
  readonly pollIntervalMs?: number;
  /** Largest clock difference assumed between writers, for `checkpointAt` (default 5 min, as the EventStoreDB adapter). */
  readonly maxClockSkewMs?: number;
}

/**
 * The event store on PostgreSQL through node-postgres. Log order is (tx_id, position) and
 * readers see only settled transactions (ADR 0002); each event is chained to its stream
 * predecessor at append and the log is sealed afterwards (ADR 0003).
 */
export class PostgresEventStore implements EventStore {
  private readonly sql: AppendSql;
  private readonly reader: LogReader;
  private readonly wakeups: PostgresWakeups;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly settings: SubscriptionSettings;
  private readonly heads = new RecentMap<StreamHead>(10_000);
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    private readonly ownsPool: boolean,
    readonly schema: string,
    listenConfig: pg.ClientConfig,
    pollIntervalMs: number,
    private readonly skewMs: number,
  ) {
    this.sql = new AppendSql(schema);
    this.reader = new LogReader(pool, schema);
    this.wakeups = new PostgresWakeups(pool, listenConfig, channelOf(schema));
    this.settings = { pollIntervalMs, settlePollMs: Math.min(10, pollIntervalMs) };
  }

  static async create(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = assertSchemaName(options.schema ?? 'event_store');
    if (!options.pool && !options.connectionString)
      throw new Error('PostgresEventStore needs a connectionString or a pool');
    const pool =
      options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    // Pool errors on idle clients would otherwise crash the process; queries report their own.
    if (!options.pool) pool.on('error', () => undefined);
    const listenConfig: pg.ClientConfig = options.connectionString
      ? { connectionString: options.connectionString }
      : { ...pool.options };
    const store = new PostgresEventStore(
      pool,
      !options.pool,
      schema,
      listenConfig,
      options.pollIntervalMs ?? 1000,
      options.maxClockSkewMs ?? 300_000,
    );
    try {
      if (options.migrate ?? true) await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Idempotent DDL in the store's schema. */
  migrate(): Promise<void> {
    return migrateSchema(this.pool, this.schema);
  }

  async append(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    const clock = options.recordedAt ? () => options.recordedAt as Date : undefined;
    const result = await appendEvents(
      this.pool,
      this.sql,
      streamId,
      events,
      options.expectedRevision ?? 'any',
      this.heads,
      clock,
    );
    if (events.length > 0) this.wakeups.appended();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = await this.reader.readStream(streamId, options);
    // A whole-stream read (how a command loads its state) shows the head the next append follows.
    const whole =
      options.direction !== 'backwards' &&
      !options.fromRevision &&
      options.maxCount === undefined &&
      !options.recordedUpTo;
    const last = events[events.length - 1];
    if (whole && last)
      this.heads.set(streamId, { revision: last.revision, hash: last.hash, recordedAt: last.recordedAt });
    return events;
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reader.readAll(options);
  }

  subscribe(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error('event store is closed');
    const subscription = new PostgresSubscription(this.reader, options, this.settings, this.wakeups);
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
      caughtUp: () => subscription.caughtUp(),
    };
  }

  head(): Promise<LogCheckpoint> {
    return this.reader.head();
  }

  checkpointOf(position: number): Promise<LogCheckpoint | null> {
    return this.reader.checkpointOf(position);
  }

  checkpointAt(instant: Date): Promise<LogCheckpoint> {
    return this.reader.checkpointAt(instant, this.skewMs);
  }

  /**
   * Not in the port: how far log readers (subscriptions, readAll) lag behind commits because an
   * open transaction holds back the settled horizon (ADR 0002) — for health checks and metrics.
   */
  readerLag(): Promise<ReaderLag> {
    return this.reader.lag();
  }

  /** Not in the port: the bulk import path for events that carry their own recorded times (see LogImport). */
  logImport(): LogImport {
    return new LogImport(this.pool, this.schema);
  }

  seal(): Promise<number> {
    return sealLog(this.pool, this.schema);
  }

  verify(onProgress?: (p: VerifyProgress) => void, options: VerifyOptions = {}): Promise<VerifyResult> {
    if (options.incremental) return new IncrementalVerifier(this.pool, this.schema).run(onProgress);
    return new LogVerifier(this.pool, this.schema).run(onProgress);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.wakeups.close();
    if (this.ownsPool) await this.pool.end();
  }
}
