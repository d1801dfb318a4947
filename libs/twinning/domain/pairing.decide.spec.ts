import { spec } from '../../../test/support/decider-spec.js';
import type { PairingCommand } from './pairing.commands.js';
import { pairingDecider } from './pairing.decide.js';
import type { PairingEvent } from './pairing.events.js';
import {
  ORG_ID,
  PAIRING_ID,
  SUCCESSOR_ID,
  TODAY,
  UNIT_ID,
  activityRecorded,
  ended,
  established,
} from './pairing.fixtures.js';

const pairing = spec(pairingDecider);

function establish(overrides: Record<string, unknown> = {}): PairingCommand {
  return {
    type: 'EstablishPairing',
    data: {
      pairingId: PAIRING_ID,
      organizationId: ORG_ID,
      adminUnitId: UNIT_ID,
      establishedOn: '2013-08-15',
      decisionRef: '197-TB/VPTU',
      today: TODAY,
      unitActive: true,
      unitKind: 'commune',
      organizationActive: true,
      ...overrides,
    },
  };
}

describe('establishing a pairing', () => {
  it('records the organisation, the unit, the date and the decision', () => {
    pairing.given([]).when(establish()).then([established]);
  });

  it('pairs villages as well as communes', () => {
    const [event] = pairingDecider.decide(establish({ unitKind: 'village' }), pairingDecider.initialState);
    expect(event?.type).toBe('PairingEstablished');
  });

  it.each<[string, Record<string, unknown>]>([
    ['pairing.unit_must_be_active', { unitActive: false }],
    ['pairing.unit_must_be_commune_or_village', { unitKind: 'district' }],
    ['pairing.organization_must_be_active', { organizationActive: false }],
    ['pairing.established_on_in_future', { establishedOn: '2015-11-27' }],
    ['twinning.invalid_date', { establishedOn: '2013-02-30' }],
    ['pairing.decision_ref_required', { decisionRef: ' ' }],
  ])('%s', (code, overrides) => {
    pairing.given([]).when(establish(overrides)).thenRejects(code);
  });

  it('pairing.already_established', () => {
    pairing.given([established]).when(establish()).thenRejects('pairing.already_established');
  });
});

function adopt(overrides: Record<string, unknown> = {}): PairingCommand {
  return {
    type: 'AdoptPairingPlan',
    data: {
      year: 2014,
      objectives: ['Xóa nhà tạm'],
      plannedActivities: { visit: 4, immersion_stay: 1 },
      budgetVnd: 50_000_000,
      ...overrides,
    },
  };
}

describe('adopting a yearly plan', () => {
  it('records objectives, planned counts per kind and budget', () => {
    pairing
      .given([established])
      .when(adopt())
      .then([
        {
          type: 'PairingPlanAdopted',
          data: {
            year: 2014,
            objectives: ['Xóa nhà tạm'],
            plannedActivities: { visit: 4, immersion_stay: 1 },
            budgetVnd: 50_000_000,
          },
        },
      ]);
  });

  it('pairing.not_found when nothing was established', () => {
    pairing.given([]).when(adopt()).thenRejects('pairing.not_found');
  });

  it('pairing.plan_once_per_year', () => {
    const adopted: PairingEvent = {
      type: 'PairingPlanAdopted',
      data: { year: 2014, objectives: [], plannedActivities: { visit: 2 }, budgetVnd: 0 },
    };
    pairing.given([established, adopted]).when(adopt()).thenRejects('pairing.plan_once_per_year');
  });

  it('accepts plans for different years', () => {
    const adopted: PairingEvent = {
      type: 'PairingPlanAdopted',
      data: { year: 2014, objectives: [], plannedActivities: { visit: 2 }, budgetVnd: 0 },
    };
    const [event] = pairingDecider.decide(
      adopt({ year: 2015 }),
      [established, adopted].reduce(pairingDecider.evolve, pairingDecider.initialState),
    );
    expect(event).toMatchObject({ type: 'PairingPlanAdopted', data: { year: 2015 } });
  });

  it('pairing.plan_year_within_pairing_life: not before the year it was established', () => {
    pairing
      .given([established])
      .when(adopt({ year: 2012 }))
      .thenRejects('pairing.plan_year_within_pairing_life');
  });

  it('pairing.plan_year_within_pairing_life: not after the year it ended', () => {
    pairing
      .given([established, ended])
      .when(adopt({ year: 2016 }))
      .thenRejects('pairing.plan_year_within_pairing_life');
  });

  it('accepts a plan for the year an ended pairing ended in', () => {
    const events = pairingDecider.decide(
      adopt({ year: 2015 }),
      [established, ended].reduce(pairingDecider.evolve, pairingDecider.initialState),
    );
    expect(events).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>]>([
    ['pairing.plan_year_invalid', { year: 14 }],
    ['pairing.plan_objectives_invalid', { objectives: [''] }],
    ['pairing.plan_activity_kind_unknown', { plannedActivities: { party: 2 } }],
    ['pairing.plan_activity_count_invalid', { plannedActivities: { visit: -1 } }],
    ['pairing.plan_budget_invalid', { budgetVnd: 1.5 }],
  ])('%s', (code, overrides) => {
    pairing.given([established]).when(adopt(overrides)).thenRejects(code);
  });
});

function end(overrides: Record<string, unknown> = {}): PairingCommand {
  return {
    type: 'EndPairing',
    data: { endedOn: '2015-06-30', reason: 'Phân công lại đơn vị kết nghĩa', today: TODAY, ...overrides },
  };
}

describe('ending a pairing', () => {
  it('records the date and the reason', () => {
    pairing.given([established]).when(end()).then([ended]);
  });

  it('pairing.already_ended', () => {
    pairing.given([established, ended]).when(end()).thenRejects('pairing.already_ended');
  });

  it('pairing.ended_on_not_before_established', () => {
    pairing
      .given([established])
      .when(end({ endedOn: '2013-08-14' }))
      .thenRejects('pairing.ended_on_not_before_established');
  });

  it('pairing.ended_on_in_future', () => {
    pairing
      .given([established])
      .when(end({ endedOn: '2015-11-27' }))
      .thenRejects('pairing.ended_on_in_future');
  });

  it('pairing.end_reason_required', () => {
    pairing
      .given([established])
      .when(end({ reason: '' }))
      .thenRejects('pairing.end_reason_required');
  });

  it('pairing.end_not_before_recorded_activities', () => {
    pairing
      .given([established, activityRecorded('visit', { occurredOn: '2015-07-01' })])
      .when(end())
      .thenRejects('pairing.end_not_before_recorded_activities');
  });

  it('ignores voided activities when checking the end date', () => {
    const late = activityRecorded('visit', { occurredOn: '2015-07-01' });
    const voided: PairingEvent = { type: 'ActivityRecordVoided', data: { activityId: 'visit-1', reason: 'Nhập nhầm' } };
    pairing.given([established, late, voided]).when(end()).then([ended]);
  });
});

function transfer(overrides: Record<string, unknown> = {}): PairingCommand {
  return {
    type: 'TransferPairing',
    data: {
      fromAdminUnitId: UNIT_ID,
      toAdminUnitId: SUCCESSOR_ID,
      effectiveOn: '2025-07-01',
      mergeDecisionRef: '1656/NQ-UBTVQH15',
      ...overrides,
    },
  };
}

const transferred: PairingEvent = {
  type: 'PairingTransferred',
  data: {
    fromAdminUnitId: UNIT_ID,
    toAdminUnitId: SUCCESSOR_ID,
    effectiveOn: '2025-07-01',
    mergeDecisionRef: '1656/NQ-UBTVQH15',
  },
};

describe('transferring a pairing after a merge', () => {
  it('moves the pairing to the successor unit', () => {
    pairing.given([established]).when(transfer()).then([transferred]);
  });

  it('does nothing when the automation retries a transfer already made', () => {
    pairing.given([established, transferred]).when(transfer()).then([]);
  });

  it('pairing.transfer_requires_active', () => {
    pairing.given([established, ended]).when(transfer()).thenRejects('pairing.transfer_requires_active');
  });

  it('pairing.transfer_from_current_unit', () => {
    pairing
      .given([established])
      .when(transfer({ fromAdminUnitId: SUCCESSOR_ID, toAdminUnitId: 'another-unit' }))
      .thenRejects('pairing.transfer_from_current_unit');
  });

  it('pairing.transfer_not_before_established', () => {
    pairing
      .given([established])
      .when(transfer({ effectiveOn: '2013-01-01' }))
      .thenRejects('pairing.transfer_not_before_established');
  });

  it('pairing.merge_decision_ref_required', () => {
    pairing
      .given([established])
      .when(transfer({ mergeDecisionRef: '' }))
      .thenRejects('pairing.merge_decision_ref_required');
  });
});
