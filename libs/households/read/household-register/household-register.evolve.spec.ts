import type { HouseholdEvent } from '../../domain/household.events.js';
import { CID, ORG, SEALED, assessedEvent, committed, erased, registered } from '../../domain/household.fixtures.js';
import {
  evolveHouseholdRegister,
  householdRegisterView,
  type HouseholdRegisterDoc,
} from './household-register.evolve.js';

const run = (events: HouseholdEvent[]) => events.reduce<HouseholdRegisterDoc | null>(evolveHouseholdRegister, null);
const changed = (reviewYear: number, transition: 'newly_poor' | 'exited_poverty'): HouseholdEvent => ({
  type: 'PovertyStatusChanged',
  data: { reviewYear, changedOn: `${reviewYear}-11-15`, from: null, to: 'poor', transition },
});
const delivered = (deliveryId: string, valueVnd: number): HouseholdEvent => ({
  type: 'SupportDelivered',
  data: {
    commitmentId: CID,
    deliveryId,
    deliveredOn: '2023-03-01',
    description: 'Bò',
    valueVnd,
    deliveredToDateVnd: valueVnd,
    exceedsCommitmentByVnd: 0,
  },
});

describe('household register', () => {
  it('starts unassessed with the registration facts', () => {
    expect(run([registered])).toMatchObject({
      id: registered.data.householdId,
      code: 'HN-0001',
      ethnicMinority: true,
      status: 'unassessed',
      latestAssessment: null,
      commitments: [],
      erased: false,
      head: SEALED,
    });
  });

  it('shows the latest assessment and its transition; an older review arriving late does not displace it', () => {
    const doc = run([
      registered,
      assessedEvent(2018, 'poor'),
      changed(2018, 'newly_poor'),
      assessedEvent(2019, 'near_poor', { incomePerCapitaVnd: 900_000 }),
      changed(2019, 'exited_poverty'),
      assessedEvent(2017, 'poor'),
    ]);
    expect(doc?.status).toBe('near_poor');
    expect(doc?.latestAssessment).toMatchObject({
      reviewYear: 2019,
      incomePerCapitaVnd: 900_000,
      transition: 'exited_poverty',
      povertyLineVnd: 700_000,
    });
  });

  it('tracks commitments with delivered value and final status', () => {
    const cancelled: HouseholdEvent = {
      type: 'SupportCommitmentCancelled',
      data: { commitmentId: CID, reason: 'x', cancelledOn: '2023-04-01' },
    };
    const doc = run([registered, committed, delivered('d1', 4_000_000), delivered('d2', 1_000_000), cancelled]);
    expect(doc?.commitments).toEqual([
      {
        id: CID,
        kind: 'livestock',
        sponsor: { organizationId: ORG },
        status: 'cancelled',
        valueVnd: 15_000_000,
        deliveredVnd: 5_000_000,
        committedOn: '2023-01-10',
        dueOn: '2023-06-30',
      },
    ]);
  });

  it('reads an open commitment past its due date as overdue', () => {
    const doc = run([registered, committed]);
    expect(householdRegisterView(doc!, '2023-06-30').commitments[0]?.status).toBe('open');
    expect(householdRegisterView(doc!, '2023-07-01')).toMatchObject({
      commitments: [{ status: 'overdue' }],
      hasOpenCommitment: true,
    });
  });

  it('follows moves, transfers, member changes; erasure drops the sealed head and keeps it dropped', () => {
    const newHead: HouseholdEvent = {
      type: 'HouseholdHeadChanged',
      data: { head: { keyId: 'k', ciphertext: 'c' }, changedOn: '2024-02-01' },
    };
    const doc = run([
      registered,
      {
        type: 'HouseholdMoved',
        data: {
          fromCommuneId: 'a',
          fromVillageId: null,
          toCommuneId: 'b',
          toVillageId: 'v',
          area: 'urban',
          movedOn: '2020-01-01',
        },
      },
      {
        type: 'HouseholdTransferred',
        data: { fromCommuneId: 'b', toCommuneId: 'c', effectiveOn: '2025-07-01', mergeDecisionRef: 'NQ' },
      },
      { type: 'HouseholdMembersChanged', data: { from: 5, to: 3, effectiveOn: '2021-01-01' } },
      erased,
      newHead,
    ]);
    expect(doc).toMatchObject({
      communeId: 'c',
      villageId: 'v',
      area: 'urban',
      memberCount: 3,
      head: null,
      erased: true,
    });
  });

  it('never throws on events without a registration or for unknown commitments', () => {
    expect(run([committed, assessedEvent(2018, 'poor')])).toBeNull();
    expect(run([registered, delivered('d1', 1)])?.commitments).toEqual([]);
  });
});
