/**
 * The slice of EventStoreDB the adapter uses, in plain numbers. `client-gateway.ts` implements it
 * with `@eventstore/db-client` (the only file that imports the client, so its bigint/Long types
 * stay there); `in-memory-esdb.fixtures.ts` implements it in memory for the unit-level contract run.
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
  /** Always set on `$all` reads; on stream reads from server 22.6 on. */
  readonly position?: EsdbPosition;
}

/** One server-side filter: ESDB filters on the stream name or the event type, not both. */
export interface EsdbServerFilter {
  readonly on: 'streamName' | 'eventType';
  readonly regex: string;
}

export interface EsdbReadAllOptions {
  /** Inclusive. */
  readonly from: EsdbPosition | 'start' | 'end';
  readonly direction: 'forwards' | 'backwards';
  readonly maxCount: number;
  readonly filter?: EsdbServerFilter;
}

export interface EsdbReadStreamOptions {
  readonly direction: 'forwards' | 'backwards';
  /** Inclusive; default the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount: number;
}

export interface EsdbLiveHandle {
  stop(): Promise<void>;
}

export interface EsdbGateway {
  /** Appends atomically; throws `EsdbWrongExpectedVersion` on a revision conflict. */
  append(streamId: string, events: readonly EsdbEventData[], expected: EsdbExpectedRevision): Promise<{ nextRevision: number }>;
  /** Events of one stream; [] when it does not exist (or was deleted). */
  readStream(streamId: string, options: EsdbReadStreamOptions): Promise<EsdbRecordedEvent[]>;
  /** `$all`, in log order (or reverse); the filter is applied by the server when it can be. */
  readAll(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]>;
  /**
   * A live, server-side filtered subscription from the end of `$all`, used only as a wake-up:
   * `onEvent` on each delivery, `onDrop` when the connection drops (the caller re-subscribes).
   */
  watch(filter: EsdbServerFilter | undefined, onEvent: () => void, onDrop: (error: unknown) => void): EsdbLiveHandle;
  close(): Promise<void>;
}

/** ESDB's WrongExpectedVersionError in our terms: `actual` is -1 when the stream does not exist. */
export class EsdbWrongExpectedVersion extends Error {
  constructor(readonly streamId: string, readonly actual: number) {
    super(`wrong expected version on ${streamId}: actual ${actual}`);
    this.name = 'EsdbWrongExpectedVersion';
  }
}
