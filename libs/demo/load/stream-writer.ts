import { randomUUID } from 'node:crypto';
import { derivedId, type CommandContext, type CommandPipeline } from '@kn/platform';
import type { Actor, Decider, Message } from '@kn/shared';

/** One command of the story: its business date, who issued it and why. */
export interface Step<C extends Message> {
  readonly date: string;
  readonly command: C;
  readonly actor: Actor;
  readonly reason?: string;
  /** Runs after the decider accepted the command and before its events are appended (erasure destroys the key here). */
  readonly before?: () => Promise<void>;
  /** On the day of the reform: its place in the reform's sequence (see `reform.steps.ts`). */
  readonly stage?: number;
  /** The reform decision this step follows, recorded as its causation. */
  readonly causedBy?: string;
  /** This step records a reform decision under this key (its event is the followers' causation). */
  readonly decides?: string;
}

export interface WriteStats {
  events: number;
  commands: number;
}

/** Where the story's events of a day are recorded: 09:00 in Vietnam that day, never later than now. */
export function storyInstant(date: string, now: Date = new Date()): Date {
  const at = new Date(`${date}T09:00:00+07:00`);
  return at < now ? at : now;
}

/**
 * A stream the demo writes. Each command is decided by the context's own decider on the state
 * folded so far (exactly what `CommandPipeline.handle` would load), then appended with
 * `appendDecided` at the expected revision with the command's own metadata — one append per
 * command, as the HTTP path makes — recorded at the step's story date, as `log:import` writes
 * an exported log. Event ids derive from the stream and revision, so a decision's id is known
 * to the steps that follow it. Keeping the state here saves re-reading the stream.
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

  /** Runs a step; returns its events and the id of the last one. */
  async run(step: Step<C>, correlationId?: string, causationId?: string): Promise<readonly E[]> {
    return (await this.runWithId(step, correlationId, causationId)).events;
  }

  async runWithId(
    step: Step<C>,
    correlationId?: string,
    causationId?: string,
  ): Promise<{ events: readonly E[]; lastEventId: string | null }> {
    const events = this.decideOrExplain(step);
    if (events.length === 0) return { events, lastEventId: null };
    await step.before?.();
    const context = {
      ...contextFor(step, correlationId, causationId),
      idempotencyKey: `demo:${this.streamId}:${this.revision + 1}`,
    };
    if (this.pipeline) {
      const result = await this.pipeline.appendDecided(
        this.streamId,
        events,
        context,
        this.revision < 0 ? 'no_stream' : this.revision,
        storyInstant(step.date),
      );
      this.revision = result.revision;
    } else {
      this.revision += events.length;
    }
    this.state = events.reduce(this.decider.evolve, this.state);
    this.stats.events += events.length;
    this.stats.commands += 1;
    return { events, lastEventId: derivedId(context, this.streamId, events.length - 1) };
  }

  /**
   * Scale runs: decides the steps one by one like `run`, then appends them in one write with a
   * single context naming the batch (the per-command actors are then not kept in metadata),
   * recorded at the date of the last step.
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
      const context = contextFor({
        command: { type: commandName, data: null },
        actor,
        reason: `demo history: ${steps
          .map((s) => s.command.type)
          .join(', ')
          .slice(0, 200)}`,
      });
      const result = await this.pipeline.appendDecided(
        this.streamId,
        all,
        context,
        this.revision < 0 ? 'no_stream' : this.revision,
        storyInstant(steps[steps.length - 1].date),
      );
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
      throw new Error(
        `demo: ${step.command.type} on ${this.streamId} (${step.date}) refused: ${(e as Error).message}`,
        { cause: e },
      );
    }
  }
}

export function contextFor(
  step: Pick<Step<Message>, 'command' | 'actor' | 'reason'>,
  correlationId?: string,
  causationId?: string,
): CommandContext {
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
export async function inParallel<T>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
