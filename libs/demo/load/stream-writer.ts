import { randomUUID } from 'node:crypto';
import type { CommandContext, CommandPipeline } from '@kn/platform';
import type { Actor, Decider, Message } from '@kn/shared';

/** One command of the story: its business date, who issued it and why. */
export interface Step<C extends Message> {
  readonly date: string;
  readonly command: C;
  readonly actor: Actor;
  readonly reason?: string;
  /** Runs after the decider accepted the command and before its events are appended (erasure destroys the key here). */
  readonly before?: () => Promise<void>;
}

export interface WriteStats {
  events: number;
  commands: number;
}

/**
 * A stream the demo writes. Each command is decided by the context's own decider on the state
 * folded so far (exactly what `CommandPipeline.handle` would load), then appended with
 * `appendDecided` at the expected revision with the command's own metadata — one append per
 * command, as the HTTP path makes. Keeping the state here saves re-reading the stream.
 */
export class StreamWriter<C extends Message, E extends Message, S> {
  private state: S;
  private revision = -1;

  constructor(
    readonly streamId: string,
    private readonly decider: Decider<C, E, S>,
    private readonly pipeline: CommandPipeline | null,
    private readonly stats: WriteStats,
  ) {
    this.state = decider.initialState;
  }

  get current(): S {
    return this.state;
  }

  /** Decides without writing (to rebuild a stream's state for a later phase). */
  replay(step: Step<C>): readonly E[] {
    const events = this.decideOrExplain(step);
    this.state = events.reduce(this.decider.evolve, this.state);
    this.revision += events.length;
    return events;
  }

  async run(step: Step<C>, correlationId?: string, causationId?: string): Promise<readonly E[]> {
    const events = this.decideOrExplain(step);
    if (events.length === 0) return events;
    await step.before?.();
    if (this.pipeline) {
      const result = await this.pipeline.appendDecided(this.streamId, events, contextFor(step, correlationId, causationId), this.revision < 0 ? 'no_stream' : this.revision);
      this.revision = result.revision;
    } else {
      this.revision += events.length;
    }
    this.state = events.reduce(this.decider.evolve, this.state);
    this.stats.events += events.length;
    this.stats.commands += 1;
    return events;
  }

  /**
   * Scale runs: decides the steps one by one like `run`, then appends them in one write with a
   * single context naming the batch (the per-command actors are then not kept in metadata).
   */
  async runBatch(steps: readonly Step<C>[], commandName: string, actor: Step<C>['actor']): Promise<readonly E[]> {
    const all: E[] = [];
    for (const step of steps) {
      const events = this.decideOrExplain(step);
      await step.before?.();
      this.state = events.reduce(this.decider.evolve, this.state);
      all.push(...events);
    }
    if (all.length === 0) return all;
    if (this.pipeline) {
      const context = contextFor({ command: { type: commandName, data: null }, actor, reason: `demo history: ${steps.map((s) => s.command.type).join(', ').slice(0, 200)}` });
      const result = await this.pipeline.appendDecided(this.streamId, all, context, this.revision < 0 ? 'no_stream' : this.revision);
      this.revision = result.revision;
    } else {
      this.revision += all.length;
    }
    this.stats.events += all.length;
    this.stats.commands += steps.length;
    return all;
  }

  private decideOrExplain(step: Step<C>): readonly E[] {
    try {
      return this.decider.decide(step.command, this.state);
    } catch (e) {
      // A refusal here is a bug in the generator: name the command so it can be fixed.
      throw new Error(`demo: ${step.command.type} on ${this.streamId} (${step.date}) refused: ${(e as Error).message}`, { cause: e });
    }
  }
}

export function contextFor(step: Pick<Step<Message>, 'command' | 'actor' | 'reason'>, correlationId?: string, causationId?: string): CommandContext {
  const commandId = randomUUID();
  return {
    actor: step.actor,
    commandName: step.command.type,
    commandId,
    correlationId: correlationId ?? commandId,
    causationId: causationId ?? commandId,
    now: new Date(),
    reason: step.reason ?? null,
  };
}

/** Runs `work` over items with at most `limit` in flight; order within one item is the caller's. */
export async function inParallel<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
