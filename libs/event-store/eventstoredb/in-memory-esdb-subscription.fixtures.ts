import type {
  EsdbPosition,
  EsdbServerFilter,
  EsdbSubscribeOptions,
  EsdbSubscription,
  EsdbSubscriptionItem,
} from './gateway.js';

/** One stored event of the in-memory server. */
export interface Stored {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: string;
  metadata: string;
  created: Date;
  position: EsdbPosition;
  /** Where the next record starts. */
  post: number;
  isIndexed: boolean;
  isReplicated: boolean;
  /** Written in a legacy TCP transaction (stream reads give no position). */
  legacy: boolean;
  indexed: Promise<void>;
}

/** The server's default: `checkpointIntervalMultiplier` 1 × `maxSearchWindow` 32. */
const CHECKPOINT_INTERVAL = 32;

/**
 * A filtered `$all` subscription as the server runs it (`Enumerator.AllSubscriptionFiltered.cs`,
 * v24.10.4): events strictly after the start position ("we should send on events _after_ this"),
 * a checkpoint each time `CHECKPOINT_INTERVAL` events were considered, and on reaching the end
 * of the indexed log a checkpoint at the last position sent followed by `caughtUp`; then live,
 * the same, as events are indexed. Only indexed events are seen: it runs on the leader.
 */
export class InMemorySubscription implements EsdbSubscription {
  private readonly queue: EsdbSubscriptionItem[] = [];
  private scanned = 0;
  private considered = 0;
  private lastSent: EsdbPosition | 'start';
  private live = false;
  private stopped = false;
  failure: unknown = null;

  constructor(
    private readonly log: readonly Stored[],
    private readonly options: EsdbSubscribeOptions,
    private readonly onStop: () => void,
  ) {
    this.lastSent = options.from;
    setImmediate(() => this.pump());
  }

  take(max: number): EsdbSubscriptionItem[] {
    return this.queue.splice(0, max);
  }

  pump(): void {
    if (this.stopped) return;
    const from = this.options.from;
    let delivered = false;
    while (this.scanned < this.log.length && this.log[this.scanned].isIndexed) {
      const e = this.log[this.scanned++];
      if (from !== 'start' && compare(e.position, from) <= 0) continue;
      this.considered++;
      if (matches(this.options.filter, e)) {
        this.queue.push({ kind: 'event', event: { ...toRecorded(e), position: { ...e.position } } });
        this.lastSent = e.position;
        delivered = true;
      }
      if (this.considered >= CHECKPOINT_INTERVAL) {
        this.considered = 0;
        this.queue.push({ kind: 'checkpoint', position: { ...e.position } });
        delivered = true;
      }
    }
    if (!this.live) {
      this.live = true;
      if (this.lastSent !== 'start') this.queue.push({ kind: 'checkpoint', position: { ...this.lastSent } });
      this.queue.push({ kind: 'caughtUp' });
      delivered = true;
    }
    if (delivered) this.options.onReady();
  }

  fail(reason: unknown): void {
    if (this.stopped) return;
    this.failure = reason;
    this.stopped = true;
    this.onStop();
    this.options.onReady();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.onStop();
  }
}

export function matches(filter: EsdbServerFilter | undefined, e: Pick<Stored, 'streamId' | 'type'>): boolean {
  if (!filter) return true;
  return new RegExp(filter.regex).test(filter.on === 'streamName' ? e.streamId : e.type);
}

function compare(a: EsdbPosition, b: EsdbPosition): number {
  return a.commit - b.commit || a.prepare - b.prepare;
}

function toRecorded(e: Stored) {
  return {
    streamId: e.streamId,
    revision: e.revision,
    id: e.id,
    type: e.type,
    data: JSON.parse(e.data),
    metadata: JSON.parse(e.metadata),
    created: e.created,
  };
}
