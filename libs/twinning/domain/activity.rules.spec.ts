import { InvalidInput } from '@kn/shared';
import { ACTIVITY_KIND_RULES, COMMON_ACTIVITY_RULES, mergeCorrection, validateActivity } from './activity.rules.js';
import { HOUSEHOLD_ID, sampleActivity } from './pairing.fixtures.js';
import { ACTIVITY_KINDS } from './twinning.labels.js';
import type { ActivityKind } from './twinning.labels.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInput);
    return (e as InvalidInput).code;
  }
  return undefined;
}

const BROKEN: readonly [string, ActivityKind, Record<string, unknown>][] = [
  ['activity.kind_unknown', 'visit', { kind: 'party' }],
  ['activity.id_required', 'visit', { activityId: '' }],
  ['twinning.invalid_date', 'visit', { occurredOn: '2014-02-30' }],
  ['activity.initiator_unknown', 'visit', { initiator: 'province' }],
  ['activity.location_exactly_one', 'visit', { locationName: 'Chợ huyện' }],
  ['activity.location_exactly_one', 'visit', { locationAdminUnitId: null }],
  ['activity.participants_invalid', 'visit', { participants: { organizationMembers: 3, residents: -1 } }],
  ['activity.participants_invalid', 'visit', { participants: null }],
  ['activity.summary_required', 'visit', { summary: '  ' }],
  ['activity.resource_invalid', 'visit', { resources: [{ type: 'cash', valueVnd: -1, source: 'state_budget' }] }],
  ['activity.resource_invalid', 'visit', { resources: [{ type: 'cash', valueVnd: 1.5, source: 'state_budget' }] }],
  ['activity.resource_invalid', 'visit', { resources: [{ type: 'gold', valueVnd: 1, source: 'state_budget' }] }],
  ['activity.resource_invalid', 'visit', { resources: [{ type: 'cash', valueVnd: 1, source: 'lottery' }] }],
  ['activity.beneficiaries_invalid', 'visit', { beneficiaryHouseholdIds: [HOUSEHOLD_ID, HOUSEHOLD_ID] }],
  ['activity.co_organizers_invalid', 'visit', { coOrganizerIds: [HOUSEHOLD_ID, HOUSEHOLD_ID] }],
  ['activity.co_organizers_invalid', 'visit', { coOrganizerIds: 'org' }],
  ['activity.gift_items_required', 'gift', { items: [] }],
  ['activity.gift_item_invalid', 'gift', { items: [{ name: 'Gạo', quantity: 0, unit: 'kg', valueVnd: 1 }] }],
  ['activity.gift_item_invalid', 'gift', { items: [{ name: 'Gạo', quantity: 5, unit: 'kg', valueVnd: 0 }] }],
  ['activity.gift_item_invalid', 'gift', { items: [{ name: '', quantity: 5, unit: 'kg', valueVnd: 10 }] }],
  ['activity.gift_recipient_unknown', 'gift', { recipient: 'church' }],
  ['activity.exchange_kind_unknown', 'exchange', { exchangeKind: 'music' }],
  ['activity.outreach_topics_required', 'outreach', { topics: [] }],
  ['activity.outreach_topic_unknown', 'outreach', { topics: ['weather'] }],
  ['activity.outreach_topic_unknown', 'outreach', { topics: ['law', 'law'] }],
  ['activity.immersion_nights_at_least_one', 'immersion_stay', { nights: 0 }],
  ['activity.immersion_nights_at_least_one', 'immersion_stay', { nights: 1.5 }],
  ['activity.host_households_invalid', 'immersion_stay', { hostHouseholdIds: [''] }],
  ['activity.study_tour_destination_required', 'study_tour', { destination: '' }],
  ['activity.models_studied_invalid', 'study_tour', { modelsStudied: [7] }],
  ['activity.labour_days_positive', 'volunteer_work', { labourDays: 0 }],
  ['activity.labour_days_positive', 'volunteer_work', { labourDays: -2 }],
];

describe('the activity rule table', () => {
  it.each(ACTIVITY_KINDS)('accepts a complete %s record', (kind) => {
    expect(validateActivity(sampleActivity(kind))).toEqual(sampleActivity(kind));
  });

  it('accepts half labour days and fractional gift quantities', () => {
    expect(() => validateActivity(sampleActivity('volunteer_work', { labourDays: 0.5 }))).not.toThrow();
    expect(() =>
      validateActivity(
        sampleActivity('gift', { items: [{ name: 'Thịt', quantity: 2.5, unit: 'kg', valueVnd: 500_000 }] }),
      ),
    ).not.toThrow();
  });

  it.each(BROKEN)('%s (%s %j)', (code, kind, overrides) => {
    expect(codeOf(() => validateActivity(sampleActivity(kind, overrides)))).toBe(code);
  });

  it('has a failing case above for every rule in the table', () => {
    const codes = [...COMMON_ACTIVITY_RULES, ...Object.values(ACTIVITY_KIND_RULES).flatMap((k) => k.rules)].map(
      (r) => r.code,
    );
    const tested = new Set(BROKEN.map(([code]) => code));
    expect(codes.filter((c) => !tested.has(c))).toEqual([]);
  });

  it('names the field that is wrong', () => {
    try {
      validateActivity(sampleActivity('gift', { recipient: 'church' }));
    } catch (e) {
      expect((e as InvalidInput).field).toBe('recipient');
      return;
    }
    throw new Error('expected a rejection');
  });
});

describe('mergeCorrection', () => {
  it('applies changes but never re-keys or re-kinds the record', () => {
    const merged = mergeCorrection(sampleActivity('visit'), { summary: 'Sửa', kind: 'gift', activityId: 'other' });
    expect(merged).toEqual({ ...sampleActivity('visit'), summary: 'Sửa' });
  });

  it('ignores changes that are not an object', () => {
    expect(mergeCorrection(sampleActivity('visit'), 'oops')).toEqual(sampleActivity('visit'));
  });
});
