import type { HouseholdCommand, PersonalData } from '@kn/households';
import { isUrbanCommuneType } from '@kn/territory';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import {
  COMMITMENT_CANCEL_REASONS,
  COMMITMENTS,
  deprivationCodes,
  ERASURE_REASON,
  LATENT_DEPRIVATIONS,
  standardForReview,
  YEAR_SHOCK,
  type Latent,
} from './households.data.js';
import { ETHNIC_GROUPS, individualSponsor, personName } from './names.js';
import { organizationAt, type DemoPairing } from './pairings.plan.js';
import { organizationDecisionKey } from './organizations.plan.js';
import { RESTRUCTURING_ON } from './organizations.data.js';
import { addDays, demoId, Random, roundTo } from './random.js';
import { MERGER_ON, type DemoCommune, type DemoVillage, type Territory } from './territory.plan.js';
import { communeTypeOf, MERGE_DECISION } from './territory.data.js';
import { REFORM_STAGE } from './reform.stages.js';

export interface DemoHousehold {
  readonly id: string;
  readonly commune: DemoCommune;
  readonly village: DemoVillage;
  readonly registeredOn: string;
  readonly head: PersonalData;
  /** RegisterHousehold first (its `head` is sealed by the loader), then the years of the story. */
  readonly steps: Step<HouseholdCommand>[];
}

export const PLACEHOLDER_HEAD = { keyId: 'unsealed', ciphertext: 'v1.unsealed' } as const;

export function placeHousehold(
  seed: number,
  index: number,
  t: Territory,
): { village: DemoVillage; commune: DemoCommune; random: Random } {
  const random = Random.for(seed, `household:${index}`);
  const total = t.villages[t.villages.length - 1].upTo;
  const r = random.next() * total;
  let lo = 0;
  let hi = t.villages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.villages[mid].upTo > r) hi = mid;
    else lo = mid + 1;
  }
  return { ...t.villages[lo], random };
}

export const householdId = (seed: number, index: number) => demoId(seed, `household:${index}`);

function ethnicityOf(random: Random, commune: DemoCommune, village: DemoVillage): string {
  if (village.mixed) return random.chance(0.5) ? 'Kinh' : random.pick(ETHNIC_GROUPS);
  if (commune.row.ethnic.length === 0) return random.chance(0.92) ? 'Kinh' : random.pick(ETHNIC_GROUPS);
  return random.chance(0.06) ? 'Kinh' : random.weighted(commune.row.ethnic);
}

export function planHousehold(
  seed: number,
  index: number,
  t: Territory,
  sponsors: ReadonlyMap<string, readonly DemoPairing[]>,
  cast: DemoCast,
  today: string,
): DemoHousehold {
  const { village, commune, random } = placeHousehold(seed, index, t);
  const id = householdId(seed, index);
  const ethnicity = ethnicityOf(random, commune, village);
  const minority = ethnicity !== 'Kinh';
  const gender = random.chance(0.3) ? 'female' : 'male';
  const head: PersonalData = {
    fullName: personName(random, ethnicity, gender),
    birthYear: random.int(1950, 1996),
    gender,
    idNumber: `060${random.int(0, 1)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
  };
  const lateYear = random.int(2014, 2023);
  const registeredOn = random.chance(0.85)
    ? random.dateBetween('2013-09-01', '2013-10-31')
    : random.dateBetween(`${lateYear}-03-01`, `${lateYear}-10-31`);
  let members = random.int(2, 8);
  const officer = cast.officer(commune.id);
  const area = isUrbanCommuneType(communeTypeOf(commune.row)) ? 'urban' : 'rural';
  const steps: Step<HouseholdCommand>[] = [
    {
      date: registeredOn,
      actor: officer,
      command: {
        type: 'RegisterHousehold',
        data: {
          householdId: id,
          today,
          communeId: commune.id,
          villageId: village.id,
          code: `HGĐ-${commune.code}-${String(index + 1).padStart(7, '0')}`,
          head: PLACEHOLDER_HEAD,
          ethnicity,
          memberCount: members,
          area,
          registeredOn,
        },
      },
    },
  ];
  const life = new Life(
    random,
    minority,
    commune.row.extremelyDifficult === true,
    !commune.row.target && !village.mixed,
  );
  const firstYear = Number(registeredOn.slice(0, 4));
  const lastYear = Number(today.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const assessedOn = random.dateBetween(`${year}-11-01`, `${year}-12-10`);
    if (assessedOn <= registeredOn || assessedOn > today) continue;
    if (year > firstYear) life.grow(year);
    if (random.chance(0.03) && year > firstYear && year < lastYear) {
      members = members + (members <= 2 || random.chance(0.6) ? 1 : -1);
      steps.push({
        date: `${year}-06-15`,
        actor: officer,
        command: {
          type: 'ChangeHouseholdMembers',
          data: { householdId: id, today, memberCount: members, effectiveOn: `${year}-06-15` },
        },
      });
    }
    const standard = standardForReview(year);
    steps.push({
      date: assessedOn,
      actor: officer,
      command: {
        type: 'AssessPoverty',
        data: {
          householdId: id,
          today,
          reviewYear: year,
          assessedOn,
          standard: standard.code,
          incomePerCapitaVnd: roundTo(life.income, 1000),
          deprivations: deprivationCodes(standard, life.latent),
        },
      },
    });
    if (life.needsSupport(year, area) && random.chance(year <= 2015 ? 0.12 : year <= 2019 ? 0.55 : 0.8))
      steps.push(...life.commit(id, year, assessedOn, sponsors.get(commune.id) ?? [], officer, cast, today));
  }
  if (registeredOn < MERGER_ON && MERGER_ON <= today) steps.push(...reformTransfers(id, t, commune, village, cast));
  if (index % 1709 === 700 && '2025-12-22' <= today)
    steps.push({
      date: '2025-12-22',
      actor: cast.supervisor,
      reason: ERASURE_REASON,
      command: {
        type: 'EraseHouseholdPersonalData',
        data: { householdId: id, reason: ERASURE_REASON, erasedOn: '2025-12-22' },
      },
    });
  if (RESTRUCTURING_ON <= today) steps.push(...sponsorHandOvers(id, steps, sponsors.get(commune.id) ?? [], cast));
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { id, commune, village, registeredOn, head, steps };
}

/**
 * Where the reform took a household on 2025-07-01: thôn Nha Mé's households first to Chí Công
 * (the village transfer), then every household of a merged commune to the merged commune.
 */
function reformTransfers(
  householdId: string,
  t: Territory,
  commune: DemoCommune,
  village: DemoVillage,
  cast: DemoCast,
): Step<HouseholdCommand>[] {
  const transfer = (
    from: DemoCommune,
    to: DemoCommune | string,
    stage: number,
    decidedBy: string,
  ): Step<HouseholdCommand> => ({
    date: MERGER_ON,
    actor: cast.system,
    stage,
    causedBy: `commune:${decidedBy}`,
    command: {
      type: 'TransferHousehold',
      data: {
        householdId,
        fromCommuneId: from.id,
        toCommuneId: typeof to === 'string' ? to : to.id,
        effectiveOn: MERGER_ON,
        mergeDecisionRef: MERGE_DECISION,
      },
    },
  });
  const steps: Step<HouseholdCommand>[] = [];
  let home = commune;
  if (village.id === t.villageTransfer.village.id) {
    home = t.villageTransfer.to;
    steps.push(transfer(commune, home, REFORM_STAGE.villageHouseholds, home.successorId));
  }
  if (home.successorId !== home.id)
    steps.push(transfer(home, home.successorId, REFORM_STAGE.followers, home.successorId));
  return steps;
}

/** Commitments still open on 2025-03-01 whose sponsor merged pass to the merged organisation (as the automation does). */
function sponsorHandOvers(
  householdId: string,
  steps: readonly Step<HouseholdCommand>[],
  pairings: readonly DemoPairing[],
  cast: DemoCast,
): Step<HouseholdCommand>[] {
  const out: Step<HouseholdCommand>[] = [];
  for (const step of steps) {
    const c = step.command;
    if (c.type !== 'CommitSupport' || c.data.committedOn >= RESTRUCTURING_ON || !('organizationId' in c.data.sponsor))
      continue;
    const sponsorId = c.data.sponsor.organizationId;
    if (!sponsorId) continue;
    const into = pairings.map((p) => p.organization).find((o) => o.id === sponsorId)?.mergedInto;
    if (!into?.decisionRef) continue;
    const closed = steps.some(
      (s) =>
        (s.command.type === 'FulfilSupportCommitment' || s.command.type === 'CancelSupportCommitment') &&
        s.command.data.commitmentId === c.data.commitmentId &&
        s.date <= RESTRUCTURING_ON,
    );
    if (closed) continue;
    out.push({
      date: RESTRUCTURING_ON,
      actor: cast.system,
      stage: REFORM_STAGE.followers,
      causedBy: organizationDecisionKey(into),
      command: {
        type: 'HandOverSupportSponsor',
        data: {
          householdId,
          commitmentId: c.data.commitmentId,
          fromOrganizationId: sponsorId,
          toOrganizationId: into.id,
          effectiveOn: RESTRUCTURING_ON,
          decisionRef: into.decisionRef,
        },
      },
    });
  }
  return out;
}

/** A household's income and deprivations across the years. */
class Life {
  income: number;
  readonly latent = new Set<Latent>();
  private readonly ability: number;

  constructor(
    private readonly random: Random,
    minority: boolean,
    difficult: boolean,
    lowland: boolean,
  ) {
    const median = lowland ? 1_000_000 : minority ? (difficult ? 330_000 : 420_000) : 620_000;
    this.income = Math.max(120_000, median * Math.exp(random.normal(0, 0.38)));
    this.ability = random.normal(0, 1);
    const count = lowland ? random.int(0, 2) : random.int(minority ? 2 : 0, minority ? 7 : 3);
    for (const c of random.sample(LATENT_DEPRIVATIONS, count)) this.latent.add(c);
  }

  grow(year: number): void {
    const illness = this.random.chance(0.035) ? -0.35 : 0;
    this.income = Math.max(
      100_000,
      this.income *
        (1 + 0.105 + 0.035 * this.ability + (YEAR_SHOCK[year] ?? 0) + illness + this.random.normal(0, 0.07)),
    );
    for (const c of [...this.latent]) if (this.random.chance(0.11)) this.latent.delete(c);
    if (this.random.chance(0.04)) this.latent.add(this.random.pick(LATENT_DEPRIVATIONS));
  }

  needsSupport(year: number, area: 'rural' | 'urban'): boolean {
    const line = year <= 2015 ? 400_000 : year <= 2021 ? 1_000_000 : year <= 2025 ? 1_500_000 : 2_200_000;
    return this.income <= line * (area === 'urban' ? 1.3 : 1);
  }

  commit(
    householdId: string,
    year: number,
    reviewedOn: string,
    pairings: readonly DemoPairing[],
    officer: Step<HouseholdCommand>['actor'],
    cast: DemoCast,
    today: string,
  ): Step<HouseholdCommand>[] {
    const r = this.random;
    const kind = r.weighted(COMMITMENTS.map((c) => [c, c.weight] as const));
    const committedOn = addDays(reviewedOn, r.int(10, 60));
    const dueOn = addDays(committedOn, year >= 2025 ? r.int(300, 450) : r.int(90, 300));
    const sponsorPairing = pairings.filter(
      (p) => (!p.organization.dissolvedOn || p.organization.dissolvedOn > dueOn) && p.establishedOn < committedOn,
    );
    const pairing = sponsorPairing.length && r.chance(0.75) ? r.pick(sponsorPairing) : null;
    const by = pairing ? organizationAt(pairing, committedOn) : null;
    const actor = by ? cast.staff(by.id) : officer;
    const commitmentId = demoId(year, `commitment:${householdId}`);
    const valueVnd = roundTo(r.int(kind.value[0], kind.value[1]) * 1_000_000, 500_000);
    const data = { householdId, commitmentId, kind: kind.kind, description: kind.text, valueVnd, dueOn, committedOn };
    const steps: Step<HouseholdCommand>[] = [
      {
        date: committedOn,
        actor,
        command: {
          type: 'CommitSupport',
          data: { ...data, sponsor: by ? { organizationId: by.id } : { individualName: individualSponsor(r) } },
        },
      },
    ];
    if (committedOn > today) return [];
    const fate = r.next();
    const recent = dueOn >= addDays(today, -180);
    if (fate < 0.07) {
      const reason = r.pick(COMMITMENT_CANCEL_REASONS);
      const on = addDays(committedOn, r.int(20, 120));
      if (on <= today)
        steps.push({
          date: on,
          actor,
          reason,
          command: { type: 'CancelSupportCommitment', data: { householdId, commitmentId, reason, cancelledOn: on } },
        });
      return steps;
    }
    const parts = fate < (recent ? 0.45 : 0.9) ? r.int(1, 2) : fate < 0.95 ? 1 : 0;
    const whole = parts > 0 && fate < (recent ? 0.45 : 0.9);
    let delivered = 0;
    let on = committedOn;
    for (let i = 0; i < parts; i++) {
      on = addDays(on, r.int(15, 80));
      if (on > today) break;
      const value = whole && i === parts - 1 ? valueVnd - delivered : roundTo(valueVnd / 2, 500_000);
      delivered += value;
      steps.push({
        date: on,
        actor,
        command: {
          type: 'DeliverSupport',
          data: {
            householdId,
            commitmentId,
            deliveryId: demoId(year, `${commitmentId}:${i}`),
            deliveredOn: on,
            description: `${kind.text} (đợt ${i + 1})`,
            valueVnd: value,
            today,
          },
        },
      });
      if (whole && i === parts - 1) {
        steps.push({
          date: on,
          actor,
          command: { type: 'FulfilSupportCommitment', data: { householdId, commitmentId, fulfilledOn: on, today } },
        });
        if (kind.removes) this.latent.delete(kind.removes);
        this.income *= 1 + (kind.boost ?? 0);
      }
    }
    return steps;
  }
}
