import pg from 'pg';
import { quoteIdent } from './schema.js';
import type { Wakeups } from './subscription.js';

/**
 * Wakes subscriptions of this process: at once after a local append, and on NOTIFY from any
 * process through one dedicated LISTEN connection (opened with the first subscription, reopened
 * after a failure on the next attempt). Appends announce themselves with a coalesced NOTIFY sent
 * after commit: at most one in flight, plus one more if appends happened meanwhile (see
 * BENCHMARKS.md for why not inside the append transaction). Subscriptions also re-poll on a
 * timer, so a lost notification only delays them.
 */
export class PostgresWakeups implements Wakeups {
  private readonly subscribers = new Set<() => void>();
  private listener: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private notifying = false;
  private notifyAgain = false;
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
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    void this.pool
      .query('select pg_notify($1, $2)', [this.channel, ''])
      .catch(() => undefined) // best effort: subscribers re-poll anyway
      .finally(() => {
        this.notifying = false;
        if (this.notifyAgain) {
          this.notifyAgain = false;
          this.appended();
        }
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
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
