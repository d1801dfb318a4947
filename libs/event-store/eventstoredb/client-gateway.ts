import {
  BACKWARDS,
  CancelledError,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  FORWARDS,
  MaxAppendSizeExceededError,
  NO_STREAM,
  NotLeaderError,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type JSONType,
  type Position,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import {
  DEFAULT_MAX_APPEND_SIZE,
  EsdbAppendTooLarge,
  EsdbStreamDeleted,
  EsdbUncertainWrite,
  EsdbWrongExpectedVersion,
  type EsdbCallOptions,
  type EsdbEventData,
  type EsdbExpectedRevision,
  type EsdbGateway,
  type EsdbPosition,
  type EsdbReadAllOptions,
  type EsdbReadStreamOptions,
  type EsdbRecordedEvent,
  type EsdbServerFilter,
  type EsdbStreamMetadata,
  type EsdbSubscribeOptions,
  type EsdbSubscription,
} from './gateway.js';
import { loadInternals, type Internals } from './client-internals.js';
import { actualRevision, toSafeNumber } from './mapping/expected-revision.js';

/**
 * The gateway on `@eventstore/db-client` 6.x: the only file that knows the client's types
 * (bigint revisions and positions, its error classes, its event shapes).
 *
 * Server-side filtered reads of `$all`: the server supports them (gRPC `ReadReq` filter
 * options) but the Node client 6.2.1 exposes filters only on `subscribeToAll`, and its `readAll`
 * always sends "no filter". `filteredRead` builds the same request as the client's `readAll` with
 * the filter set, through the client's protected stream creator and its generated protobuf
 * classes. Should a client upgrade remove those internals, reads fall back to unfiltered pages
 * matched here (correct, slower); the adapter matches every event again anyway.
 *
 * Subscriptions go through the same internals, so that the server's checkpoints and its
 * "caught up" arrive in order with the events (the client's own `subscribeToAll` hands them to
 * callbacks beside the event stream, where their order against buffered events is lost).
 */
export class ClientGateway implements EsdbGateway {
  private readonly internals: Internals | null;

  constructor(readonly client: EventStoreDBClient) {
    this.internals = loadInternals(client);
  }

  static fromConnectionString(url: string): ClientGateway {
    return new ClientGateway(EventStoreDBClient.connectionString(url));
  }

  get serverSideFilteredReads(): boolean {
    return this.internals !== null;
  }

  async append(
    streamId: string,
    events: readonly EsdbEventData[],
    expected: EsdbExpectedRevision,
    options: EsdbCallOptions = {},
  ): Promise<{ nextRevision: number }> {
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) =>
          jsonEvent({ id: e.id, type: e.type, data: e.data as JSONType, metadata: e.metadata as JSONType }),
        ),
        {
          expectedRevision: expected === 'no_stream' ? NO_STREAM : BigInt(expected),
          requiresLeader: options.requiresLeader,
        },
      );
      return { nextRevision: toSafeNumber(result.nextExpectedRevision, 'revision') };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError)
        throw new EsdbWrongExpectedVersion(streamId, actualRevision(error.actualVersion) ?? -1);
      // The write may have been stored: a deadline, a commit timeout, a connection lost or a node
      // that lost the leadership mid-call (the client reconnects to the new leader on NotLeader).
      if (isUncertain(error)) throw new EsdbUncertainWrite(streamId, error);
      if (error instanceof MaxAppendSizeExceededError)
        throw new EsdbAppendTooLarge(streamId, error.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE);
      if (error instanceof StreamDeletedError) throw new EsdbStreamDeleted(streamId);
      throw error;
    }
  }

  async readStream(streamId: string, options: EsdbReadStreamOptions): Promise<EsdbRecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    try {
      return await collect(
        this.client.readStream(streamId, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
          maxCount: options.maxCount,
          requiresLeader: options.requiresLeader,
        }),
      );
    } catch (error) {
      if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return [];
      throw error;
    }
  }

  async readAll(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    const fromPosition = options.from === 'start' ? START : options.from === 'end' ? END : toPosition(options.from);
    const direction = options.direction === 'backwards' ? BACKWARDS : FORWARDS;
    const requiresLeader = options.requiresLeader;
    if (!options.filter)
      return collect(this.client.readAll({ fromPosition, direction, maxCount: options.maxCount, requiresLeader }));
    if (this.internals)
      return collect(
        this.internals.filteredRead(fromPosition, direction, options.maxCount, options.filter, requiresLeader),
      );
    return this.readAllMatchedHere(options);
  }

  async readStreamMetadata(streamId: string, options: EsdbCallOptions = {}): Promise<EsdbStreamMetadata> {
    try {
      const { metadata } = await this.client.getStreamMetadata(streamId, { requiresLeader: options.requiresLeader });
      const tb = metadata?.truncateBefore;
      return {
        truncateBefore:
          typeof tb === 'number'
            ? tb
            : typeof tb === 'bigint'
              ? Number(tb)
              : tb === undefined
                ? undefined
                : Number.MAX_SAFE_INTEGER,
        maxAge: metadata?.maxAge,
        maxCount: metadata?.maxCount,
      };
    } catch (error) {
      if (error instanceof StreamNotFoundError) return {};
      throw error;
    }
  }

  subscribe(options: EsdbSubscribeOptions): EsdbSubscription {
    if (!this.internals)
      throw new Error(
        '@eventstore/db-client internals for ordered subscriptions are missing (client upgrade?): pin 6.2.x',
      );
    return this.internals.subscribe(options, toEsdbRecordedEvent);
  }

  close(): Promise<void> {
    return this.client.dispose();
  }

  /** Filtered `$all` without server help: unfiltered pages, matched here, until maxCount match. */
  private async readAllMatchedHere(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    const regex = new RegExp((options.filter as EsdbServerFilter).regex);
    const on = (options.filter as EsdbServerFilter).on;
    const out: EsdbRecordedEvent[] = [];
    let from: Position | typeof START | typeof END =
      options.from === 'start' ? START : options.from === 'end' ? END : toPosition(options.from);
    let skipFirst = false;
    for (;;) {
      const page = await collect(
        this.client.readAll({
          fromPosition: from,
          direction: options.direction === 'backwards' ? BACKWARDS : FORWARDS,
          maxCount: 1000,
          requiresLeader: options.requiresLeader,
        }),
      );
      // Forwards reads include their start (the last event of the previous page); backwards
      // reads exclude it (`AllReader.cs` v24.10: post-position ≤ start).
      const fresh = skipFirst && options.direction === 'forwards' ? page.slice(1) : page;
      for (const e of fresh) {
        if (regex.test(on === 'streamName' ? e.streamId : e.type)) out.push(e);
        if (out.length >= options.maxCount) return out;
      }
      const last = page[page.length - 1];
      if (page.length < 1000 || !last?.position) return out;
      from = toPosition(last.position);
      skipFirst = true;
    }
  }
}

async function collect(
  read: StreamingRead<ResolvedEvent> | StreamingRead<AllStreamResolvedEvent>,
): Promise<EsdbRecordedEvent[]> {
  const out: EsdbRecordedEvent[] = [];
  for await (const resolved of read as AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>) {
    const event = resolved.event && toEsdbRecordedEvent(resolved.event);
    if (event) out.push(event);
  }
  return out;
}

/** The client's event in plain numbers; a position beyond 2^53 (2^64 − 1: a legacy transaction) is left unset. */
export function toEsdbRecordedEvent(e: NonNullable<ResolvedEvent['event']>): EsdbRecordedEvent {
  return {
    streamId: e.streamId,
    revision: toSafeNumber(e.revision, 'revision'),
    id: e.id,
    type: e.type,
    data: e.isJson ? e.data : null,
    metadata: e.metadata instanceof Uint8Array ? null : e.metadata,
    created: e.created,
    position:
      e.position && isSafe(e.position.commit) && isSafe(e.position.prepare)
        ? { commit: Number(e.position.commit), prepare: Number(e.position.prepare) }
        : undefined,
  };
}

function isUncertain(error: unknown): boolean {
  return (
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof UnavailableError ||
    error instanceof NotLeaderError ||
    error instanceof CancelledError
  );
}

function isSafe(value: bigint): boolean {
  return value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER);
}

function toPosition(p: EsdbPosition): Position {
  return { commit: BigInt(p.commit), prepare: BigInt(p.prepare) };
}
