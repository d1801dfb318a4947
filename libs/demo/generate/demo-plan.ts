import type { DemoCast } from './cast.js';
import { organizationSteps, planOrganizations, type DemoOrganization } from './organizations.plan.js';
import { pairingSteps, planPairings, type DemoPairing } from './pairings.plan.js';
import { projectSteps } from './projects.plan.js';
import { planHousehold } from './households.plan.js';
import { householdCountSteps } from './household-counts.plan.js';
import { reportDraftSteps } from './report-drafts.plan.js';
import { planTerritory, type Territory } from './territory.plan.js';
import { reformSteps, territoryBeforeMerger } from './territory.steps.js';
import { MERGER_ON, PROGRAM_START } from './territory.plan.js';
import { REFORM_STAGE } from './reform.stages.js';
import type { Step } from '../load/stream-writer.js';
import type { Message } from '@kn/shared';

export type StreamKind =
  'adminunit' | 'organization' | 'pairing' | 'project' | 'householdcount' | 'household' | 'report';
/** A step of a small stream, in the province-wide queue ordered by business date. */
export interface QueuedStep {
  readonly kind: StreamKind;
  readonly id: string;
  readonly step: Step<Message>;
}

export interface DemoPlan {
  readonly seed: number;
  readonly households: number;
  readonly territory: Territory;
  readonly organizations: readonly DemoOrganization[];
  readonly pairings: readonly DemoPairing[];
  /** Pairings by the commune they lie in: the sponsors of that commune's households. */
  readonly sponsors: ReadonlyMap<string, readonly DemoPairing[]>;
  /** Units and organisations as they stood at the start (written first). */
  readonly foundation: readonly QueuedStep[];
  /** Everything else of the small streams, in story order (by date; on the reform's day by stage). */
  readonly queue: readonly QueuedStep[];
}

/** A step's place in a day: the reform's stages on 2025-07-01, everything else of that day after them. */
export const stageOf = (step: Step<Message>): number => step.stage ?? (step.date === MERGER_ON ? REFORM_STAGE.rest : 0);
export const inStoryOrder = (a: QueuedStep, b: QueuedStep): number =>
  a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : stageOf(a.step) - stageOf(b.step);

/** Everything but the households, which are generated one at a time from their index. */
export function planDemo(seed: number, households: number, cast: DemoCast, today: string): DemoPlan {
  const territory = planTerritory(seed);
  const organizations = planOrganizations(seed);
  const pairings = planPairings(seed, territory, organizations);
  const sponsors = new Map<string, DemoPairing[]>();
  for (const p of pairings) sponsors.set(p.commune.id, [...(sponsors.get(p.commune.id) ?? []), p]);
  const hosts = householdSample(seed, households, territory, sponsors, cast, today);
  const foundation: QueuedStep[] = [];
  const queue: QueuedStep[] = [];
  for (const u of territoryBeforeMerger(territory, cast))
    u.steps.forEach((step, i) => (i === 0 ? foundation : queue).push({ kind: 'adminunit', id: u.unitId, step }));
  // Only what stood at the start is foundation: a later registration takes its place in the story.
  for (const o of organizations)
    organizationSteps(o, cast, organizations).forEach((step, i) =>
      (i === 0 && step.date === PROGRAM_START ? foundation : queue).push({ kind: 'organization', id: o.id, step }),
    );
  for (const p of pairings)
    for (const step of pairingSteps(seed, p, cast, hosts, today)) queue.push({ kind: 'pairing', id: p.id, step });
  for (const p of projectSteps(seed, pairings, cast, today))
    for (const step of p.steps) queue.push({ kind: 'project', id: p.projectId, step });
  for (const c of householdCountSteps(seed, households, territory, sponsors, cast, today))
    for (const step of c.steps) queue.push({ kind: 'householdcount', id: c.communeId, step });
  for (const step of reportDraftSteps(seed, cast, today))
    queue.push({ kind: 'report', id: String(step.command.data.year), step });
  if (MERGER_ON <= today)
    for (const r of reformSteps(territory, cast)) queue.push({ kind: 'adminunit', id: r.unitId, step: r.step });
  return {
    seed,
    households,
    territory,
    organizations,
    pairings,
    sponsors,
    foundation,
    queue: queue.sort(inStoryOrder),
  };
}

/** Up to 30 households registered in 2013 per commune: hosts of stays and recipients of gifts. */
function householdSample(
  seed: number,
  households: number,
  t: Territory,
  sponsors: Map<string, DemoPairing[]>,
  cast: DemoCast,
  today: string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < Math.min(households, 6000); i++) {
    const h = planHousehold(seed, i, t, sponsors, cast, today);
    const list = out.get(h.commune.id) ?? [];
    if (list.length < 30 && h.registeredOn < '2014-01-01') out.set(h.commune.id, [...list, h.id]);
  }
  return out;
}
