import { spec } from '../../../test/support/decider-spec.js';
import { InvalidInput, fold } from '@kn/shared';
import { assessedEvent, cmd, erased, registered } from './household.fixtures.js';
import { householdDecider } from './household.decide.js';
import type { AssessPoverty } from './household.commands.js';
import type { HouseholdEvent } from './household.events.js';
import { assessmentOutcome } from './assessment-outcome.js';

const hh = spec(householdDecider);
const assess = (over: Partial<AssessPoverty['data']> = {}) =>
  cmd('AssessPoverty', {
    reviewYear: 2018,
    assessedOn: '2018-11-15',
    incomePerCapitaVnd: 650_000,
    deprivations: [],
    today: '2018-12-01',
    ...over,
  });

describe('assessing poverty: classification computed by the standard in force', () => {
  it('650,000 rural in 2018 is poor under QD59_2015 whatever the deprivations; a first poor review is newly poor', () => {
    for (const deprivations of [[], ['health_insurance'], ['health_insurance', 'housing_quality', 'water_source']]) {
      hh.given([registered])
        .when(assess({ deprivations }))
        .then([
          assessedEvent(2018, 'poor', { deprivations }),
          {
            type: 'PovertyStatusChanged',
            data: { reviewYear: 2018, changedOn: '2018-11-15', from: null, to: 'poor', transition: 'newly_poor' },
          },
        ]);
    }
  });

  it('1,200,000 rural in 2022 with 2 deprivations is near-poor under ND07_2021', () => {
    const events = householdDecider.decide(
      assess({
        reviewYear: 2022,
        assessedOn: '2022-11-15',
        today: '2022-11-20',
        incomePerCapitaVnd: 1_200_000,
        deprivations: ['health_insurance', 'nutrition'],
      }),
      fold(householdDecider, [registered]),
    );
    expect(events[0]).toMatchObject({
      type: 'PovertyAssessed',
      data: { standard: 'ND07_2021', classification: 'near_poor', povertyLineVnd: 1_500_000 },
    });
    expect(events[1]).toMatchObject({ data: { from: null, to: 'near_poor', transition: 'became_near_poor' } });
  });

  it('ND07: low income AND three deprivations is poor', () => {
    const [assessed] = householdDecider.decide(
      assess({
        reviewYear: 2023,
        assessedOn: '2023-11-01',
        today: '2023-11-02',
        incomePerCapitaVnd: 1_200_000,
        deprivations: ['health_insurance', 'nutrition', 'employment'],
      }),
      fold(householdDecider, [registered]),
    );
    expect(assessed).toMatchObject({ data: { classification: 'poor' } });
  });

  it('the review of year N uses the standard in force for N + 1: 2014 QD09, 2015 QD59, 2020 QD59, 2021 ND07, 2025 ND07, 2026 ND351', () => {
    const standardOf = (reviewYear: number) =>
      householdDecider.decide(
        assess({ reviewYear, assessedOn: `${reviewYear}-11-10`, today: `${reviewYear}-12-31`, deprivations: [] }),
        fold(householdDecider, [registered]),
      )[0]?.data;
    expect([2014, 2015, 2020, 2021, 2025, 2026].map((y) => (standardOf(y) as { standard: string }).standard)).toEqual([
      'QD09_2011',
      'QD59_2015',
      'QD59_2015',
      'ND07_2021',
      'ND07_2021',
      'ND351_2025',
    ]);
  });

  it("a review held in January for the previous year still uses that review year's standard", () => {
    const [assessed] = householdDecider.decide(
      assess({ reviewYear: 2015, assessedOn: '2016-01-20', today: '2016-02-01', incomePerCapitaVnd: 600_000 }),
      fold(householdDecider, [registered]),
    );
    expect(assessed).toMatchObject({
      data: { standard: 'QD59_2015', classification: 'poor', povertyLineVnd: 700_000 },
    });
  });

  it('applies a named standard instead of the one in force', () => {
    const [assessed] = householdDecider.decide(
      assess({ standard: 'ND07_2021', deprivations: ['nutrition'] }),
      fold(householdDecider, [registered]),
    );
    expect(assessed).toMatchObject({ data: { standard: 'ND07_2021', classification: 'near_poor' } });
  });

  it('stores each deprivation once', () => {
    const [assessed] = householdDecider.decide(
      assess({ deprivations: ['water_source', 'water_source'] }),
      fold(householdDecider, [registered]),
    );
    expect(assessed?.data).toMatchObject({ deprivations: ['water_source'] });
  });

  it('an erased household can still be assessed', () => {
    expect(householdDecider.decide(assess(), fold(householdDecider, [registered, erased]))).toHaveLength(2);
  });
});

describe('assessment guards', () => {
  it('household.unknown_deprivations is a 400 on field deprivations', () => {
    hh.given([registered])
      .when(assess({ deprivations: ['nutrition'] }))
      .thenRejects('household.unknown_deprivations');
    let thrown: unknown;
    try {
      householdDecider.decide(assess({ deprivations: ['nutrition'] }), fold(householdDecider, [registered]));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvalidInput);
    expect((thrown as InvalidInput).field).toBe('deprivations');
  });
  it('household.unknown_standard', () =>
    hh
      .given([registered])
      .when(assess({ standard: 'QD99' }))
      .thenRejects('household.unknown_standard'));
  it('household.no_standard_for_review', () => {
    hh.given([registered])
      .when(assess({ reviewYear: 2030, assessedOn: '2030-11-01', today: '2030-12-01' }))
      .thenRejects('household.no_standard_for_review');
  });
  it('household.one_assessment_per_review_year', () => {
    hh.given([registered, assessedEvent(2018, 'poor')])
      .when(assess())
      .thenRejects('household.one_assessment_per_review_year');
  });
  it('household.review_years_in_order', () => {
    hh.given([registered, assessedEvent(2019, 'poor')])
      .when(assess())
      .thenRejects('household.review_years_in_order');
  });
  it('household.review_year_not_after_assessment', () => {
    hh.given([registered])
      .when(assess({ reviewYear: 2019 }))
      .thenRejects('household.review_year_not_after_assessment');
  });
  it('household.date_not_in_future for assessedOn', () => {
    hh.given([registered])
      .when(assess({ today: '2018-11-14' }))
      .thenRejects('household.date_not_in_future');
  });
  it('household.not_before_registration for assessedOn', () => {
    hh.given([registered])
      .when(assess({ reviewYear: 2013, assessedOn: '2013-08-01' }))
      .thenRejects('household.not_before_registration');
  });
  it.each([-1, 1.5])('household.income_not_negative (%d)', (income) => {
    hh.given([registered])
      .when(assess({ incomePerCapitaVnd: income }))
      .thenRejects('household.income_not_negative');
  });
  it('an unregistered household is not found', () => hh.given([]).when(assess()).thenRejects('household.not_found'));
});

describe('status transitions across reviews', () => {
  /** Runs reviews in order through the decider and returns the transition of each. */
  function transitions(steps: [number, number, string[]][]): (string | null)[] {
    let history: HouseholdEvent[] = [registered];
    return steps.map(([year, income, deprivations]) => {
      const events = householdDecider.decide(
        assess({
          reviewYear: year,
          assessedOn: `${year}-11-15`,
          today: `${year}-12-31`,
          incomePerCapitaVnd: income,
          deprivations,
        }),
        fold(householdDecider, history),
      );
      history = [...history, ...events];
      const changed = events.find((e) => e.type === 'PovertyStatusChanged');
      return changed?.type === 'PovertyStatusChanged' ? changed.data.transition : null;
    });
  }

  it('poor → near-poor → poor is exit then relapse; unchanged reviews emit no change', () => {
    expect(
      transitions([
        [2016, 650_000, []],
        [2017, 680_000, []],
        [2018, 900_000, []],
        [2019, 600_000, []],
      ]),
    ).toEqual(['newly_poor', null, 'exited_poverty', 'relapsed']);
  });

  it('near-poor → average → near-poor is exit then re-entry into near poverty; never-poor to poor is newly poor', () => {
    expect(
      transitions([
        [2016, 900_000, []],
        [2017, 1_200_000, []],
        [2018, 950_000, []],
        [2019, 650_000, []],
      ]),
    ).toEqual(['became_near_poor', 'exited_near_poverty', 'became_near_poor', 'newly_poor']);
  });

  it('a first review above every line records no transition', () => {
    expect(
      transitions([
        [2016, 2_000_000, []],
        [2017, 1_200_000, []],
      ]),
    ).toEqual([null, null]);
  });
});

describe('assessmentOutcome', () => {
  it('gives the standard, classification and transition for the API response', () => {
    const events = householdDecider.decide(assess(), fold(householdDecider, [registered]));
    expect(assessmentOutcome(events)).toEqual({
      standard: 'QD59_2015',
      classification: 'poor',
      transition: 'newly_poor',
    });
    expect(assessmentOutcome(events.slice(0, 1))).toEqual({
      standard: 'QD59_2015',
      classification: 'poor',
      transition: null,
    });
    expect(assessmentOutcome([registered])).toBeNull();
  });
});
