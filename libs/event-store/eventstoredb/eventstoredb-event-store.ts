import {
  LOG_START,
  WrongExpectedRevisionError,
  compareCheckpoints,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type LogCheckpoint,
  type LogFilter,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type VerifyProgress,
  type VerifyResult,
} from '../event-store.port.js';
import { appendToEsdb } from './append.js';
import {
  DEFAULT_MAX_APPEND_SIZE,
  onLeader,
  type EsdbGateway,
  type EsdbPosition,
  type EsdbRecordedEvent,
} from './gateway.js';
import { isAfter, probeAt, readFrom, toCheckpoint } from './mapping/checkpoints.js';
import { headOf, toRecordedEvent } from './mapping/envelope.js';
import { assertExpectedRevision, satisfies } from './mapping/expected-revision.js';
import { NOT_SYSTEM, isSystemStream, matchesFilter, serverFilter } from './mapping/filters.js';
import { SEAL_STREAM, linkCheckpoint, parseSealBlock } from './mapping/seal-blocks.js';
import { sealLog } from './seal.js';
import { ServerSubscription, type SubscriptionSource } from './subscription.js';
import { verifyLog } from './verify.js';

export interface EventStoreDbEventStoreOptions {
  /** Subscriptions look for arrived items this often without a wake-up (default 500 ms). */
  readonly pollIntervalMs?: number;
  /** Largest clock difference assumed between app servers, for `checkpointAt` (default 5 min). */
  readonly maxClockSkewMs?: number;
  /** How many of a stream's last events an append reads (head + recent ids; default 20). */
  readonly tailWindow?: number;
  /** Page size of `$all` reads (default 1000). */
  readonly pageSize?: number;
  readonly clock?: () => Date;
  /** Non-fatal problems (an id record that could not be written); default console.warn. */
  readonly warn?: (message: string) => void;
  /** The server's MaxAppendSize (default 1 MiB, ESDB's default): larger batches are refused before sending. */
  readonly maxAppendSize?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALL = Number.MAX_SAFE_INTEGER;

/**
 * The event store on EventStoreDB (ADR 0006). ESDB keeps the events, their stream revisions and
 * the global order; the adapter keeps what ESDB has no notion of: the per-stream hash chain (in
 * each event's metadata envelope), the global seal chain (`_kn.seal`), idempotency across
 * streams (`_kn.eid-…`) and the as-of time used for `recordedUpTo` / `checkpointAt`.
 */
export class EventStoreDbEventStore implements EventStore, SubscriptionSource {
  /** The gateway with every call on the leader: every read and write here needs current state. */
  readonly gateway: EsdbGateway;
  private readonly maxAppendSize: number;
  private readonly pollIntervalMs: number;
  private readonly skewMs: number;
  private readonly tailWindow: number;
  private readonly pageSize: number;
  private readonly clock: () => Date;
  private readonly warn: (message: string) => void;
  /** position → checkpoint of events this process wrote or read (ESDB cannot look a prepare position up). */
  private readonly checkpoints = new Map<number, LogCheckpoint>();
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  constructor(gateway: EsdbGateway, options: EventStoreDbEventStoreOptions = {}) {
    this.gateway = onLeader(gateway);
    this.maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.skewMs = options.maxClockSkewMs ?? 5 * 60_000;
    this.tailWindow = options.tailWindow ?? 20;
    this.pageSize = options.pageSize ?? 1000;
    this.clock = options.clock ?? (() => new Date());
    this.warn = options.warn ?? ((m) => console.warn(`[eventstoredb] ${m}`));
  }

  // ---- append ------------------------------------------------------------------------------

  async append(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    assertBatch(streamId, events, expected);
    if (events.length === 0) return this.emptyAppend(streamId, expected);
    const deps = {
      gateway: this.gateway,
      tailWindow: this.tailWindow,
      maxAppendSize: this.maxAppendSize,
      recorded: (raw: EsdbRecordedEvent) => this.recorded(raw),
      warn: this.warn,
    };
    return appendToEsdb(deps, streamId, events, expected, options.recordedAt ?? this.clock());
  }

  private async emptyAppend(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.gateway.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    const head = headOf(last);
    if (!satisfies(expected, head.revision)) throw new WrongExpectedRevisionError(streamId, expected, head.revision);
    const event = last && this.recorded(last);
    return {
      streamId,
      revision: head.revision,
      position: event?.position ?? 0,
      checkpoint: event?.checkpoint ?? LOG_START,
    };
  }

  // ---- reads -------------------------------------------------------------------------------

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    if (options.maxCount !== undefined && (!Number.isInteger(options.maxCount) || options.maxCount < 0)) {
      throw new Error(`maxCount must be a non-negative integer: ${options.maxCount}`);
    }
    if (options.maxCount === 0) return [];
    const upTo = options.recordedUpTo;
    // recordedUpTo filters on the hashed recordedAt; a stream's recordedAt never goes backwards,
    // so forwards a read can stop at the first later event. Streams are short: read, then filter.
    const raw = await this.gateway.readStream(streamId, {
      direction,
      fromRevision: options.fromRevision,
      maxCount: upTo ? ALL : (options.maxCount ?? ALL),
    });
    let events = raw.map((e) => this.recorded(e)).filter((e): e is RecordedEvent => e !== null);
    if (upTo) events = events.filter((e) => e.recordedAt.getTime() <= upTo.getTime());
    return options.maxCount === undefined ? events : events.slice(0, options.maxCount);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const max = options.maxCount ?? ALL;
    if (!Number.isInteger(max) || max < 0) throw new Error(`maxCount must be a non-negative integer: ${max}`);
    const out: RecordedEvent[] = [];
    if (max === 0) return out;
    for await (const event of this.scan(options.after, options, Math.min(this.pageSize, max))) {
      out.push(event);
      if (out.length >= max) break;
    }
    return out;
  }

  /** The log after a checkpoint, in order, filtered (server-side first), page by page. */
  private async *scan(
    after: LogCheckpoint | undefined,
    filter: LogFilter,
    pageSize: number,
  ): AsyncGenerator<RecordedEvent> {
    for await (const raw of this.scanRaw(after, serverFilter(filter), pageSize)) {
      if (!matchesFilter(filter, raw.streamId, raw.type)) continue;
      const event = this.recorded(raw);
      if (event) yield event;
    }
  }

  /** Raw `$all` events strictly after `after` (reads are inclusive: the first is dropped). */
  async *scanRaw(
    after: LogCheckpoint | undefined,
    filter: ReturnType<typeof serverFilter>,
    pageSize = this.pageSize,
  ): AsyncGenerator<EsdbRecordedEvent & { position: EsdbPosition }> {
    let cursor = after;
    let from: EsdbPosition | 'start' = readFrom(after);
    const size = Math.max(2, pageSize + (cursor ? 1 : 0));
    for (;;) {
      const page = await this.gateway.readAll({ from, direction: 'forwards', maxCount: size, filter });
      for (const raw of page) {
        if (!raw.position || !isAfter(raw.position, cursor)) continue;
        cursor = toCheckpoint(raw.position);
        yield raw as EsdbRecordedEvent & { position: EsdbPosition };
      }
      const last = page[page.length - 1];
      if (page.length < size || !last?.position) return;
      from = last.position;
    }
  }

  subscribe(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error('event store is closed');
    const subscription = new ServerSubscription(this, options, this.pollIntervalMs);
    const handle: Subscription = {
      stop: async () => {
        this.subscriptions.delete(handle);
        await subscription.stop();
      },
      caughtUp: () => subscription.caughtUp(),
    };
    this.subscriptions.add(handle);
    return handle;
  }

  async head(): Promise<LogCheckpoint> {
    const [last] = await this.gateway.readAll({
      from: 'end',
      direction: 'backwards',
      maxCount: 1,
      filter: { on: 'streamName', regex: NOT_SYSTEM },
    });
    return last?.position && !isSystemStream(last.streamId) ? toCheckpoint(last.position) : LOG_START;
  }

  /**
   * ESDB cannot look an event up by its prepare position alone. Positions this process wrote or
   * read are remembered; otherwise a read at (position, position) lands on the event, as every
   * event the server writes today has commit position = prepare position (each is its own
   * committed prepare, `AllReader.cs` v24.10); else null (an invalid position is refused).
   */
  async checkpointOf(position: number): Promise<LogCheckpoint | null> {
    const known = this.checkpoints.get(position);
    if (known) return known;
    try {
      const [event] = await this.gateway.readAll({ from: probeAt(position), direction: 'forwards', maxCount: 1 });
      if (event?.position?.prepare === position && !isSystemStream(event.streamId))
        return this.remember(toCheckpoint(event.position), position);
    } catch {
      // an invalid position: there is no event there
    }
    return null;
  }

  /**
   * The last checkpoint recorded at or before `instant`: read `$all` backwards from the end —
   * or, when a seal block's events were all recorded well after the instant (beyond twice the
   * clock skew), from that block's start, found by bisecting `_kn.seal` — to the first event
   * recorded by then. The server's backwards reads exclude their start (`AllReader.cs`: post-position
   * ≤ start); events at or after `below` are skipped all the same, should one ever include it.
   */
  async checkpointAt(instant: Date): Promise<LogCheckpoint> {
    let below = await this.sealedStartAfter(instant.getTime() + 2 * this.skewMs);
    let from: EsdbPosition | 'end' = below ? { commit: below.commit, prepare: below.position } : 'end';
    const filter = { on: 'streamName' as const, regex: NOT_SYSTEM };
    for (;;) {
      const page = await this.gateway.readAll({ from, direction: 'backwards', maxCount: this.pageSize, filter });
      for (const raw of page) {
        if (!raw.position || (below && compareCheckpoints(toCheckpoint(raw.position), below) >= 0)) continue;
        below = toCheckpoint(raw.position);
        const event = this.recorded(raw);
        if (event && event.recordedAt.getTime() <= instant.getTime()) return event.checkpoint;
      }
      const last = page[page.length - 1];
      if (page.length < this.pageSize || !last?.position) return LOG_START;
      from = last.position;
    }
  }

  private async sealedStartAfter(threshold: number): Promise<LogCheckpoint | null> {
    const [lastBlock] = await this.gateway.readStream(SEAL_STREAM, { direction: 'backwards', maxCount: 1 });
    if (!lastBlock) return null;
    let lo = 0;
    let hi = lastBlock.revision;
    let found: LogCheckpoint | null = null;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const [entry] = await this.gateway.readStream(SEAL_STREAM, {
        direction: 'forwards',
        fromRevision: mid,
        maxCount: 1,
      });
      const block = entry && parseSealBlock(entry.data);
      if (!block) return null;
      if (block.minRecordedAt > threshold) {
        found = linkCheckpoint(block.links[0]);
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return found;
  }

  // ---- tamper evidence ---------------------------------------------------------------------

  seal(): Promise<number> {
    return sealLog(this);
  }

  verify(onProgress?: (p: VerifyProgress) => void): Promise<VerifyResult> {
    return verifyLog(this, onProgress);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.gateway.close();
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Our RecordedEvent for a stored event (null when foreign), remembering its checkpoint. */
  recorded(raw: EsdbRecordedEvent): RecordedEvent | null {
    const event = toRecordedEvent(raw);
    if (event) this.remember(event.checkpoint, event.position);
    return event;
  }

  private remember(checkpoint: LogCheckpoint, position: number): LogCheckpoint {
    this.checkpoints.delete(position);
    this.checkpoints.set(position, checkpoint);
    if (this.checkpoints.size > 100_000) this.checkpoints.delete(this.checkpoints.keys().next().value as number);
    return checkpoint;
  }
}

function assertBatch(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): void {
  if (!streamId) throw new Error('stream id must not be empty');
  if (isSystemStream(streamId)) throw new Error(`stream ${streamId}: names starting with $ or _ are reserved`);
  assertExpectedRevision(expected);
  const bad = events.find((e) => !UUID.test(e.eventId));
  if (bad) throw new Error(`stream ${streamId}: event id must be a UUID: ${bad.eventId}`);
  const ids = new Set(events.map((e) => e.eventId.toLowerCase()));
  if (ids.size !== events.length) throw new Error(`stream ${streamId}: the batch repeats an event id`);
}
