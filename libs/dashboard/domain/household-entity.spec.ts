import { evolveHouseholdEntity, householdFacts, poorYears, type HouseholdEntity } from './household-entity.js';
import { fact } from './facts.js';

const fold = (events: [string, Record<string, unknown>][]) =>
  events.reduce<HouseholdEntity | null>((e, [t, d]) => evolveHouseholdEntity(e, t, d), null)!;
const assessed = (reviewYear: number, classification: string): [string, Record<string, unknown>] => [
  'PovertyAssessed',
  { reviewYear, classification },
];
const changed = (reviewYear: number, transition: string): [string, Record<string, unknown>] => [
  'PovertyStatusChanged',
  { reviewYear, transition },
];

describe('household dashboard facts', () => {
  const registered: [string, Record<string, unknown>] = [
    'HouseholdRegistered',
    { communeId: 'A', ethnicMinority: true, code: 'HN-1' },
  ];

  it('counts a poor review in its year and commune, carrying the date of the first commitment that counts for it', () => {
    const h = fold([registered, assessed(2022, 'poor'), changed(2022, 'newly_poor')]);
    expect(householdFacts(h)).toEqual([
      fact('hh_poor', 'A', 2022, 1, 'em', ''),
      fact('hh_transition', 'A', 2022, 1, 'newly_poor', 'em'),
    ]);
    const supported = fold([
      registered,
      assessed(2022, 'poor'),
      ['SupportCommitted', { commitmentId: 'c1', committedOn: '2022-12-01', dueOn: '2023-06-30' }],
    ]);
    expect(householdFacts(supported)).toContainEqual(fact('hh_poor', 'A', 2022, 1, 'em', '2022-12-01'));
    expect(householdFacts(supported)).toContainEqual(fact('commitment', 'A', 2022, 1, 'open', '2023-06-30'));
    expect(poorYears(supported)).toEqual([{ year: 2022, code: 'HN-1', communeId: 'A', firstCommitment: '2022-12-01' }]);
  });

  it('a commitment cancelled before the year began does not count; one cancelled during the year does', () => {
    const commit: [string, Record<string, unknown>] = [
      'SupportCommitted',
      { commitmentId: 'c1', committedOn: '2021-05-01', dueOn: '2021-12-31' },
    ];
    const before = fold([
      registered,
      commit,
      ['SupportCommitmentCancelled', { commitmentId: 'c1', cancelledOn: '2021-12-20' }],
      assessed(2022, 'poor'),
    ]);
    expect(householdFacts(before)).toContainEqual(fact('hh_poor', 'A', 2022, 1, 'em', ''));
    const during = fold([
      registered,
      commit,
      ['SupportCommitmentCancelled', { commitmentId: 'c1', cancelledOn: '2022-02-01' }],
      assessed(2022, 'poor'),
    ]);
    expect(householdFacts(during)).toContainEqual(fact('hh_poor', 'A', 2022, 1, 'em', '2021-05-01'));
  });

  it('splits exits by a commitment in force in the 12 months before the exit review', () => {
    const exit: [string, Record<string, unknown>][] = [
      assessed(2022, 'poor'),
      assessed(2023, 'not_poor'),
      ['PovertyStatusChanged', { reviewYear: 2023, transition: 'exited_poverty', changedOn: '2023-11-15' }],
    ];
    expect(householdFacts(fold([registered, ...exit]))).toContainEqual(fact('hh_exit', 'A', 2023, 1, 'unsupported'));
    const fulfilledLongBefore = fold([
      registered,
      ['SupportCommitted', { commitmentId: 'c1', committedOn: '2021-01-05' }],
      ['SupportCommitmentFulfilled', { commitmentId: 'c1', fulfilledOn: '2022-11-14' }],
      ...exit,
    ]);
    expect(householdFacts(fulfilledLongBefore)).toContainEqual(fact('hh_exit', 'A', 2023, 1, 'unsupported'));
    const fulfilledInWindow = fold([
      registered,
      ['SupportCommitted', { commitmentId: 'c1', committedOn: '2021-01-05' }],
      ['SupportCommitmentFulfilled', { commitmentId: 'c1', fulfilledOn: '2023-03-01' }],
      ...exit,
    ]);
    expect(householdFacts(fulfilledInWindow)).toContainEqual(fact('hh_exit', 'A', 2023, 1, 'supported'));
  });

  it('a restated review replaces its classification and the transitions it changed', () => {
    const h = fold([
      registered,
      assessed(2014, 'poor'),
      assessed(2015, 'near_poor'),
      ['PovertyStatusChanged', { reviewYear: 2015, transition: 'exited_poverty', changedOn: '2015-11-15' }],
      [
        'AssessmentRestated',
        {
          reviewYear: 2015,
          to: { classification: 'poor' },
          transitions: [{ reviewYear: 2015, from: 'exited_poverty', to: null }],
        },
      ],
    ]);
    expect(householdFacts(h)).toEqual([
      fact('hh_poor', 'A', 2014, 1, 'em', ''),
      fact('hh_poor', 'A', 2015, 1, 'em', ''),
    ]);
  });

  it('keeps each review under the commune the household lived in then', () => {
    const h = fold([
      registered,
      assessed(2022, 'poor'),
      ['HouseholdTransferred', { toCommuneId: 'C' }],
      assessed(2023, 'near_poor'),
    ]);
    expect(householdFacts(h)).toEqual(
      expect.arrayContaining([fact('hh_poor', 'A', 2022, 1, 'em'), fact('hh_near_poor', 'C', 2023, 1, 'em')]),
    );
  });

  it('counts an exit as sustained only after two later reviews without poverty', () => {
    const base: [string, Record<string, unknown>][] = [
      registered,
      assessed(2022, 'poor'),
      assessed(2023, 'not_poor'),
      changed(2023, 'exited_poverty'),
      assessed(2024, 'near_poor'),
    ];
    expect(householdFacts(fold(base))).not.toContainEqual(fact('hh_sustained_exit', 'A', 2023));
    expect(householdFacts(fold([...base, assessed(2025, 'not_poor')]))).toContainEqual(
      fact('hh_sustained_exit', 'A', 2023),
    );
    expect(householdFacts(fold([...base, assessed(2025, 'poor')]))).not.toContainEqual(
      fact('hh_sustained_exit', 'A', 2023),
    );
  });

  it('follows a commitment to fulfilment or cancellation', () => {
    const h = fold([
      registered,
      ['SupportCommitted', { commitmentId: 'c1', committedOn: '2023-01-05', dueOn: '2023-06-30' }],
      ['SupportCommitmentCancelled', { commitmentId: 'c1' }],
    ]);
    expect(householdFacts(h)).toEqual([fact('commitment', 'A', 2023, 1, 'cancelled', '2023-06-30')]);
    expect(h.commitments.c1).toMatchObject({ status: 'cancelled', endedOn: null });
  });

  it('a duplicate merged into another household stops counting as a household; its commitments still count', () => {
    const events: [string, Record<string, unknown>][] = [
      registered,
      assessed(2022, 'poor'),
      changed(2022, 'newly_poor'),
      ['SupportCommitted', { commitmentId: 'c1', committedOn: '2023-02-01', dueOn: '2023-06-30' }],
    ];
    expect(householdFacts(fold(events))).toContainEqual(fact('hh_poor', 'A', 2022, 1, 'em', '2023-02-01'));
    const merged = fold([
      ...events,
      ['HouseholdMergedInto', { survivorId: 'S', reason: 'trùng', mergedOn: '2024-01-02' }],
    ]);
    expect(householdFacts(merged)).toEqual([fact('commitment', 'A', 2023, 1, 'open', '2023-06-30')]);
    expect(poorYears(merged)).toEqual([]);
  });

  it('ignores malformed events instead of throwing', () => {
    expect(evolveHouseholdEntity(null, 'PovertyAssessed', { reviewYear: 'x' })).toBeNull();
    const h = fold([registered]);
    expect(evolveHouseholdEntity(h, 'PovertyAssessed', { reviewYear: 'x' })).toBe(h);
  });
});
