import { createRequire } from 'node:module';
import {
  BACKWARDS,
  END,
  START,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type FORWARDS,
  type Position,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import type {
  EsdbRecordedEvent,
  EsdbServerFilter,
  EsdbSubscribeOptions,
  EsdbSubscription,
  EsdbSubscriptionItem,
} from './gateway.js';
import { toSafeNumber } from './mapping/expected-revision.js';

/**
 * `@eventstore/db-client` 6.2.x internals: its protected stream creator and generated protobuf
 * classes, for the two requests its public API cannot make — a server-side filtered `$all` read,
 * and a `$all` subscription whose checkpoints and "caught up" arrive in order with its events.
 */
export interface Internals {
  filteredRead(
    from: Position | typeof START | typeof END,
    direction: typeof FORWARDS | typeof BACKWARDS,
    maxCount: number,
    filter: EsdbServerFilter,
    requiresLeader?: boolean,
  ): StreamingRead<AllStreamResolvedEvent>;
  subscribe(
    options: EsdbSubscribeOptions,
    convert: (e: NonNullable<ResolvedEvent['event']>) => EsdbRecordedEvent,
  ): EsdbSubscription;
}

/** Pause the server's stream while this many items wait unread; resume below a quarter. */
export const HIGH_WATER = 4000;

/* eslint-disable @typescript-eslint/no-explicit-any */
export function loadInternals(client: EventStoreDBClient): Internals | null {
  try {
    const require = createRequire(import.meta.url);
    const shared = require('@eventstore/db-client/generated/shared_pb.js');
    const streams = require('@eventstore/db-client/generated/streams_pb.js');
    const grpc = require('@eventstore/db-client/generated/streams_grpc_pb.js');
    const { ReadStream } = require('@eventstore/db-client/dist/streams/utils/ReadStream.js');
    const {
      convertGrpcEvent,
      convertToCommandError,
      isClientCancellationError,
    } = require('@eventstore/db-client/dist/utils/index.js');
    const c = client as any;
    if (
      typeof c.GRPCStreamCreator !== 'function' ||
      typeof c.callArguments !== 'function' ||
      !ReadStream ||
      !convertGrpcEvent
    )
      return null;

    const request = (from: Position | typeof START | typeof END, filter: EsdbServerFilter) => {
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
      options.setUuidOption(uuid);
      const expr = new streams.ReadReq.Options.FilterOptions.Expression();
      expr.setRegex(filter.regex);
      const filterOptions = new streams.ReadReq.Options.FilterOptions();
      if (filter.on === 'streamName') filterOptions.setStreamIdentifier(expr);
      else filterOptions.setEventType(expr);
      filterOptions.setCount(new shared.Empty());
      filterOptions.setCheckpointintervalmultiplier(1);
      options.setFilter(filterOptions);
      return options;
    };

    return {
      filteredRead(from, direction, maxCount, filter, requiresLeader) {
        const req = new streams.ReadReq();
        const options = request(from, filter);
        options.setCount(String(maxCount));
        options.setReadDirection(direction === BACKWARDS ? 1 : 0);
        req.setOptions(options);
        const create = c.GRPCStreamCreator(grpc.StreamsClient, 'readAll', (g: any) =>
          g.read(req, ...c.callArguments({ requiresLeader }, { deadline: Infinity })),
        );
        return new ReadStream(create, convertGrpcEvent, {}) as StreamingRead<AllStreamResolvedEvent>;
      },

      subscribe(subscribeOptions, convert) {
        const req = new streams.ReadReq();
        const from =
          subscribeOptions.from === 'start'
            ? START
            : { commit: BigInt(subscribeOptions.from.commit), prepare: BigInt(subscribeOptions.from.prepare) };
        const options = request(from, subscribeOptions.filter);
        options.setSubscription(new streams.ReadReq.Options.SubscriptionOptions());
        options.setReadDirection(0);
        req.setOptions(options);
        const create = c.GRPCStreamCreator(grpc.StreamsClient, 'subscribeToAll', (g: any) =>
          g.read(req, ...c.callArguments({ requiresLeader: true }, { deadline: Infinity })),
        );
        return new InternalSubscription(
          create(),
          subscribeOptions.onReady,
          (resp: any) => toItem(resp, convertGrpcEvent, convert),
          convertToCommandError,
          isClientCancellationError,
        );
      },
    };
  } catch {
    return null;
  }
}

export function toItem(
  resp: any,
  convertGrpcEvent: (e: any) => ResolvedEvent,
  convert: (e: NonNullable<ResolvedEvent['event']>) => EsdbRecordedEvent,
): EsdbSubscriptionItem | null {
  if (resp.hasEvent()) {
    const resolved = convertGrpcEvent(resp.getEvent());
    const event = resolved.event && convert(resolved.event);
    return event?.position
      ? { kind: 'event', event: event as EsdbRecordedEvent & { position: NonNullable<EsdbRecordedEvent['position']> } }
      : null;
  }
  if (resp.hasCheckpoint()) {
    const checkpoint = resp.getCheckpoint();
    return {
      kind: 'checkpoint',
      position: {
        commit: toSafeNumber(BigInt(checkpoint.getCommitPosition()), 'commit position'),
        prepare: toSafeNumber(BigInt(checkpoint.getPreparePosition()), 'prepare position'),
      },
    };
  }
  if (typeof resp.hasCaughtUp === 'function' && resp.hasCaughtUp()) return { kind: 'caughtUp' };
  return null; // confirmation, fell behind: nothing to act on
}

/** One gRPC subscription call, its responses queued in arrival order. */
export class InternalSubscription implements EsdbSubscription {
  private readonly queue: EsdbSubscriptionItem[] = [];
  private stream: any = null;
  private stopped = false;
  failure: unknown = null;

  constructor(
    created: Promise<any>,
    private readonly onReady: () => void,
    toItem: (resp: any) => EsdbSubscriptionItem | null,
    convertError: (e: unknown) => unknown,
    isCancellation: (e: unknown) => boolean,
  ) {
    created.then(
      (stream) => {
        this.stream = stream;
        if (this.stopped) return void stream.cancel();
        stream.on('data', (resp: any) => {
          const item = toItem(resp);
          if (!item) return;
          this.queue.push(item);
          if (this.queue.length >= HIGH_WATER) stream.pause();
          this.onReady();
        });
        stream.on('error', (error: unknown) =>
          this.fail(isCancellation(error) && this.stopped ? null : convertError(error)),
        );
        stream.on('end', () => this.fail(new Error('the server ended the subscription')));
      },
      (error: unknown) => this.fail(error),
    );
  }

  take(max: number): EsdbSubscriptionItem[] {
    const items = this.queue.splice(0, max);
    if (this.queue.length < HIGH_WATER / 4) this.stream?.resume();
    return items;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stream?.cancel();
  }

  private fail(error: unknown): void {
    if (this.stopped || this.failure) return;
    this.failure = error ?? new Error('subscription cancelled');
    this.onReady();
  }
}
