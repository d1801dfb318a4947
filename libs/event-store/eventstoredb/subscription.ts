import {
  compareCheckpoints,
  type LogCheckpoint,
  type LogFilter,
  type RecordedEvent,
  type SubscribeOptions,
} from '../event-store.port.js';
import { CatchUpLoop, HandlerError } from '../catch-up-loop.js';

/** What a subscription needs from the store. */
export interface PageSource {
  /**
   * Up to `maxCount` matching events after `after`, and — when the page is short, so the read
   * reached the end of the log — the head observed before the read: the cursor may move there.
   */
  readPage(after: LogCheckpoint, maxCount: number, filter: LogFilter): Promise<{ events: RecordedEvent[]; head: LogCheckpoint | null }>;
  head(): Promise<LogCheckpoint>;
  /** Wake-ups on new matching events (a live server-side subscription, re-subscribed when it drops). */
  watch(filter: LogFilter, wake: () => void): () => Promise<void>;
}

/**
 * A catch-up subscription: one loop reads a page after the cursor (server-side filtered), hands it
 * to `handle`, moves the cursor; on a short page it sleeps until a live wake-up or the poll
 * interval. The cursor only moves forward, so nothing is delivered twice; `$all` has no gaps
 * below its head, so nothing is skipped. Read failures (a dropped connection, a leader change)
 * go to `onError` and are retried with backoff: the subscription resumes from its cursor.
 */
export class PollingSubscription extends CatchUpLoop {
  private readonly unwatch: () => Promise<void>;

  constructor(private readonly source: PageSource, private readonly options: SubscribeOptions, private readonly pollIntervalMs: number) {
    super(options.from, options.onError);
    this.unwatch = source.watch({ categories: options.categories, types: options.types }, () => this.nudge());
    this.start();
  }

  protected head(): Promise<LogCheckpoint> {
    return this.source.head();
  }

  protected async release(): Promise<void> {
    await this.unwatch();
  }

  protected pollDelay(): number {
    return this.pollIntervalMs;
  }

  protected async step(): Promise<boolean> {
    const batchSize = this.options.batchSize ?? 500;
    const { events, head } = await this.source.readPage(this.cursor, batchSize, { categories: this.options.categories, types: this.options.types });
    if (this.stopped) return false;
    if (events.length > 0) {
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
    if (head && compareCheckpoints(head, this.cursor) > 0) this.advance(head);
    return events.length === batchSize;
  }
}
