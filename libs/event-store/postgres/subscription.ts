import { compareCheckpoints, type LogCheckpoint, type SubscribeOptions } from '../event-store.port.js';
import { CatchUpLoop, HandlerError } from '../catch-up-loop.js';
import type { LogReader } from './reads.js';
import { toRecordedEvent } from './rows.js';

export interface SubscriptionSettings {
  /** Re-poll even without a wake-up: covers lost notifications and readers stalled by xmin. */
  readonly pollIntervalMs: number;
  /** First re-poll while the log has committed rows not yet settled; doubles up to pollIntervalMs. */
  readonly settlePollMs: number;
}

/** What wakes subscriptions: NOTIFY from any process, or a local append. */
export interface Wakeups {
  add(wake: () => void): () => void;
}

/**
 * A catch-up subscription over the settled log. One loop: read a page after the cursor, hand it
 * to `handle`, move the cursor; when a page comes back short, the cursor moves to the settled
 * head of the same snapshot (filters may hide those events) and the loop sleeps until woken.
 * The cursor only moves forward, so an event is never delivered twice, and only settled rows
 * are read, so none is skipped (ADR 0002).
 */
export class PostgresSubscription extends CatchUpLoop {
  /** Consecutive polls that found committed rows waiting behind an open transaction. */
  private stalled = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly reader: LogReader,
    private readonly options: SubscribeOptions,
    private readonly settings: SubscriptionSettings,
    wakeups: Wakeups,
  ) {
    super(options.from, options.onError);
    this.unsubscribe = wakeups.add(() => this.nudge());
    this.start();
  }

  protected head(): Promise<LogCheckpoint> {
    return this.reader.head();
  }

  protected async release(): Promise<void> {
    this.unsubscribe();
  }

  protected pollDelay(): number {
    const { settlePollMs, pollIntervalMs } = this.settings;
    return this.stalled === 0 ? pollIntervalMs : Math.min(pollIntervalMs, settlePollMs * 2 ** (this.stalled - 1));
  }

  /** One page; true when another page may follow at once. */
  protected async step(): Promise<boolean> {
    const batchSize = this.options.batchSize ?? 500;
    const { rows, head, pending } = await this.reader.readPage({
      after: this.cursor,
      maxCount: batchSize,
      categories: this.options.categories,
      types: this.options.types,
    });
    if (this.stopped) return false;
    if (rows.length > 0) {
      const events = rows.map(toRecordedEvent);
      const last = events[events.length - 1].checkpoint;
      this.handling = true;
      try {
        await this.options.handle(events, last);
      } catch (error) {
        throw new HandlerError(error);
      } finally {
        this.handling = false;
      }
      this.advance(last);
    }
    if (rows.length < batchSize && compareCheckpoints(head, this.cursor) > 0) this.advance(head);
    this.stalled = pending ? this.stalled + 1 : 0;
    return rows.length === batchSize;
  }
}
