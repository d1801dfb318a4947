import { evolveHouseholdEntity, householdFacts, type HouseholdEntity } from './household-entity.js';
import { fact } from './facts.js';

const fold = (events: [string, Record<string, unknown>][]) => events.reduce<HouseholdEntity | null>((e, [t, d]) => evolveHouseholdEntity(e, t, d), null)!;
const assessed = (reviewYear: number, classification: string): [string, Record<string, unknown>] => ['PovertyAssessed', { reviewYear, classification }];
const changed = (reviewYear: number, transition: string): [string, Record<string, unknown>] => ['PovertyStatusChanged', { reviewYear, transition }];

describe('household dashboard facts', () => {
  const registered: [string, Record<string, unknown>] = ['HouseholdRegistered', { communeId: 'A', ethnicMinority: true }];

  it('counts a poor review in its year and commune, with or without a live commitment', () => {
    const h = fold([registered, assessed(2022, 'poor'), changed(2022, 'newly_poor')]);
    expect(householdFacts(h)).toEqual([fact('hh_poor', 'A', 2022, 1, 'em'), fact('hh_poor_without_commitment', 'A', 2022), fact('hh_transition', 'A', 2022, 1, 'newly_poor', 'em')]);
    const supported = fold([registered, assessed(2022, 'poor'), ['SupportCommitted', { commitmentId: 'c1', committedOn: '2022-12-01', dueOn: '2023-06-30' }]]);
    expect(householdFacts(supported)).toContainEqual(fact('hh_poor_with_commitment', 'A', 2022));
    expect(householdFacts(supported)).toContainEqual(fact('commitment', 'A', 2022, 1, 'open', '2023-06-30'));
  });

  it('keeps each review under the commune the household lived in then', () => {
    const h = fold([registered, assessed(2022, 'poor'), ['HouseholdTransferred', { toCommuneId: 'C' }], assessed(2023, 'near_poor')]);
    expect(householdFacts(h)).toEqual(expect.arrayContaining([fact('hh_poor', 'A', 2022, 1, 'em'), fact('hh_near_poor', 'C', 2023, 1, 'em')]));
  });

  it('counts an exit as sustained only after two later reviews without poverty', () => {
    const base: [string, Record<string, unknown>][] = [registered, assessed(2022, 'poor'), assessed(2023, 'not_poor'), changed(2023, 'exited_poverty'), assessed(2024, 'near_poor')];
    expect(householdFacts(fold(base))).not.toContainEqual(fact('hh_sustained_exit', 'A', 2023));
    expect(householdFacts(fold([...base, assessed(2025, 'not_poor')]))).toContainEqual(fact('hh_sustained_exit', 'A', 2023));
    expect(householdFacts(fold([...base, assessed(2025, 'poor')]))).not.toContainEqual(fact('hh_sustained_exit', 'A', 2023));
  });

  it('follows a commitment to fulfilment or cancellation', () => {
    const h = fold([registered, ['SupportCommitted', { commitmentId: 'c1', committedOn: '2023-01-05', dueOn: '2023-06-30' }], ['SupportCommitmentCancelled', { commitmentId: 'c1' }]]);
    expect(householdFacts(h)).toEqual([fact('commitment', 'A', 2023, 1, 'cancelled', '2023-06-30')]);
  });

  it('ignores malformed events instead of throwing', () => {
    expect(evolveHouseholdEntity(null, 'PovertyAssessed', { reviewYear: 'x' })).toBeNull();
    const h = fold([registered]);
    expect(evolveHouseholdEntity(h, 'PovertyAssessed', { reviewYear: 'x' })).toBe(h);
  });
});
