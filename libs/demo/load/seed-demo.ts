import type { CommandPipeline } from '@kn/platform';
import { householdCountDecider, householdCountStream, householdDecider, householdStream, type HouseholdCommand, type PersonalDataVault } from '@kn/households';
import { adminUnitDecider, adminUnitStream } from '@kn/territory';
import { organizationDecider, organizationStream } from '@kn/organizations';
import { pairingDecider, pairingStream, projectDecider, projectStream } from '@kn/twinning';
import type { Decider, Message } from '@kn/shared';
import type { DemoCast } from '../generate/cast.js';
import { planDemo, type DemoPlan, type QueuedStep, type StreamKind } from '../generate/demo-plan.js';
import { planHousehold } from '../generate/households.plan.js';
import { MERGER_ON } from '../generate/territory.plan.js';
import { districtEndSteps, mergeSteps } from '../generate/territory.steps.js';
import { inParallel, StreamWriter, type Step, type WriteStats } from './stream-writer.js';

export interface DemoOptions {
  readonly seed: number;
  readonly households: number;
  /** Households written at the same time (each household's own commands stay in order). */
  readonly concurrency?: number;
  /** Append each household's phase in one write (scale runs); default: one append per command. */
  readonly batchHouseholds?: boolean;
  /**
   * Decide each household's whole story at once, in the first phase (an import that sorts events
   * by recorded time afterwards needs no phases, and saves re-planning and re-deciding them).
   */
  readonly householdsInOnePass?: boolean;
  /** Vietnam's calendar date; defaults to today. */
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

export interface DemoReport { readonly events: number; readonly commands: number; readonly households: number; readonly seconds: number; readonly plan: DemoPlan }

type AnyWriter = StreamWriter<Message, Message, unknown>;
const DECIDERS: Record<StreamKind, { decider: unknown; stream: (id: string) => string }> = {
  adminunit: { decider: adminUnitDecider, stream: adminUnitStream },
  organization: { decider: organizationDecider, stream: organizationStream },
  pairing: { decider: pairingDecider, stream: pairingStream },
  project: { decider: projectDecider, stream: projectStream },
  householdcount: { decider: householdCountDecider, stream: householdCountStream },
};

/**
 * Loads the demo province in the order the story happened, in three phases around the
 * 2025-07-01 merger so that every command meets the facts it would have met: (A) the province
 * until the merger, (B) the merger — successors, then households and pairings following them,
 * then the predecessors marked merged and the districts ended — and (C) the rest of 2025.
 */
export async function seedDemo(deps: DemoDeps, options: DemoOptions): Promise<DemoReport> {
  const started = Date.now();
  const plan = planDemo(options.seed, options.households, deps.cast, options.today);
  const stats: WriteStats = { events: 0, commands: 0 };
  const writers = new Map<string, AnyWriter>();
  const writer = (kind: StreamKind, id: string): AnyWriter => {
    const key = `${kind}:${id}`;
    let w = writers.get(key);
    if (!w) writers.set(key, (w = new StreamWriter(DECIDERS[kind].stream(id), DECIDERS[kind].decider as Decider<Message, Message, unknown>, deps.pipeline, stats)));
    return w;
  };
  const run = async (q: QueuedStep) => {
    const w = writer(q.kind, q.id);
    const events = await w.run(q.step);
    if (events.length) deps.observe?.(w.streamId, events, q.step);
  };
  const total = plan.foundation.length + plan.queue.length + 2 * options.households;
  let done = 0;
  const tick = (phase: string, n = 1) => options.onProgress?.({ phase, done: (done += n), total });
  const households = new HouseholdRunner(plan, deps, options, stats);

  for (const q of plan.foundation) (await run(q), tick('territory'));
  await households.phase(options.householdsInOnePass ? 'all' : 'before', () => tick('households'));
  const inPhase = (from: string, to: string) => plan.queue.filter((q) => q.step.date >= from && q.step.date < to);
  for (const q of inPhase('0000', MERGER_ON)) (await run(q), tick('pairings'));

  const atMerger = plan.queue.filter((q) => q.step.date === MERGER_ON && (q.step.command.type === 'TransferPairing' || q.step.command.type === 'EndPairing'));
  const merges = plan.territory.merges.map((m) => mergeSteps(plan.territory, m, deps.cast));
  for (const [i, m] of merges.entries()) for (const step of m.successor) await run({ kind: 'adminunit', id: plan.territory.merges[i].successor.id, step });
  for (const q of atMerger) await run(q);
  if (!options.householdsInOnePass) await households.phase('merger', () => undefined);
  for (const m of merges) for (const p of m.predecessors) await run({ kind: 'adminunit', id: p.unitId, step: p.step });
  for (const d of districtEndSteps(plan.territory, deps.cast)) for (const step of d.steps) await run({ kind: 'adminunit', id: d.unitId, step });

  if (!options.householdsInOnePass) await households.phase('after', () => tick('households'));
  for (const q of inPhase(MERGER_ON, '9999')) if (!atMerger.includes(q)) (await run(q), tick('pairings'));
  return { events: stats.events, commands: stats.commands, households: options.households, seconds: (Date.now() - started) / 1000, plan };
}

type Phase = 'before' | 'merger' | 'after';
type Pass = Phase | 'all';
const phaseOf = (step: Step<HouseholdCommand>): Phase =>
  step.command.type === 'TransferHousehold' ? 'merger' : step.date < MERGER_ON ? 'before' : 'after';

/** Households are regenerated from their index in each phase, so none is held in memory. */
class HouseholdRunner {
  constructor(private readonly plan: DemoPlan, private readonly deps: DemoDeps, private readonly options: DemoOptions, private readonly stats: WriteStats) {}

  async phase(phase: Pass, tick: () => void): Promise<void> {
    await inParallel(indices(this.options.households), this.options.concurrency ?? 32, async (i) => {
      await this.one(i, phase);
      tick();
    });
  }

  private async one(index: number, phase: Pass): Promise<void> {
    const { plan, deps, options } = this;
    const h = planHousehold(plan.seed, index, plan.territory, plan.sponsors, deps.cast, options.today);
    const w = new StreamWriter(householdStream(h.id), householdDecider, deps.pipeline, this.stats);
    const order: Phase[] = ['before', 'merger', 'after'];
    if (phase !== 'all') for (const p of order.slice(0, order.indexOf(phase))) for (const step of h.steps) if (phaseOf(step) === p) w.replay(step);
    const ready: Step<HouseholdCommand>[] = [];
    for (const step of h.steps) {
      if (phase !== 'all' && phaseOf(step) !== phase) continue;
      const vault = deps.vault;
      ready.push(step.command.type === 'RegisterHousehold' && vault ? await this.sealed(step, h.id, h.head)
        : step.command.type === 'EraseHouseholdPersonalData' && vault ? { ...step, before: () => vault.erase(h.id) } : step);
    }
    if (options.batchHouseholds) {
      const events = await w.runBatch(ready, 'SeedDemoHousehold', deps.cast.system);
      if (events.length && ready.length) deps.observe?.(w.streamId, events, ready[ready.length - 1] as Step<Message>);
      return;
    }
    for (const step of ready) {
      const events = await w.run(step);
      if (events.length) deps.observe?.(w.streamId, events, step as Step<Message>);
    }
  }

  private async sealed(step: Step<HouseholdCommand>, id: string, head: Parameters<PersonalDataVault['seal']>[1]): Promise<Step<HouseholdCommand>> {
    const command = step.command;
    if (command.type !== 'RegisterHousehold' || !this.deps.vault) return step;
    return { ...step, command: { ...command, data: { ...command.data, head: await this.deps.vault.seal(id, head) } } };
  }
}

function* indices(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
