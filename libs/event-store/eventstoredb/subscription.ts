import {
  compareCheckpoints,
  type LogCheckpoint,
  type RecordedEvent,
  type SubscribeOptions,
} from '../event-store.port.js';
import { CatchUpLoop, HandlerError } from '../catch-up-loop.js';
import type { EsdbGateway, EsdbRecordedEvent, EsdbSubscription, EsdbSubscriptionItem } from './gateway.js';
import { readFrom, toCheckpoint } from './mapping/checkpoints.js';
import { matchesFilter, serverFilter } from './mapping/filters.js';

/** What a subscription needs from the store. */
export interface SubscriptionSource {
  /** Every call on the leader. */
  readonly gateway: EsdbGateway;
  head(): Promise<LogCheckpoint>;
  recorded(raw: EsdbRecordedEvent): RecordedEvent | null;
}

/**
 * A catch-up subscription driven by the server's own filtered `$all` subscription, on the
 * leader: one call delivers the catch-up, then live events, and checkpoints — positions up to
 * which the server has considered the log. The cursor moves only to positions that call gave
 * (a handled event, or a checkpoint), never to a head read in another call: a head read on one
 * node and a page read on a lagging one could otherwise move the cursor past events never read
 * (issue 18, finding 4). When the server subscription drops (connection, leader change), the
 * error goes to `onError` and a new one starts from the cursor, after backoff.
 */
export class ServerSubscription extends CatchUpLoop {
  private server: EsdbSubscription | null = null;
  private generation = 0;
  private restart = false;
  /** `caughtUp()` callers waiting for a server subscription started after they read the head. */
  private readonly fresh: { after: number; ok: () => void; fail: (e: unknown) => void }[] = [];

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
  ) {
    super(options.from, options.onError);
    this.start();
  }

  /**
   * Everything up to the head at call time is handled when the cursor reaches it — or, when no
   * matching event or checkpoint moves the cursor that far, when a server subscription started
   * after the head was read says it caught up (it caught up to at least that head).
   */
  override async caughtUp(): Promise<void> {
    if (this.stopped) throw new Error('subscription stopped');
    const head = await this.source.head();
    if (compareCheckpoints(this.cursor, head) >= 0) return;
    const fresh = new Promise<void>((ok, fail) => this.fresh.push({ after: this.generation, ok, fail }));
    this.restart = true;
    this.nudge();
    await Promise.race([this.waitUntil(head), fresh]);
  }

  protected head(): Promise<LogCheckpoint> {
    return this.source.head();
  }

  protected pollDelay(): number {
    return this.pollIntervalMs;
  }

  protected async release(): Promise<void> {
    await this.close();
  }

  protected override halt(reason: unknown): void {
    super.halt(reason);
    for (const f of this.fresh.splice(0)) f.fail(reason);
  }

  protected async step(): Promise<boolean> {
    if (this.restart) {
      this.restart = false;
      await this.close();
    }
    const server = this.open();
    if (server.failure) {
      await this.close();
      throw server.failure;
    }
    const max = this.options.batchSize ?? 500;
    const items = server.take(max);
    let batch: RecordedEvent[] = [];
    for (const item of items) {
      if (this.stopped) return false;
      if (item.kind === 'event') {
        const event = this.accept(item.event);
        if (event) batch.push(event);
        continue;
      }
      await this.hand(batch);
      batch = [];
      this.mark(item);
    }
    await this.hand(batch);
    return items.length === max;
  }

  private open(): EsdbSubscription {
    if (!this.server) {
      this.generation++;
      this.server = this.source.gateway.subscribe({
        from: readFrom(this.cursor),
        filter: serverFilter({ categories: this.options.categories, types: this.options.types }),
        onReady: () => this.nudge(),
      });
    }
    return this.server;
  }

  private async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.stop().catch(() => undefined);
  }

  /** Ours, matching, and after the cursor (a new server subscription may repeat its start). */
  private accept(raw: EsdbRecordedEvent & { position: { commit: number; prepare: number } }): RecordedEvent | null {
    if (compareCheckpoints(toCheckpoint(raw.position), this.cursor) <= 0) return null;
    if (!matchesFilter({ categories: this.options.categories, types: this.options.types }, raw.streamId, raw.type))
      return null;
    return this.source.recorded(raw);
  }

  private async hand(batch: RecordedEvent[]): Promise<void> {
    if (batch.length === 0 || this.stopped) return;
    const last = batch[batch.length - 1].checkpoint;
    this.handling = true;
    try {
      await this.options.handle(batch, last);
    } catch (error) {
      throw new HandlerError(error);
    } finally {
      this.handling = false;
    }
    this.advance(last);
  }

  private mark(item: Exclude<EsdbSubscriptionItem, { kind: 'event' }>): void {
    if (item.kind === 'checkpoint') {
      const at = toCheckpoint(item.position);
      if (compareCheckpoints(at, this.cursor) > 0) this.advance(at);
      return;
    }
    for (let i = this.fresh.length - 1; i >= 0; i--) {
      if (this.fresh[i].after < this.generation) this.fresh.splice(i, 1)[0].ok();
    }
  }
}
