import type { PairingEvent } from '../../domain/pairing.events.js';
import {
  ORG_ID,
  PAIRING_ID,
  SUCCESSOR_ID,
  UNIT_ID,
  activityRecorded,
  ended,
  established,
} from '../../domain/pairing.fixtures.js';
import type { StoredEvent } from '../event-data.js';
import { evolvePairingSummary } from './pairing-summary.evolve.js';
import type { PairingSummary } from './pairing-summary.evolve.js';

const summarize = (events: readonly StoredEvent[]) => events.reduce<PairingSummary | null>(evolvePairingSummary, null);

const voided = (activityId: string): PairingEvent => ({
  type: 'ActivityRecordVoided',
  data: { activityId, reason: 'Ghi trùng' },
});
const redated = (activityId: string, occurredOn: string): PairingEvent => ({
  type: 'ActivityRecordCorrected',
  data: { activityId, changes: { occurredOn }, reason: 'Sai ngày' },
});

describe('pairing summary', () => {
  it('starts active with zero counts for every kind', () => {
    expect(summarize([established])).toMatchObject({
      id: PAIRING_ID,
      organizationId: ORG_ID,
      adminUnitId: UNIT_ID,
      status: 'active',
      establishedOn: '2013-08-15',
      endedOn: null,
      activityCounts: {
        visit: 0,
        gift: 0,
        exchange: 0,
        outreach: 0,
        immersion_stay: 0,
        study_tour: 0,
        volunteer_work: 0,
      },
      lastActivityOn: null,
      plans: [],
    });
  });

  it('counts activities by kind, leaving voided ones out', () => {
    const doc = summarize([
      established,
      activityRecorded('visit'),
      activityRecorded('visit', { activityId: 'visit-2' }),
      activityRecorded('immersion_stay'),
      voided('visit-2'),
    ]);
    expect(doc?.activityCounts).toMatchObject({ visit: 1, immersion_stay: 1, gift: 0 });
  });

  it('keeps the latest activity date, recomputed after voids and date corrections', () => {
    const early = activityRecorded('visit', { occurredOn: '2014-02-10' });
    const late = activityRecorded('gift', { occurredOn: '2015-01-20' });
    expect(summarize([established, early, late])?.lastActivityOn).toBe('2015-01-20');
    expect(summarize([established, early, late, voided('gift-1')])?.lastActivityOn).toBe('2014-02-10');
    expect(summarize([established, early, late, redated('visit-1', '2015-03-01')])?.lastActivityOn).toBe('2015-03-01');
  });

  it('lists plans by year, whatever order they were adopted in', () => {
    const plan = (year: number): PairingEvent => ({
      type: 'PairingPlanAdopted',
      data: { year, objectives: ['Xóa nhà tạm'], plannedActivities: { visit: 4 }, budgetVnd: 50_000_000 },
    });
    expect(summarize([established, plan(2015), plan(2014)])?.plans.map((p) => p.year)).toEqual([2014, 2015]);
  });

  it('shows an end and a transfer', () => {
    const transferred: PairingEvent = {
      type: 'PairingTransferred',
      data: {
        fromAdminUnitId: UNIT_ID,
        toAdminUnitId: SUCCESSOR_ID,
        effectiveOn: '2015-01-01',
        mergeDecisionRef: 'NQ',
      },
    };
    expect(summarize([established, transferred, ended])).toMatchObject({
      status: 'ended',
      endedOn: '2015-06-30',
      endReason: 'Phân công lại đơn vị kết nghĩa',
      adminUnitId: SUCCESSOR_ID,
      formerAdminUnitIds: [UNIT_ID],
    });
  });

  it('never throws on damaged or unknown event data', () => {
    const damaged: StoredEvent[] = [
      { type: 'VisitConducted', data: null },
      established,
      { type: 'PairingPlanAdopted', data: 'oops' },
      { type: 'GiftDelivered', data: { occurredOn: 42 } },
      { type: 'ActivityRecordCorrected', data: { activityId: 'nope', changes: null } },
      { type: 'ActivityRecordCorrected', data: { activityId: '', changes: { occurredOn: 'soon' } } },
      { type: 'ActivityRecordVoided', data: [] },
      { type: 'PairingTransferred', data: {} },
      { type: 'SomethingNew', data: { x: 1 } },
      { type: 'PairingEnded', data: undefined },
    ];
    expect(() => summarize(damaged)).not.toThrow();
    // The id-less void and correction must not land on the id-less gift.
    expect(summarize(damaged)?.activityCounts.gift).toBe(1);
  });

  it('ignores events that arrive before the pairing was established', () => {
    expect(summarize([activityRecorded('visit')])).toBeNull();
  });
});
