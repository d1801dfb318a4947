import type { CommandPipeline } from '@kn/platform';
import {
  householdCountDecider,
  householdCountStream,
  householdDecider,
  householdStream,
  type HouseholdCommand,
  type PersonalData,
  type PersonalDataVault,
} from '@kn/households';
import { adminUnitDecider, adminUnitStream } from '@kn/territory';
import { organizationDecider, organizationStream } from '@kn/organizations';
import { pairingDecider, pairingStream, projectDecider, projectStream } from '@kn/twinning';
import { annualReportDecider, annualReportStream } from '@kn/reporting';
import type { Decider, Message } from '@kn/shared';
import type { DemoCast } from '../generate/cast.js';
import {
  inStoryOrder,
  planDemo,
  stageOf,
  type DemoPlan,
  type QueuedStep,
  type StreamKind,
} from '../generate/demo-plan.js';
import { planHousehold, type DemoHousehold } from '../generate/households.plan.js';
import { demoId } from '../generate/random.js';
import { inParallel, StreamWriter, type Step, type WriteStats } from './stream-writer.js';

export interface DemoOptions {
  readonly seed: number;
  readonly households: number;
  /** Streams written at the same time within one day of the story (each stream's own steps stay in order). */
  readonly concurrency?: number;
  /** Append each household's whole history in one write after the rest (scale runs); default: one append per command, in story order. */
  readonly batchHouseholds?: boolean;
  /**
   * Accepted for the bulk import (`importDemo`): the story is always decided day by day here,
   * each household's steps in order with everything else of its day, so there are no phases.
   */
  readonly householdsInOnePass?: boolean;
  /** Vietnam's calendar date; the story runs up to it. */
  readonly today: string;
  readonly onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export interface DemoDeps {
  /** Null: decide everything but write nothing (a dry run, used by the determinism test). */
  readonly pipeline: CommandPipeline | null;
  readonly vault: PersonalDataVault | null;
  readonly cast: DemoCast;
  /** Receives every decided event with the step that decided it (dry runs, tests, the bulk import). */
  readonly observe?: (streamId: string, events: readonly Message[], step: Step<Message>) => void;
}

export interface DemoReport {
  readonly events: number;
  readonly commands: number;
  readonly households: number;
  readonly seconds: number;
  readonly plan: DemoPlan;
}

type AnyWriter = StreamWriter<Message, Message, unknown>;
/** Below the store's pool (10 connections), so writers never queue for one while the projections read. */
const DEFAULT_CONCURRENCY = 8;
const DECIDERS: Record<StreamKind, { decider: unknown; stream: (id: string) => string }> = {
  adminunit: { decider: adminUnitDecider, stream: adminUnitStream },
  organization: { decider: organizationDecider, stream: organizationStream },
  pairing: { decider: pairingDecider, stream: pairingStream },
  project: { decider: projectDecider, stream: projectStream },
  householdcount: { decider: householdCountDecider, stream: householdCountStream },
  household: { decider: householdDecider, stream: householdStream },
  report: { decider: annualReportDecider, stream: (year) => annualReportStream(Number(year)) },
};

/**
 * Loads the demo province in the order the story happened, day by day, each event recorded at
 * its story date (as `log:import` writes an exported log), so an as-of view of a past day shows
 * what had been recorded by then. Within a day the streams are written side by side; on
 * 2025-07-01 the reform runs stage by stage (REFORM_STAGE), each follower naming its decision.
 */
export async function seedDemo(deps: DemoDeps, options: DemoOptions): Promise<DemoReport> {
  const started = Date.now();
  const plan = planDemo(options.seed, options.households, deps.cast, options.today);
  const households = Array.from({ length: options.households }, (_, i) =>
    planHousehold(plan.seed, i, plan.territory, plan.sponsors, deps.cast, options.today),
  );
  const load = new DemoLoad(plan.seed, deps, options, new Map(households.map((h) => [h.id, h.head])));
  const timeline = options.batchHouseholds
    ? [...plan.queue]
    : [...plan.queue, ...households.flatMap(householdSteps)].sort(inStoryOrder);
  const total = plan.foundation.length + timeline.length + (options.batchHouseholds ? households.length : 0);
  for (const q of plan.foundation) await load.run(q);
  load.progress('territory', plan.foundation.length, total);
  for (const group of byDayAndStage(timeline)) {
    await inParallel(byStream(group).values(), options.concurrency ?? DEFAULT_CONCURRENCY, async (steps) => {
      for (const q of steps) await load.run(q);
    });
    load.progress('story', group.length, total);
  }
  if (options.batchHouseholds) {
    await inParallel(households, options.concurrency ?? DEFAULT_CONCURRENCY, (h) => load.batch(h));
    load.progress('households', households.length, total);
  }
  return {
    events: load.stats.events,
    commands: load.stats.commands,
    households: options.households,
    seconds: (Date.now() - started) / 1000,
    plan,
  };
}

function householdSteps(h: DemoHousehold): QueuedStep[] {
  return h.steps.map((step) => ({ kind: 'household' as const, id: h.id, step: step as Step<Message> }));
}

function* byDayAndStage(queue: readonly QueuedStep[]): Generator<QueuedStep[]> {
  let group: QueuedStep[] = [];
  for (const q of queue) {
    const last = group[group.length - 1];
    if (last && (last.step.date !== q.step.date || stageOf(last.step) !== stageOf(q.step))) {
      yield group;
      group = [];
    }
    group.push(q);
  }
  if (group.length) yield group;
}

function byStream(group: readonly QueuedStep[]): Map<string, QueuedStep[]> {
  const out = new Map<string, QueuedStep[]>();
  for (const q of group) {
    const key = `${q.kind}:${q.id}`;
    out.set(key, [...(out.get(key) ?? []), q]);
  }
  return out;
}

/** The writers of every stream, the reform's decisions (for causation) and the running totals. */
class DemoLoad {
  readonly stats: WriteStats = { events: 0, commands: 0 };
  private readonly writers = new Map<string, AnyWriter>();
  private readonly decisions = new Map<string, string>();
  private readonly reform: string;
  private done = 0;

  constructor(
    seed: number,
    private readonly deps: DemoDeps,
    private readonly options: DemoOptions,
    private readonly heads: ReadonlyMap<string, PersonalData>,
  ) {
    this.reform = demoId(seed, 'reform-2025-07-01');
  }

  progress(phase: string, n: number, total: number): void {
    this.options.onProgress?.({ phase, done: (this.done += n), total });
  }

  async run(q: QueuedStep): Promise<void> {
    const w = this.writer(q.kind, q.id);
    const step = await this.prepared(q.kind, q.id, q.step);
    const reform = step.causedBy !== undefined || step.decides !== undefined;
    const causation = step.causedBy ? this.decisions.get(step.causedBy) : undefined;
    const { events, lastEventId } = await withRetries(() =>
      w.runWithId(step, reform ? this.reform : undefined, causation),
    );
    if (step.decides && lastEventId) this.decisions.set(step.decides, lastEventId);
    if (events.length) this.deps.observe?.(w.streamId, events, step);
  }

  async batch(h: DemoHousehold): Promise<void> {
    const w = this.writer('household', h.id);
    const steps = await Promise.all(h.steps.map((s) => this.prepared('household', h.id, s as Step<Message>)));
    const events = await w.runBatch(steps, 'SeedDemoHousehold', this.deps.cast.system);
    if (events.length && steps.length) this.deps.observe?.(w.streamId, events, steps[steps.length - 1]);
  }

  private writer(kind: StreamKind, id: string): AnyWriter {
    const key = `${kind}:${id}`;
    let w = this.writers.get(key);
    if (!w)
      this.writers.set(
        key,
        (w = new StreamWriter(
          DECIDERS[kind].stream(id),
          DECIDERS[kind].decider as Decider<Message, Message, unknown>,
          this.deps.pipeline,
          this.stats,
        )),
      );
    return w;
  }

  /** A household's head is sealed just before registration; an erasure destroys the key just before it is recorded. */
  private async prepared(kind: StreamKind, id: string, step: Step<Message>): Promise<Step<Message>> {
    const vault = this.deps.vault;
    if (kind !== 'household' || !vault) return step;
    const command = step.command as HouseholdCommand;
    const head = this.heads.get(id);
    if (command.type === 'RegisterHousehold' && head)
      return { ...step, command: { ...command, data: { ...command.data, head: await vault.seal(id, head) } } };
    if (command.type === 'EraseHouseholdPersonalData') return { ...step, before: () => vault.erase(id) };
    return step;
  }
}

/**
 * A busy machine can time out a connection: the step is tried again (the writer's state moves
 * on only after an append succeeded). A refused decision or a revision conflict is a bug, not
 * retried.
 */
async function withRetries<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      const transient = e instanceof Error && /timeout|ECONNRESET|Connection terminated/i.test(e.message);
      if (!transient || attempt >= attempts) throw e;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
