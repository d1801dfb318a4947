import type { ActivityInput, ActivityKind, PairingCommand, PlannedActivities } from '@kn/twinning';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import {
  CORRECTION_REASONS,
  eraOf,
  GIFT_ITEMS,
  PLAN_OBJECTIVES,
  STUDY_DESTINATIONS,
  SUMMARIES,
  VOID_REASONS,
} from './activities.data.js';
import { pairingPlace, type DemoPairing } from './pairing-place.js';
import { addDays, demoId, Random, roundTo } from './random.js';
import { MERGER_ON } from './territory.plan.js';

/** The yearly plan (from 2016, as the conclusion asked), the activities, and a few corrections and voids. */
export function activitySteps(
  seed: number,
  p: DemoPairing,
  cast: DemoCast,
  households: readonly string[],
  today: string,
): Step<PairingCommand>[] {
  const random = Random.for(seed, `activities:${p.id}`);
  const last = [p.end?.on ?? today, today].sort()[0];
  const steps: Step<PairingCommand>[] = [];
  const staff = cast.staff(p.organization.id);
  for (let year = Number(p.establishedOn.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const era = eraOf(year);
    const count = random.int(era.perYear[0], era.perYear[1]);
    const from = [p.establishedOn, `${year}-01-02`].sort()[1];
    const to = [last, `${year}-12-28`].sort()[0];
    if (from > to) continue;
    if (year >= 2016)
      steps.push({
        date: from,
        actor: staff,
        command: { type: 'AdoptPairingPlan', data: plan(random, year, era.mix) },
      });
    for (let i = 0; i < count; i++) {
      const kind = random.weighted(era.mix);
      let date = random.dateBetween(from, to);
      if (date === MERGER_ON) date = addDays(date, -1);
      const initiator =
        kind === 'gift'
          ? 'organization'
          : random.chance(era.communeInitiated * (kind === 'exchange' || kind === 'study_tour' ? 1.8 : 1))
            ? 'commune'
            : 'organization';
      const activity = buildActivity(
        random,
        kind,
        demoId(seed, `activity:${p.id}:${year}:${i}`),
        date,
        initiator,
        p,
        households,
      );
      const actor = initiator === 'commune' ? cast.officer(p.commune.id) : staff;
      steps.push({ date, actor, command: { type: 'RecordActivity', data: { activity, today } } });
      if (random.chance(0.025)) {
        const reason = random.pick(CORRECTION_REASONS);
        const changes = {
          participants: {
            organizationMembers: activity.participants.organizationMembers + random.int(1, 5),
            residents: activity.participants.residents + random.int(5, 40),
          },
        };
        steps.push({
          date: [addDays(date, random.int(2, 20)), last].sort()[0],
          actor: staff,
          reason,
          command: { type: 'CorrectActivityRecord', data: { activityId: activity.activityId, changes, reason, today } },
        });
      } else if (random.chance(0.012)) {
        const reason = random.pick(VOID_REASONS);
        steps.push({
          date: [addDays(date, random.int(1, 10)), last].sort()[0],
          actor: staff,
          reason,
          command: { type: 'VoidActivityRecord', data: { activityId: activity.activityId, reason } },
        });
      }
    }
  }
  return steps;
}

function plan(
  random: Random,
  year: number,
  mix: readonly (readonly [ActivityKind, number])[],
): { year: number; objectives: string[]; plannedActivities: PlannedActivities; budgetVnd: number } {
  const planned: Record<string, number> = {};
  for (const [kind, weight] of mix) if (weight >= 10) planned[kind] = Math.max(1, Math.round(weight / 12));
  return {
    year,
    objectives: random.sample(PLAN_OBJECTIVES, 3),
    plannedActivities: planned as PlannedActivities,
    budgetVnd: roundTo(random.int(30, 150) * 1_000_000, 5_000_000),
  };
}

function buildActivity(
  random: Random,
  kind: ActivityKind,
  activityId: string,
  occurredOn: string,
  initiator: 'organization' | 'commune',
  p: DemoPairing,
  households: readonly string[],
): ActivityInput {
  const beneficiaries =
    occurredOn >= '2014-01-01' && households.length ? random.sample(households, random.int(0, 8)) : [];
  const common = {
    activityId,
    occurredOn,
    initiator,
    locationAdminUnitId: kind === 'study_tour' ? null : pairingPlace(p, occurredOn),
    participants: {
      organizationMembers: random.int(4, 40),
      residents: kind === 'study_tour' ? random.int(8, 25) : random.int(20, 300),
    },
    summary: random.pick(SUMMARIES[kind]),
    beneficiaryHouseholdIds: kind === 'gift' || kind === 'visit' ? beneficiaries : [],
  };
  switch (kind) {
    case 'gift': {
      const items = random.sample(GIFT_ITEMS, random.int(1, 3)).map((it) => {
        const quantity = random.int(it.qty[0], it.qty[1]);
        return { name: it.name, quantity, unit: it.unit, valueVnd: quantity * it.price };
      });
      const value = items.reduce((s, it) => s + it.valueVnd, 0);
      return {
        ...common,
        kind,
        items,
        recipient: beneficiaries.length ? 'households' : random.pick(['commune', 'village', 'school'] as const),
        resources: [
          {
            type: 'in_kind',
            valueVnd: value,
            source: random.weighted([
              ['organization_fund', 4],
              ['social_mobilization', 4],
              ['enterprise', 2],
              ['state_budget', 1],
            ] as const),
          },
        ],
      };
    }
    case 'visit':
      return {
        ...common,
        kind,
        resources: [
          { type: 'cash', valueVnd: roundTo(random.int(2, 20) * 1_000_000, 500_000), source: 'organization_fund' },
        ],
      };
    case 'exchange':
      return {
        ...common,
        kind,
        exchangeKind: random.pick(['cultural', 'sports'] as const),
        resources: [
          {
            type: 'cash',
            valueVnd: roundTo(random.int(3, 25) * 1_000_000, 1_000_000),
            source: random.pick(['organization_fund', 'social_mobilization'] as const),
          },
        ],
      };
    case 'outreach':
      return {
        ...common,
        kind,
        topics: random.sample(
          [
            'party_policy',
            'law',
            'science_technology',
            'customs_reform',
            'hygiene_environment',
            'reproductive_health',
            'family_planning',
            'security',
          ] as const,
          random.int(1, 3),
        ),
      };
    case 'immersion_stay':
      return {
        ...common,
        kind,
        nights: random.int(1, 5),
        hostHouseholdIds: households.length ? random.sample(households, random.int(1, 4)) : [],
        resources: [{ type: 'labour_days', valueVnd: random.int(10, 60) * 200_000, source: 'organization_fund' }],
      };
    case 'study_tour': {
      const d = random.pick(STUDY_DESTINATIONS);
      return {
        ...common,
        kind,
        locationName: d.destination,
        destination: d.destination,
        modelsStudied: [...d.models],
        resources: [
          {
            type: 'cash',
            valueVnd: roundTo(random.int(15, 60) * 1_000_000, 1_000_000),
            source: random.pick(['state_budget', 'organization_fund'] as const),
          },
        ],
      };
    }
    case 'volunteer_work': {
      const labourDays = random.int(20, 300);
      return {
        ...common,
        kind,
        labourDays,
        resources: [{ type: 'labour_days', valueVnd: labourDays * 200_000, source: 'organization_fund' }],
      };
    }
  }
}
