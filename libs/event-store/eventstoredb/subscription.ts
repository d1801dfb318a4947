import {
  compareCheckpoints,
  type LogCheckpoint,
  type LogFilter,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
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
export class PollingSubscription extends CatchUpLoop implements Subscription {
  private readonly loop: Promise<void>;
  private readonly unwatch: () => Promise<void>;

  constructor(private readonly source: PageSource, private readonly options: SubscribeOptions, private readonly pollIntervalMs: number) {
    super(options.from);
    this.unwatch = source.watch({ categories: options.categories, types: options.types }, () => this.nudge());
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.halt(new Error('subscription stopped'));
    if (!this.handling) await this.loop;
  }

  async caughtUp(): Promise<void> {
    if (this.stopped) throw new Error('subscription stopped');
    return this.waitUntil(await this.source.head());
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const more = await this.step();
        failures = 0;
        if (!more) await this.sleep(this.pollIntervalMs);
      } catch (error) {
        if (this.stopped) break;
        if (error instanceof HandlerError) {
          this.halt(error.cause);
          this.options.onError?.(error.cause);
          break;
        }
        this.options.onError?.(error);
        await this.sleep(Math.min(5000, 100 * 2 ** failures++));
      }
    }
    await this.unwatch().catch(() => undefined);
  }

  private async step(): Promise<boolean> {
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
