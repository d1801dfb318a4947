import type { Actor } from '@kn/shared';

/**
 * The event store port. Adapters: PostgreSQL (default, `postgres/`) and EventStoreDB
 * (`eventstoredb/`). Every adapter passes the same contract suite (`testing/contract.ts`).
 *
 * Numbers are JS numbers: revisions and positions stay far below 2^53 at any scale this
 * program reaches.
 */

/** What the writer believes about the stream before appending. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** SPEC §5: who, what command, why, and how it relates to other messages. */
export interface EventMetadata {
  readonly actor: Actor;
  readonly commandName: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly reason?: string | null;
  readonly [extra: string]: unknown;
}

export interface EventToAppend {
  /** Idempotency: appending the same event ids again returns the first result, stores nothing. */
  readonly eventId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}

/**
 * A point in the global log, in commit order. For PostgreSQL `commit` is the writing
 * transaction's id (xid8) and `position` the row's identity; for EventStoreDB they are its
 * commit and prepare positions. Compare with `compareCheckpoints`, never position alone.
 */
export interface LogCheckpoint {
  readonly commit: number;
  readonly position: number;
}

export const LOG_START: LogCheckpoint = Object.freeze({ commit: 0, position: 0 });

export function compareCheckpoints(a: LogCheckpoint, b: LogCheckpoint): number {
  return a.commit - b.commit || a.position - b.position;
}

export interface RecordedEvent {
  readonly eventId: string;
  readonly streamId: string;
  /** 0-based revision within the stream. */
  readonly revision: number;
  /** Global position (unique, increasing with insertion; commit order is `checkpoint`). */
  readonly position: number;
  readonly checkpoint: LogCheckpoint;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
  /** Server clock at append. */
  readonly recordedAt: Date;
  /** Hash of the stream predecessor (null for revision 0) and of this event. */
  readonly prevHash: string | null;
  readonly hash: string;
}

export interface AppendResult {
  readonly streamId: string;
  /** Revision of the last event written (the stream's current revision). */
  readonly revision: number;
  /** Global position of the last event written. */
  readonly position: number;
  readonly checkpoint: LogCheckpoint;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Forwards default 0; backwards default the end. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /** Only events recorded at or before this instant (as-of reads). */
  readonly recordedUpTo?: Date;
}

export interface LogFilter {
  /** Stream categories (`pairing`, `household`, …). */
  readonly categories?: readonly string[];
  readonly types?: readonly string[];
}

export interface ReadAllOptions extends LogFilter {
  /** Exclusive lower bound; default the start of the log. */
  readonly after?: LogCheckpoint;
  readonly maxCount?: number;
}

export interface SubscribeOptions extends LogFilter {
  readonly from?: LogCheckpoint;
  readonly batchSize?: number;
  /**
   * Called with each batch, in commit order; the subscription does not move on until it
   * resolves. A rejection stops the subscription and is passed to `onError`.
   */
  readonly handle: (events: readonly RecordedEvent[], checkpoint: LogCheckpoint) => Promise<void>;
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  stop(): Promise<void>;
  /** Resolves once the subscription has handled everything up to the log's head at call time. */
  caughtUp(): Promise<void>;
}

export interface VerifyProgress {
  checked: number;
  total: number;
}

export interface VerifyOptions {
  /**
   * Start from the last verification that found the chain whole instead of from the first event
   * (adapters that cannot, verify everything). A full run is still what an auditor asks for.
   */
  readonly incremental?: boolean;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly checked: number;
  /** Hash of the last sealed link of the global chain. */
  readonly headHash: string | null;
  readonly firstBroken: null | {
    readonly position: number;
    readonly streamId: string;
    readonly revision: number;
    readonly reason: 'event_hash' | 'stream_link' | 'seal_link' | 'order';
  };
}

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
  /**
   * Only for importing a log exported from another store: the instant the events were first
   * recorded, so that their hashes (which cover it) come out the same. Never set by commands.
   */
  readonly recordedAt?: Date;
}

export interface EventStore {
  append(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): Promise<AppendResult>;
  /** Events of one stream; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The global log in commit order, only events whose commit is settled (no later gaps). */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up subscription: from a checkpoint through the present, then live. Never skips. */
  subscribe(options: SubscribeOptions): Subscription;
  /** The checkpoint of the last settled event in the log (LOG_START when empty). */
  head(): Promise<LogCheckpoint>;
  /** The checkpoint of the event at a global position, or null. */
  checkpointOf(position: number): Promise<LogCheckpoint | null>;
  /** The last settled checkpoint recorded at or before an instant (as-of). */
  checkpointAt(instant: Date): Promise<LogCheckpoint>;
  /** Chain the global log in commit order up to the settled head; returns how many were sealed. */
  seal(): Promise<number>;
  /** Recompute every stream link and every seal link; names the first broken one. */
  verify(onProgress?: (p: VerifyProgress) => void, options?: VerifyOptions): Promise<VerifyResult>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The same event ids were appended before with different content or to another place. */
export class IdempotencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`events ${eventIds.join(', ')} were already appended differently`);
    this.name = 'IdempotencyConflictError';
  }
}

/**
 * The batch is larger than the store takes in one atomic append (EventStoreDB: its
 * MaxAppendSize, 1 MiB by default). Nothing was stored; split the work into several commands.
 */
export class AppendTooLargeError extends Error {
  constructor(
    readonly streamId: string,
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super(
      `stream ${streamId}: a batch of ${sizeBytes} bytes is larger than the store's limit of ${limitBytes} bytes for one append`,
    );
    this.name = 'AppendTooLargeError';
  }
}

/** The server hides part of a stream's history (EventStoreDB $maxCount/$tb or a tombstone set outside this app). */
export class HiddenHistoryError extends Error {
  constructor(
    readonly streamId: string,
    readonly how: string,
  ) {
    super(
      `stream ${streamId}: EventStoreDB hides its history (${how}), set outside this app; appending would break its hash chain. ` +
        `Restore the stream's metadata ($$${streamId}) or move its history to a new stream.`,
    );
    this.name = 'HiddenHistoryError';
  }
}

export const EVENT_STORE = Symbol('EVENT_STORE');
