import { createRequire } from 'node:module';
import {
  BACKWARDS,
  END,
  EVENT_TYPE,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_NAME,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type JSONType,
  type Position,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import {
  EsdbWrongExpectedVersion,
  type EsdbEventData,
  type EsdbExpectedRevision,
  type EsdbGateway,
  type EsdbLiveHandle,
  type EsdbPosition,
  type EsdbReadAllOptions,
  type EsdbReadStreamOptions,
  type EsdbRecordedEvent,
  type EsdbServerFilter,
} from './gateway.js';
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

  async append(streamId: string, events: readonly EsdbEventData[], expected: EsdbExpectedRevision): Promise<{ nextRevision: number }> {
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as JSONType, metadata: e.metadata as JSONType })),
        { expectedRevision: expected === 'no_stream' ? NO_STREAM : BigInt(expected) },
      );
      return { nextRevision: toSafeNumber(result.nextExpectedRevision, 'revision') };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) throw new EsdbWrongExpectedVersion(streamId, actualRevision(error.actualVersion) ?? -1);
      throw error;
    }
  }

  async readStream(streamId: string, options: EsdbReadStreamOptions): Promise<EsdbRecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    try {
      return await collect(this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
        maxCount: options.maxCount,
      }));
    } catch (error) {
      if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return [];
      throw error;
    }
  }

  async readAll(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    const fromPosition = options.from === 'start' ? START : options.from === 'end' ? END : toPosition(options.from);
    const direction = options.direction === 'backwards' ? BACKWARDS : FORWARDS;
    if (!options.filter) return collect(this.client.readAll({ fromPosition, direction, maxCount: options.maxCount }));
    if (this.internals) return collect(this.internals.filteredRead(fromPosition, direction, options.maxCount, options.filter));
    return this.readAllMatchedHere(options);
  }

  watch(filter: EsdbServerFilter | undefined, onEvent: () => void, onDrop: (error: unknown) => void): EsdbLiveHandle {
    const subscription = this.client.subscribeToAll({
      fromPosition: END,
      filter: filter && { filterOn: filter.on === 'streamName' ? STREAM_NAME : EVENT_TYPE, regex: filter.regex, checkpointInterval: 1 },
    });
    let stopped = false;
    let dropped = false;
    const drop = (error: unknown) => {
      if (stopped || dropped) return;
      dropped = true;
      onDrop(error);
    };
    subscription.on('data', () => onEvent());
    subscription.on('error', (error) => drop(error));
    subscription.on('end', () => drop(new Error('subscription ended')));
    subscription.on('close', () => drop(new Error('subscription closed')));
    return {
      stop: async () => {
        stopped = true;
        await subscription.unsubscribe().catch(() => undefined);
      },
    };
  }

  close(): Promise<void> {
    return this.client.dispose();
  }

  /** Filtered `$all` without server help: unfiltered pages, matched here, until maxCount match. */
  private async readAllMatchedHere(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    const regex = new RegExp((options.filter as EsdbServerFilter).regex);
    const on = (options.filter as EsdbServerFilter).on;
    const out: EsdbRecordedEvent[] = [];
    let from: Position | typeof START | typeof END = options.from === 'start' ? START : options.from === 'end' ? END : toPosition(options.from);
    let skipFirst = false;
    for (;;) {
      const page = await collect(this.client.readAll({ fromPosition: from, direction: options.direction === 'backwards' ? BACKWARDS : FORWARDS, maxCount: 1000 }));
      const fresh = skipFirst ? page.slice(1) : page;
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

async function collect(read: StreamingRead<ResolvedEvent> | StreamingRead<AllStreamResolvedEvent>): Promise<EsdbRecordedEvent[]> {
  const out: EsdbRecordedEvent[] = [];
  for await (const resolved of read as AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>) {
    const e = resolved.event;
    if (!e) continue;
    out.push({
      streamId: e.streamId,
      revision: toSafeNumber(e.revision, 'revision'),
      id: e.id,
      type: e.type,
      data: e.isJson ? e.data : null,
      metadata: e.metadata instanceof Uint8Array ? null : e.metadata,
      created: e.created,
      position: e.position ? { commit: toSafeNumber(e.position.commit, 'commit position'), prepare: toSafeNumber(e.position.prepare, 'prepare position') } : undefined,
    });
  }
  return out;
}

function toPosition(p: EsdbPosition): Position {
  return { commit: BigInt(p.commit), prepare: BigInt(p.prepare) };
}

// ---- the client's internals, for server-side filtered reads --------------------------------

interface Internals {
  filteredRead(from: Position | typeof START | typeof END, direction: typeof FORWARDS | typeof BACKWARDS, maxCount: number, filter: EsdbServerFilter): StreamingRead<AllStreamResolvedEvent>;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function loadInternals(client: EventStoreDBClient): Internals | null {
  try {
    const require = createRequire(import.meta.url);
    const shared = require('@eventstore/db-client/generated/shared_pb.js');
    const streams = require('@eventstore/db-client/generated/streams_pb.js');
    const grpc = require('@eventstore/db-client/generated/streams_grpc_pb.js');
    const { ReadStream } = require('@eventstore/db-client/dist/streams/utils/ReadStream.js');
    const { convertGrpcEvent } = require('@eventstore/db-client/dist/utils/index.js');
    const c = client as any;
    if (typeof c.GRPCStreamCreator !== 'function' || typeof c.callArguments !== 'function' || !ReadStream || !convertGrpcEvent) return null;
    return {
      filteredRead(from, direction, maxCount, filter) {
        const req = new streams.ReadReq();
        const options = new streams.ReadReq.Options();
        const uuid = new streams.ReadReq.Options.UUIDOption();
        uuid.setString(new shared.Empty());
        const all = new streams.ReadReq.Options.AllOptions();
        if (from === START) all.setStart(new shared.Empty());
        else if (from === END) all.setEnd(new shared.Empty());
        else {
          const pos = new streams.ReadReq.Options.Position();
          pos.setCommitPosition(from.commit.toString(10));
          pos.setPreparePosition(from.prepare.toString(10));
          all.setPosition(pos);
        }
        options.setAll(all);
        options.setResolveLinks(false);
        options.setCount(String(maxCount));
        options.setUuidOption(uuid);
        const expr = new streams.ReadReq.Options.FilterOptions.Expression();
        expr.setRegex(filter.regex);
        const filterOptions = new streams.ReadReq.Options.FilterOptions();
        if (filter.on === 'streamName') filterOptions.setStreamIdentifier(expr);
        else filterOptions.setEventType(expr);
        filterOptions.setCount(new shared.Empty());
        filterOptions.setCheckpointintervalmultiplier(1);
        options.setFilter(filterOptions);
        options.setReadDirection(direction === BACKWARDS ? 1 : 0);
        req.setOptions(options);
        const create = c.GRPCStreamCreator(grpc.StreamsClient, 'readAll', (g: any) => g.read(req, ...c.callArguments({}, { deadline: Infinity })));
        return new ReadStream(create, convertGrpcEvent, {}) as StreamingRead<AllStreamResolvedEvent>;
      },
    };
  } catch {
    return null;
  }
}
