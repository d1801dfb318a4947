/**
 * The slice of EventStoreDB the adapter uses, in plain numbers. `client-gateway.ts` implements it
 * with `@eventstore/db-client` (the only file that imports the client, so its bigint/Long types
 * stay there); `in-memory-esdb.fixtures.ts` implements it in memory, as strictly as the server,
 * for the unit-level contract run.
 */

/** A position in `$all`: ESDB's commit and prepare positions (byte offsets in its log). */
export interface EsdbPosition {
  readonly commit: number;
  readonly prepare: number;
}

export type EsdbExpectedRevision = 'no_stream' | number;

export interface EsdbEventData {
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export interface EsdbRecordedEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  /** The server's clock at write. */
  readonly created: Date;
  /**
   * Always set on `$all` reads; on stream reads from server 22.6 on. Unset when the server gave
   * none or one beyond 2^53 (events of a legacy TCP transaction come back with 2^64 − 1).
   */
  readonly position?: EsdbPosition;
}

/** One server-side filter: ESDB filters on the stream name or the event type, not both. */
export interface EsdbServerFilter {
  readonly on: 'streamName' | 'eventType';
  readonly regex: string;
}

/**
 * Where a call is served. A node that lost the leadership keeps serving reads to the clients
 * connected to it, from its own (lagging) copy; `requiresLeader` makes it refuse them
 * (NotLeader) so the client reconnects to the leader. The adapter sets it on every call whose
 * answer must be current.
 */
export interface EsdbCallOptions {
  readonly requiresLeader?: boolean;
}

export interface EsdbReadAllOptions extends EsdbCallOptions {
  /** Forwards: inclusive. Backwards: EXCLUSIVE (the server returns events before it). */
  readonly from: EsdbPosition | 'start' | 'end';
  readonly direction: 'forwards' | 'backwards';
  readonly maxCount: number;
  readonly filter?: EsdbServerFilter;
}

export interface EsdbReadStreamOptions extends EsdbCallOptions {
  readonly direction: 'forwards' | 'backwards';
  /** Inclusive; default the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount: number;
}

/** What the server says about a stream's visible history (its metadata, `$$<stream>`). */
export interface EsdbStreamMetadata {
  /** `$tb`: revisions below are hidden; `Number.MAX_SAFE_INTEGER` or more = soft-deleted. */
  readonly truncateBefore?: number;
  /** `$maxAge` in seconds. */
  readonly maxAge?: number;
  /** `$maxCount`. */
  readonly maxCount?: number;
}

/** One item of a server-side `$all` subscription, in the order the server sent them. */
export type EsdbSubscriptionItem =
  | { readonly kind: 'event'; readonly event: EsdbRecordedEvent & { readonly position: EsdbPosition } }
  /** The server has considered the log up to here: no matching event before it is still to come. */
  | { readonly kind: 'checkpoint'; readonly position: EsdbPosition }
  /** Catch-up reached the end of the log as of the subscription's start; live from now on. */
  | { readonly kind: 'caughtUp' };

/** A running server-side subscription, read by pulling what has arrived. */
export interface EsdbSubscription {
  /** Up to `max` items that arrived, in order (the server is paused while many wait unread). */
  take(max: number): EsdbSubscriptionItem[];
  /** Why the subscription ended (dropped connection, leader change), or null while it runs. */
  readonly failure: unknown;
  stop(): Promise<void>;
}

export interface EsdbSubscribeOptions {
  /** Exclusive: the first item comes after this position. */
  readonly from: EsdbPosition | 'start';
  readonly filter: EsdbServerFilter;
  /** Called whenever items arrive or the subscription fails. */
  readonly onReady: () => void;
}

export interface EsdbGateway {
  /**
   * Appends atomically. Throws `EsdbWrongExpectedVersion` (with the server's current revision),
   * `EsdbUncertainWrite` when the outcome is unknown (deadline exceeded, commit timeout; the
   * server drops a retry racing a not yet replicated original: IdempotentNotReady),
   * `EsdbAppendTooLarge`, or `EsdbStreamDeleted` (tombstoned).
   */
  append(
    streamId: string,
    events: readonly EsdbEventData[],
    expected: EsdbExpectedRevision,
    options?: EsdbCallOptions,
  ): Promise<{ nextRevision: number }>;
  /** Events of one stream; [] when it does not exist (or was deleted). */
  readStream(streamId: string, options: EsdbReadStreamOptions): Promise<EsdbRecordedEvent[]>;
  /** `$all`, in log order (or reverse); the filter is applied by the server when it can be. */
  readAll(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]>;
  /** The stream's metadata as far as it hides history; {} when it has none. */
  readStreamMetadata(streamId: string, options?: EsdbCallOptions): Promise<EsdbStreamMetadata>;
  /** A filtered catch-up subscription to `$all` on the leader: catch-up, then live, in one call. */
  subscribe(options: EsdbSubscribeOptions): EsdbSubscription;
  close(): Promise<void>;
}

/** ESDB's WrongExpectedVersionError in our terms: `actual` is -1 when the stream does not exist. */
export class EsdbWrongExpectedVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly actual: number,
  ) {
    super(`wrong expected version on ${streamId}: actual ${actual}`);
    this.name = 'EsdbWrongExpectedVersion';
  }
}

/** The write may or may not have been stored (a deadline or commit timeout, a dropped retry). */
export class EsdbUncertainWrite extends Error {
  constructor(
    readonly streamId: string,
    override readonly cause: unknown,
  ) {
    super(`write to ${streamId} has an unknown outcome: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'EsdbUncertainWrite';
  }
}

/** The server refused the write: larger than its MaxAppendSize (default 1 MiB). */
export class EsdbAppendTooLarge extends Error {
  constructor(
    readonly streamId: string,
    readonly maxAppendSize: number,
  ) {
    super(`write to ${streamId} is larger than the server's MaxAppendSize (${maxAppendSize} bytes)`);
    this.name = 'EsdbAppendTooLarge';
  }
}

/** The stream was hard-deleted (tombstoned): it can never be written again. */
export class EsdbStreamDeleted extends Error {
  constructor(readonly streamId: string) {
    super(`stream ${streamId} is deleted (tombstoned) in EventStoreDB`);
    this.name = 'EsdbStreamDeleted';
  }
}

/** ESDB's default MaxAppendSize (ClusterVNodeOptions.cs, v24.10: `1_024 * 1_024`). */
export const DEFAULT_MAX_APPEND_SIZE = 1024 * 1024;

/**
 * What the server counts against MaxAppendSize: per event, data bytes + metadata bytes + twice
 * the type's length (`Event.SizeOnDisk`, Data/Event.cs; summed in Grpc/Streams.Append.cs, v24.10).
 */
export function appendSize(events: readonly EsdbEventData[]): number {
  return events.reduce(
    (sum, e) =>
      sum +
      Buffer.byteLength(JSON.stringify(e.data)) +
      Buffer.byteLength(JSON.stringify(e.metadata)) +
      2 * e.type.length,
    0,
  );
}

const LEADER: EsdbCallOptions = Object.freeze({ requiresLeader: true });

/**
 * The gateway with `requiresLeader` on every call. Every call the adapter makes needs current
 * state (a head to hash against, a read-back of what was just confirmed, the log a subscription
 * or a seal walks), and a node that lost the leadership keeps answering reads from its lagging
 * copy unless told not to (issue 18, finding 3).
 */
export function onLeader(gateway: EsdbGateway): EsdbGateway {
  return {
    append: (streamId, events, expected) => gateway.append(streamId, events, expected, LEADER),
    readStream: (streamId, options) => gateway.readStream(streamId, { ...options, ...LEADER }),
    readAll: (options) => gateway.readAll({ ...options, ...LEADER }),
    readStreamMetadata: (streamId) => gateway.readStreamMetadata(streamId, LEADER),
    subscribe: (options) => gateway.subscribe(options),
    close: () => gateway.close(),
  };
}
