import pg from 'pg';
import { quoteIdent } from './schema.js';
import type { Wakeups } from './subscription.js';

const NOTIFY_SPACING_MS = 50;

/**
 * Wakes subscriptions of this process: at once after a local append, and on NOTIFY from any
 * process through one dedicated LISTEN connection (opened with the first subscription, reopened
 * a second after a failure). Appends announce themselves with a shared NOTIFY sent after commit,
 * not inside the append: NOTIFY serialises committing transactions on a global lock, and even
 * apart from the append it measurably slowed appends until it was sent at most every 50 ms and
 * committed without waiting for the disk (BENCHMARKS.md). Subscriptions also re-poll on a timer,
 * so a lost notification only delays them.
 */
export class PostgresWakeups implements Wakeups {
  private readonly subscribers = new Set<() => void>();
  private listener: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private notifying = false;
  private notifyWanted = false;
  private notifyTimer: NodeJS.Timeout | null = null;
  private lastNotify = 0;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly listenConfig: pg.ClientConfig,
    private readonly channel: string,
  ) {}

  add(wake: () => void): () => void {
    this.subscribers.add(wake);
    void this.listen();
    return () => this.subscribers.delete(wake);
  }

  /** After a local commit: wake local subscribers now, other processes through NOTIFY. */
  appended(): void {
    this.wakeAll();
    if (this.closed) return;
    this.notifyWanted = true;
    this.sendNotify();
  }

  /**
   * Each NOTIFY is a transaction of its own with a flushed commit, so appends share them: at most
   * one in flight and one per NOTIFY_SPACING_MS, which bounds the wake-up delay of other processes.
   */
  private sendNotify(): void {
    if (!this.notifyWanted || this.notifying || this.notifyTimer || this.closed) return;
    const wait = this.lastNotify + NOTIFY_SPACING_MS - Date.now();
    if (wait > 0) {
      this.notifyTimer = setTimeout(() => {
        this.notifyTimer = null;
        this.sendNotify();
      }, wait);
      this.notifyTimer.unref();
      return;
    }
    this.notifyWanted = false;
    this.notifying = true;
    this.lastNotify = Date.now();
    // Its own transaction, committed without waiting for the disk: listeners are told at commit,
    // and a flush per NOTIFY would queue in front of the appends' own commits.
    void this.pool
      .query(`select pg_notify($1, ''), set_config('synchronous_commit', 'off', true)`, [this.channel])
      .catch(() => undefined) // best effort: subscribers re-poll anyway
      .finally(() => {
        this.notifying = false;
        this.sendNotify();
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    await this.connecting?.catch(() => undefined);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    for (const wake of this.subscribers) wake();
  }

  private relisten(): void {
    if (this.closed || this.subscribers.size === 0 || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, 1000);
    this.retry.unref();
  }

  private listen(): Promise<void> {
    if (this.closed || this.listener || this.connecting) return this.connecting ?? Promise.resolve();
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.listenConfig);
    const drop = () => {
      if (this.listener === client) this.listener = null;
      client.removeAllListeners('end');
      void client.end().catch(() => undefined);
      // Whatever was announced while we were deaf is found by the next poll.
      this.wakeAll();
      this.relisten();
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', () => this.wakeAll());
    try {
      await client.connect();
      await client.query(`listen ${quoteIdent(this.channel)}`);
    } catch {
      drop();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Appends committed while we connected were announced to nobody: look once more.
    this.wakeAll();
  }
}
