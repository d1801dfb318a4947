import { parseHouseholdEvent } from './household-event.parse.js';
import { assessedEvent, committed, registered } from './household.fixtures.js';
import { formatVnd } from './household.labels.js';

describe('parseHouseholdEvent', () => {
  it('accepts well-formed household events as they are', () => {
    for (const e of [registered, assessedEvent(2018, 'poor'), committed]) expect(parseHouseholdEvent(e)).toEqual(e);
  });
  it('returns null for other types and for data missing or mistyping a field', () => {
    expect(parseHouseholdEvent({ type: 'PairingEstablished', data: {} })).toBeNull();
    expect(parseHouseholdEvent({ type: 'toString', data: {} })).toBeNull();
    expect(parseHouseholdEvent({ type: 'PovertyAssessed', data: null })).toBeNull();
    const { classification: _c, ...noClass } = assessedEvent(2018, 'poor').data;
    expect(parseHouseholdEvent({ type: 'PovertyAssessed', data: noClass })).toBeNull();
    expect(
      parseHouseholdEvent({ type: 'SupportCommitted', data: { ...committed.data, dueOn: '2023-02-30' } }),
    ).toBeNull();
    expect(parseHouseholdEvent({ type: 'SupportCommitted', data: { ...committed.data, sponsor: {} } })).toBeNull();
  });
});

describe('formatVnd', () => {
  it.each([
    [1_200_000, '1.200.000 ₫'],
    [0, '0 ₫'],
    [999, '999 ₫'],
    [15_000_000, '15.000.000 ₫'],
  ])('%d → %s', (n, s) => expect(formatVnd(n)).toBe(s));
});
