import { spec } from '../../../test/support/decider-spec.js';
import { CID, ORG, cmd, committed, erased, registered } from './household.fixtures.js';
import { householdDecider } from './household.decide.js';
import type { CommitSupport, DeliverSupport } from './household.commands.js';
import type { HouseholdEvent } from './household.events.js';

const hh = spec(householdDecider);
const commit = (over: Partial<CommitSupport['data']> = {}) =>
  cmd('CommitSupport', {
    commitmentId: CID,
    sponsor: { organizationId: ORG },
    kind: 'livestock',
    description: 'Hai con bò giống',
    valueVnd: 15_000_000,
    dueOn: '2023-06-30',
    committedOn: '2023-01-10',
    ...over,
  });
const deliver = (over: Partial<DeliverSupport['data']> = {}) =>
  cmd('DeliverSupport', {
    commitmentId: CID,
    deliveryId: 'del-1',
    deliveredOn: '2023-03-01',
    description: 'Bò cái',
    valueVnd: 10_000_000,
    today: '2023-03-02',
    ...over,
  });
const delivered = (deliveryId: string, valueVnd: number, toDate: number, exceeds = 0): HouseholdEvent => ({
  type: 'SupportDelivered',
  data: {
    commitmentId: CID,
    deliveryId,
    deliveredOn: '2023-03-01',
    description: 'Bò cái',
    valueVnd,
    deliveredToDateVnd: toDate,
    exceedsCommitmentByVnd: exceeds,
  },
});
const fulfil = (fulfilledOn = '2023-05-01') =>
  cmd('FulfilSupportCommitment', { commitmentId: CID, fulfilledOn, today: '2023-05-01' });
const cancel = (reason = 'Nhà tài trợ rút') =>
  cmd('CancelSupportCommitment', { commitmentId: CID, reason, cancelledOn: '2023-04-01' });
const fulfilled: HouseholdEvent = {
  type: 'SupportCommitmentFulfilled',
  data: { commitmentId: CID, fulfilledOn: '2023-05-01' },
};
const cancelled: HouseholdEvent = {
  type: 'SupportCommitmentCancelled',
  data: { commitmentId: CID, reason: 'Nhà tài trợ rút', cancelledOn: '2023-04-01' },
};

describe('committing support', () => {
  it('records the commitment', () => hh.given([registered]).when(commit()).then([committed]));
  it('accepts a named individual as sponsor, and an erased household', () => {
    const individual = { individualName: 'Ông Trần Văn B' };
    hh.given([registered, erased])
      .when(commit({ sponsor: individual }))
      .then([{ ...committed, data: { ...committed.data, sponsor: individual } }]);
  });
  it('accepts a named individual who names their organisation, and keeps it as the sponsoring organisation', () => {
    const member = { individualName: 'Bà Lê Thị C', organizationId: 'org-2' };
    const state = hh.given([registered]).when(commit({ sponsor: member }));
    state.then([{ ...committed, data: { ...committed.data, sponsor: member } }]);
  });
  it.each([0, -5, 1.5])('household.value_must_be_positive (%d)', (v) =>
    hh
      .given([registered])
      .when(commit({ valueVnd: v }))
      .thenRejects('household.value_must_be_positive'),
  );
  it('household.due_not_before_commitment', () =>
    hh
      .given([registered])
      .when(commit({ dueOn: '2023-01-09' }))
      .thenRejects('household.due_not_before_commitment'));
  it('a commitment due the day it is made is fine', () => {
    expect(
      householdDecider.decide(
        commit({ dueOn: '2023-01-10' }),
        householdDecider.evolve(householdDecider.initialState, registered),
      ),
    ).toHaveLength(1);
  });
  it('household.unknown_commitment_kind', () =>
    hh
      .given([registered])
      .when(commit({ kind: 'lottery' }))
      .thenRejects('household.unknown_commitment_kind'));
  it('household.sponsor_required', () => {
    hh.given([registered])
      .when(commit({ sponsor: { individualName: ' ' } }))
      .thenRejects('household.sponsor_required');
    hh.given([registered])
      .when(commit({ sponsor: {} as { organizationId: string } }))
      .thenRejects('household.sponsor_required');
  });
  it('household.commitment_id_unique', () =>
    hh.given([registered, committed]).when(commit()).thenRejects('household.commitment_id_unique'));
  it('household.not_before_registration', () => {
    hh.given([registered])
      .when(commit({ committedOn: '2012-01-01' }))
      .thenRejects('household.not_before_registration');
  });
});

describe('delivering support', () => {
  it('records partial deliveries with the running total', () => {
    hh.given([registered, committed])
      .when(deliver())
      .then([delivered('del-1', 10_000_000, 10_000_000)]);
    hh.given([registered, committed, delivered('del-1', 10_000_000, 10_000_000)])
      .when(deliver({ deliveryId: 'del-2', valueVnd: 5_000_000 }))
      .then([delivered('del-2', 5_000_000, 15_000_000)]);
  });
  it('allows delivering more than committed, recording the excess', () => {
    hh.given([registered, committed, delivered('del-1', 10_000_000, 10_000_000)])
      .when(deliver({ deliveryId: 'del-2', valueVnd: 8_000_000 }))
      .then([delivered('del-2', 8_000_000, 18_000_000, 3_000_000)]);
  });
  it('an unknown commitment is not found', () =>
    hh.given([registered]).when(deliver()).thenRejects('commitment.not_found'));
  it('household.commitment_must_be_open after fulfilment or cancellation', () => {
    hh.given([registered, committed, fulfilled]).when(deliver()).thenRejects('household.commitment_must_be_open');
    hh.given([registered, committed, cancelled]).when(deliver()).thenRejects('household.commitment_must_be_open');
  });
  it('household.value_must_be_positive', () =>
    hh
      .given([registered, committed])
      .when(deliver({ valueVnd: 0 }))
      .thenRejects('household.value_must_be_positive'));
  it('household.date_not_in_future', () =>
    hh
      .given([registered, committed])
      .when(deliver({ today: '2023-02-28' }))
      .thenRejects('household.date_not_in_future'));
  it('household.not_before_commitment', () =>
    hh
      .given([registered, committed])
      .when(deliver({ deliveredOn: '2023-01-09' }))
      .thenRejects('household.not_before_commitment'));
  it('household.delivery_id_unique', () => {
    hh.given([registered, committed, delivered('del-1', 10_000_000, 10_000_000)])
      .when(deliver())
      .thenRejects('household.delivery_id_unique');
  });
});

describe('fulfilling and cancelling', () => {
  it('fulfils an open commitment once', () => {
    hh.given([registered, committed]).when(fulfil()).then([fulfilled]);
    hh.given([registered, committed, fulfilled]).when(fulfil()).thenRejects('household.commitment_must_be_open');
  });
  it('household.not_before_commitment on fulfilment', () =>
    hh.given([registered, committed]).when(fulfil('2023-01-01')).thenRejects('household.not_before_commitment'));
  it('cancels with a reason, and nothing after', () => {
    hh.given([registered, committed]).when(cancel(' Nhà tài trợ rút ')).then([cancelled]);
    hh.given([registered, committed, cancelled]).when(cancel()).thenRejects('household.commitment_must_be_open');
    hh.given([registered, committed, cancelled]).when(fulfil()).thenRejects('household.commitment_must_be_open');
  });
  it('household.cancellation_needs_reason', () =>
    hh.given([registered, committed]).when(cancel('')).thenRejects('household.cancellation_needs_reason'));
});
