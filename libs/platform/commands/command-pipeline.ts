import { Inject, Injectable, Optional } from '@nestjs/common';
import { Metrics } from '../health/metrics.js';
import { createHash, randomUUID } from 'node:crypto';
import type { Decider, Message } from '@kn/shared';
import { idOf } from '@kn/shared';
import {
  EVENT_STORE,
  WrongExpectedRevisionError,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
} from '@kn/event-store';
import { CommandResult, type CommandContext } from './command-context.js';

export class PreconditionFailed extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`The record changed since you read it (expected revision ${expected}, now ${actual}); reload and try again.`);
    this.name = 'PreconditionFailed';
  }
}

export interface Loaded<S> {
  readonly state: S;
  /** -1 when the stream does not exist. */
  readonly revision: number;
  readonly events: readonly RecordedEvent[];
}

export interface HandleArgs<C extends Message, E extends Message, S> {
  readonly streamId: string;
  readonly decider: Decider<C, E, S>;
  /** The command, or a function of the loaded state (for commands that need what is already there). */
  readonly command: C | ((loaded: Loaded<S>) => C | Promise<C>);
  readonly context: CommandContext;
  /** Returned as `id`; defaults to the stream's id. */
  readonly resultId?: string;
  readonly extra?: (events: readonly E[]) => Record<string, unknown>;
  /** The stream id was just made (a fresh UUID): skip reading it; the append still insists on no stream. */
  readonly newStream?: boolean;
}

const MAX_ATTEMPTS = 3;

/**
 * The one path every command takes: load → decide → append with the expected revision.
 * With `If-Match` a concurrent change is a 412; without it, a lost race is retried on fresh
 * state (the decider sees what the winner wrote), up to a few times.
 */
/** Per stream, the exclusive section that runs or waits last (process-wide: every pipeline shares it). */
const EXCLUSIVE_TAILS = new Map<string, Promise<void>>();

@Injectable()
export class CommandPipeline {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  /**
   * Runs a command that decides over several streams (a merge: its predecessors and a new
   * successor) alone among the commands of this process that name any of those streams, so its
   * checks still hold when it appends: two merges of one unit cannot both pass them and leave a
   * successor that nothing points to. One process writes (ADR 0019); the store's expected
   * revisions still refuse what another process changed meanwhile.
   */
  async exclusive<T>(streamIds: readonly string[], work: () => Promise<T>): Promise<T> {
    const keys = [...new Set(streamIds)];
    const before = keys.map((k) => EXCLUSIVE_TAILS.get(k));
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    for (const k of keys) EXCLUSIVE_TAILS.set(k, mine);
    try {
      await Promise.all(before);
      return await work();
    } finally {
      release();
      for (const k of keys) if (EXCLUSIVE_TAILS.get(k) === mine) EXCLUSIVE_TAILS.delete(k);
    }
  }

  async load<E extends Message, S>(
    streamId: string,
    decider: Pick<Decider<Message, E, S>, 'evolve' | 'initialState'>,
    upTo?: Date,
  ): Promise<Loaded<S>> {
    const events = await this.store.readStream(streamId, upTo ? { recordedUpTo: upTo } : undefined);
    const state = events.reduce(
      (s, e) => decider.evolve(s, { type: e.type, data: e.data } as unknown as E),
      decider.initialState,
    );
    return { state, revision: events.length ? events[events.length - 1].revision : -1, events };
  }

  async handle<C extends Message, E extends Message, S>(args: HandleArgs<C, E, S>): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(args);
      } catch (e) {
        if (!(e instanceof WrongExpectedRevisionError) || args.context.ifMatch !== undefined || attempt >= MAX_ATTEMPTS)
          throw e;
      }
    }
  }

  private async attempt<C extends Message, E extends Message, S>(args: HandleArgs<C, E, S>): Promise<CommandResult> {
    const { streamId, decider, context } = args;
    const loaded: Loaded<S> = args.newStream
      ? { state: decider.initialState, revision: -1, events: [] }
      : await this.load(streamId, decider);
    if (context.ifMatch !== undefined && context.ifMatch !== loaded.revision) {
      throw new PreconditionFailed(streamId, context.ifMatch, loaded.revision);
    }
    const command = typeof args.command === 'function' ? await args.command(loaded) : args.command;
    const events = decider.decide(command, loaded.state);
    const id = args.resultId ?? idOf(streamId);
    const extra = args.extra ? args.extra(events) : {};
    if (events.length === 0) {
      // Nothing to record (an idempotent no-op): answer with where the stream stands.
      const last = loaded.events[loaded.events.length - 1];
      return new CommandResult(id, streamId, loaded.revision, last?.position ?? 0, false, extra);
    }
    const expectedRevision: ExpectedRevision = loaded.revision < 0 ? 'no_stream' : loaded.revision;
    try {
      const result = await this.store.append(streamId, eventsToAppend(events, context, streamId), { expectedRevision });
      this.metrics?.appends.inc({ command: context.commandName }, events.length);
      return new CommandResult(id, streamId, result.revision, result.position, loaded.revision < 0, extra);
    } catch (e) {
      if (e instanceof WrongExpectedRevisionError && context.ifMatch !== undefined) {
        throw new PreconditionFailed(streamId, context.ifMatch, e.actual);
      }
      throw e;
    }
  }

  /**
   * Append events decided elsewhere (automations, multi-stream commands) with full metadata.
   * `recordedAt` only for a generated history written as `log:import` writes an exported log
   * (the demo province, recorded at its story time); commands never set it.
   */
  async appendDecided(
    streamId: string,
    events: readonly Message[],
    context: CommandContext,
    expectedRevision: ExpectedRevision,
    recordedAt?: Date,
  ): Promise<CommandResult> {
    const result = await this.store.append(streamId, eventsToAppend(events, context, streamId), {
      expectedRevision,
      recordedAt,
    });
    this.metrics?.appends.inc({ command: context.commandName }, events.length);
    return new CommandResult(
      idOf(streamId),
      streamId,
      result.revision,
      result.position,
      expectedRevision === 'no_stream',
    );
  }
}

/** A command's decided events as the store takes them, each carrying the command's metadata. */
export function eventsToAppend(events: readonly Message[], context: CommandContext, streamId: string): EventToAppend[] {
  return events.map((e, i) => ({
    eventId: context.idempotencyKey ? derivedId(context, streamId, i) : randomUUID(),
    type: e.type,
    data: e.data as Record<string, unknown>,
    metadata: {
      actor: context.actor,
      commandName: context.commandName,
      commandId: context.commandId,
      correlationId: context.correlationId,
      causationId: context.causationId,
      reason: context.reason ?? null,
    },
  }));
}

/** A stable UUID from the idempotency key, so a raced retry re-appends the same ids (a no-op). */
/** The id of the `index`-th event a command with an idempotency key appends to a stream (retries reuse it). */
export function derivedId(
  context: Pick<CommandContext, 'actor' | 'idempotencyKey'>,
  streamId: string,
  index: number,
): string {
  const h = createHash('sha256')
    .update(`${context.actor.userId}\n${context.idempotencyKey}\n${streamId}\n${index}`)
    .digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
