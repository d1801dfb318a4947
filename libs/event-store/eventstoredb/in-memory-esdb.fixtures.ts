import { randomUUID } from 'node:crypto';
import {
  DEFAULT_MAX_APPEND_SIZE,
  EsdbAppendTooLarge,
  EsdbUncertainWrite,
  EsdbWrongExpectedVersion,
  appendSize,
  type EsdbCallOptions,
  type EsdbEventData,
  type EsdbExpectedRevision,
  type EsdbGateway,
  type EsdbReadAllOptions,
  type EsdbReadStreamOptions,
  type EsdbRecordedEvent,
  type EsdbStreamMetadata,
  type EsdbSubscribeOptions,
  type EsdbSubscription,
} from './gateway.js';
import { InMemorySubscription, matches, type Stored } from './in-memory-esdb-subscription.fixtures.js';

export interface InMemoryEsdbOptions {
  /** ms from a write to its being indexed on the leader; the write's ack waits for it (default 2). */
  readonly indexLagMs?: number;
  /** ms more before a follower has the write (default 30). */
  readonly followerLagMs?: number;
  /** The connection sits on a follower (a leader change happened): see `resignLeader`. */
  readonly followerReads?: boolean;
  /** How long the client waits on a write the server dropped before DeadlineExceeded (default 100). */
  readonly writeDeadlineMs?: number;
  readonly maxAppendSize?: number;
}

const SOFT_DELETED = Number.MAX_SAFE_INTEGER;

/**
 * EventStoreDB 24.10 in memory, as strict as the server where the adapter's correctness depends
 * on it. Each behaviour names the server source (EventStore/EventStore, tag v24.10.4) it models:
 *
 * - **Reads lag writes.** A write is checked against the writer's cache of stream versions,
 *   which includes events not yet indexed (`IndexWriter.cs`: `GetStreamLastEventNumber` reads
 *   `_streamVersions`, filled at `PreCommit`), so a loser hears `WrongExpectedVersion` with the
 *   winner's revision at once (`StorageWriterService.cs`: `ActOnCommitCheckFailure` replies
 *   `CurrentVersion`); reads see an event only once indexed (`AllReader.cs`: `LastIndexedPosition`),
 *   and the winner's ack waits for that (`RequestManagerBase.cs`: `AllEventsWritten` →
 *   `CommitSource.NotifyFor(LastEventPosition, Committed)`). `indexLagMs` sets the gap.
 * - **A retry racing the original is dropped.** Same ids at the expected revision but not yet
 *   indexed: `IdempotentNotReady` (`IndexWriter.cs` `CheckCommit`), which the writer drops
 *   without an answer (`StorageWriterService.cs`, "just drop the write and wait for the client to
 *   retry"): the client sees DeadlineExceeded after its deadline (`writeDeadlineMs`).
 * - **Follower reads.** A node that lost the leadership serves reads from its own copy unless the
 *   call requires the leader (`ClusterVNodeController.cs`: `HandleAsNonLeader(ReadStreamEventsForward)`
 *   dispatches when `!message.RequireLeader`, else `DenyRequestBecauseNotLeader`); writes are
 *   forwarded to the leader. With `followerReads`, each call without `requiresLeader` is served
 *   by the leader or by a follower `followerLagMs` behind, at random (the client reconnects to
 *   whichever node it finds as connections drop).
 * - **Positions.** Each event of a write is its own committed prepare: commit position = prepare
 *   position (`AllReader.cs`: `new CommitEventRecord(eventRecord, prepare.LogPosition)`).
 * - **Backwards `$all` reads exclude their start** (`AllReader.cs` `ReadAllEventsBackwardInternal`:
 *   an event is returned when its post-position ≤ the start); forwards include it.
 * - **Soft delete** (`$tb` = max): reads answer no stream; `no_stream` or the current revision is
 *   accepted and written at the next revision, undeleting the stream (`IndexWriter.cs`
 *   `CheckCommit`: `expectedVersion == ExpectedVersion.NoStream && IsSoftDeleted` → Ok;
 *   `StorageWriterService.cs` `SoftUndeleteStream(streamId, CurrentVersion + 1)`). `$tb`,
 *   `$maxAge`, `$maxCount` hide events from stream reads, not from `$all`.
 * - **MaxAppendSize** 1 MiB (`ClusterVNodeOptions.cs`; checked in `Grpc/Streams.Append.cs`).
 * - System events (`$…`) are interleaved.
 *
 * It is still not the server: the live suite (`npm run test:esdb`) is the proof.
 */
export class InMemoryEsdb implements EsdbGateway {
  readonly log: Stored[] = [];
  private next = 1000;
  private followerReads: boolean;
  private readonly meta = new Map<string, EsdbStreamMetadata>();
  private readonly subscriptions = new Set<InMemorySubscription>();
  private readonly indexLagMs: number;
  private readonly followerLagMs: number;
  private readonly writeDeadlineMs: number;
  private readonly maxAppendSize: number;
  /** `$all` reads to fail before answering again (a dropped connection). */
  failReads = 0;

  constructor(options: InMemoryEsdbOptions = {}) {
    this.indexLagMs = options.indexLagMs ?? 2;
    this.followerLagMs = options.followerLagMs ?? 30;
    this.followerReads = options.followerReads ?? false;
    this.writeDeadlineMs = options.writeDeadlineMs ?? 100;
    this.maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
    this.write('$epoch', [{ id: randomUUID(), type: '$epoch', data: {}, metadata: {} }]);
  }

  async append(
    streamId: string,
    events: readonly EsdbEventData[],
    expected: EsdbExpectedRevision,
  ): Promise<{ nextRevision: number }> {
    await tick();
    if (appendSize(events) > this.maxAppendSize) throw new EsdbAppendTooLarge(streamId, this.maxAppendSize);
    const current = this.cachedRevision(streamId);
    const want = expected === 'no_stream' ? -1 : expected;
    const softDeleted = (this.meta.get(streamId)?.truncateBefore ?? -1) >= SOFT_DELETED;
    if (want === current || (softDeleted && want === -1)) {
      if (softDeleted) this.meta.set(streamId, { ...this.meta.get(streamId), truncateBefore: current + 1 });
      const written = this.write(streamId, events);
      await Promise.all(written.map((e) => e.indexed));
      return { nextRevision: current + events.length };
    }
    if (want > current || events.length === 0) throw new EsdbWrongExpectedVersion(streamId, current);
    const stored = this.streamEvents(streamId, 'cache');
    const same = events.every((e, i) => stored.find((s) => s.revision === want + 1 + i)?.id === e.id);
    if (!same) throw new EsdbWrongExpectedVersion(streamId, current); // also CorruptedIdempotency
    const end = want + events.length;
    if (this.indexedRevision(streamId) >= end) return { nextRevision: end }; // Idempotent
    await sleep(this.writeDeadlineMs); // IdempotentNotReady: dropped, the client times out
    throw new EsdbUncertainWrite(
      streamId,
      new Error('DeadlineExceeded (the server dropped the write: IdempotentNotReady)'),
    );
  }

  async readStream(streamId: string, options: EsdbReadStreamOptions): Promise<EsdbRecordedEvent[]> {
    await tick();
    let events = this.visibleInStream(streamId, this.node(options));
    if (options.direction === 'backwards') {
      events = events.filter((e) => options.fromRevision === undefined || e.revision <= options.fromRevision).reverse();
    } else {
      events = events.filter((e) => options.fromRevision === undefined || e.revision >= options.fromRevision);
    }
    return events.slice(0, options.maxCount).map((e) => out(e, e.legacy));
  }

  async readAll(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    await tick();
    if (this.failReads > 0) {
      this.failReads--;
      throw new Error('UNAVAILABLE: connection dropped');
    }
    const from = options.from;
    const visible = this.visible(this.node(options));
    if (typeof from !== 'string' && !this.isBoundary(from))
      throw new Error(`InvalidPosition: ${from.commit}/${from.prepare}`);
    let events = visible.filter((e) => matches(options.filter, e));
    if (options.direction === 'forwards') {
      if (from === 'end') return [];
      if (from !== 'start') events = events.filter((e) => compare(e.position, from) >= 0);
    } else {
      if (from === 'start') return [];
      if (from !== 'end') events = events.filter((e) => compare({ commit: e.post, prepare: e.post }, from) <= 0);
      events = events.reverse();
    }
    return events.slice(0, options.maxCount).map((e) => out(e, false));
  }

  async readStreamMetadata(streamId: string): Promise<EsdbStreamMetadata> {
    await tick();
    return { ...this.meta.get(streamId) };
  }

  subscribe(options: EsdbSubscribeOptions): EsdbSubscription {
    const subscription = new InMemorySubscription(this.log, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    for (const s of [...this.subscriptions]) await s.stop();
  }

  // ---- what an operator or a failure does -------------------------------------------------

  /** The leader resigns and stays up: the connection stays on it, now a lagging follower. */
  resignLeader(): void {
    this.followerReads = true;
    this.dropSubscriptions(new Error('NotLeader: the node is no longer the leader'));
  }

  /** Drops every server-side subscription, as a server restart would. */
  dropSubscriptions(reason: unknown = new Error('UNAVAILABLE: connection dropped')): void {
    for (const s of [...this.subscriptions]) s.fail(reason);
  }

  get subscriptionCount(): number {
    return this.subscriptions.size;
  }

  /** An operator's soft delete (`$tb` = max), `$maxAge` or `$tb` (stream metadata). */
  setStreamMetadata(streamId: string, metadata: EsdbStreamMetadata): void {
    this.meta.set(streamId, metadata);
  }

  softDelete(streamId: string): void {
    this.setStreamMetadata(streamId, { ...this.meta.get(streamId), truncateBefore: SOFT_DELETED });
  }

  /** Events of a legacy TCP transaction: stream reads give them no usable position (2^64 − 1). */
  writeLegacyTransaction(streamId: string, events: readonly EsdbEventData[]): void {
    for (const e of this.write(streamId, events)) e.legacy = true;
  }

  /** Direct access for tamper tests: the stored event of a stream revision. */
  stored(streamId: string, revision: number): Stored {
    const e = this.streamEvents(streamId, 'cache').find((s) => s.revision === revision);
    if (!e) throw new Error(`no ${streamId}@${revision}`);
    return e;
  }

  // ---- the model ---------------------------------------------------------------------------

  private write(streamId: string, events: readonly EsdbEventData[]): Stored[] {
    let revision = this.cachedRevision(streamId);
    const written = events.map((e): Stored => {
      const size = appendSize([e]) + 100;
      const prepare = this.next;
      this.next += size;
      let done = () => undefined as void;
      const stored: Stored = {
        streamId,
        revision: ++revision,
        id: e.id,
        type: e.type,
        data: JSON.stringify(e.data),
        metadata: JSON.stringify(e.metadata),
        created: new Date(),
        position: { commit: prepare, prepare },
        post: prepare + size,
        isIndexed: false,
        isReplicated: false,
        legacy: false,
        indexed: new Promise<void>((resolve) => (done = resolve)),
      };
      setTimeout(() => {
        stored.isIndexed = true;
        done();
        for (const s of this.subscriptions) s.pump();
      }, this.indexLagMs);
      setTimeout(() => (stored.isReplicated = true), this.indexLagMs + this.followerLagMs);
      return stored;
    });
    this.log.push(...written);
    if (!streamId.startsWith('$') && Math.random() < 0.3) {
      this.write(`$stats-${randomUUID()}`, [{ id: randomUUID(), type: '$statsCollected', data: {}, metadata: {} }]);
    }
    return written;
  }

  /** Which copy serves a call: the leader's, or (after a leader change) at random the follower's. */
  private node(options: EsdbCallOptions): 'leader' | 'follower' {
    if (options.requiresLeader || !this.followerReads) return 'leader';
    return Math.random() < 0.5 ? 'follower' : 'leader';
  }

  private visible(node: 'leader' | 'follower' | 'cache'): Stored[] {
    if (node === 'cache') return this.log;
    return this.log.filter((e) => (node === 'leader' ? e.isIndexed : e.isReplicated));
  }

  private streamEvents(streamId: string, node: 'leader' | 'follower' | 'cache'): Stored[] {
    return this.visible(node).filter((e) => e.streamId === streamId);
  }

  /** A stream read: what the stream's metadata leaves visible (`$tb`, `$maxAge`, `$maxCount`). */
  private visibleInStream(streamId: string, node: 'leader' | 'follower'): Stored[] {
    const meta = this.meta.get(streamId) ?? {};
    let events = this.streamEvents(streamId, node);
    if (meta.truncateBefore !== undefined) events = events.filter((e) => e.revision >= (meta.truncateBefore as number));
    if (meta.maxAge !== undefined)
      events = events.filter((e) => e.created.getTime() >= Date.now() - (meta.maxAge as number) * 1000);
    if (meta.maxCount !== undefined) events = events.slice(-meta.maxCount);
    return events;
  }

  private cachedRevision(streamId: string): number {
    const events = this.streamEvents(streamId, 'cache');
    return events.length ? events[events.length - 1].revision : -1;
  }

  private indexedRevision(streamId: string): number {
    const events = this.streamEvents(streamId, 'leader');
    return events.length ? events[events.length - 1].revision : -1;
  }

  private isBoundary(p: { commit: number; prepare: number }): boolean {
    const end = this.log[this.log.length - 1];
    return (
      (end && compare(p, { commit: end.post, prepare: end.post }) >= 0) ||
      this.log.some((e) => compare(e.position, p) === 0)
    );
  }
}

function compare(a: { commit: number; prepare: number }, b: { commit: number; prepare: number }): number {
  return a.commit - b.commit || a.prepare - b.prepare;
}

function out(e: Stored, hidePosition: boolean): EsdbRecordedEvent {
  return {
    streamId: e.streamId,
    revision: e.revision,
    id: e.id,
    type: e.type,
    data: JSON.parse(e.data),
    metadata: JSON.parse(e.metadata),
    created: e.created,
    position: hidePosition ? undefined : { ...e.position },
  };
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
