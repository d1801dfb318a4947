import { spec } from '../../../test/support/decider-spec.js';
import { fold } from '@kn/shared';
import { assessedEvent, cmd, registered } from './household.fixtures.js';
import { householdDecider } from './household.decide.js';
import type { HouseholdEvent, PovertyStatusChanged } from './household.events.js';

const hh = spec(householdDecider);
const restate = (reviewYear: number, reason = 'Rà soát năm 2015 áp dụng chuẩn QĐ 59/2015') =>
  cmd('RestateAssessment', { reviewYear, reason, today: '2026-11-30' });
const changed = (
  reviewYear: number,
  from: PovertyStatusChanged['data']['from'],
  to: PovertyStatusChanged['data']['to'],
  transition: PovertyStatusChanged['data']['transition'],
): PovertyStatusChanged => ({
  type: 'PovertyStatusChanged',
  data: { reviewYear, changedOn: `${reviewYear}-11-15`, from, to, transition },
});

// The 2015 review recorded under QĐ 09/2011 (the old mapping): 500,000 rural was near-poor there, poor under QĐ 59.
const under09 = assessedEvent(2015, 'near_poor', {
  standard: 'QD09_2011',
  incomePerCapitaVnd: 500_000,
  povertyLineVnd: 400_000,
  nearPoorLineVnd: 520_000,
});
const history: HouseholdEvent[] = [
  registered,
  assessedEvent(2014, 'poor', {
    standard: 'QD09_2011',
    incomePerCapitaVnd: 350_000,
    povertyLineVnd: 400_000,
    nearPoorLineVnd: 520_000,
  }),
  changed(2014, null, 'poor', 'newly_poor'),
  under09,
  changed(2015, 'poor', 'near_poor', 'exited_poverty'),
  assessedEvent(2016, 'poor'),
  changed(2016, 'near_poor', 'poor', 'relapsed'),
];

describe('restating a review under the standard of its review year', () => {
  it('re-decides 2015 under QD59: near-poor → poor; the 2015 exit and the 2016 relapse disappear', () => {
    hh.given(history)
      .when(restate(2015))
      .then([
        {
          type: 'AssessmentRestated',
          data: {
            reviewYear: 2015,
            restatedOn: '2026-11-30',
            reason: 'Rà soát năm 2015 áp dụng chuẩn QĐ 59/2015',
            from: {
              standard: 'QD09_2011',
              classification: 'near_poor',
              deprivations: [],
              povertyLineVnd: 400_000,
              nearPoorLineVnd: 520_000,
            },
            to: {
              standard: 'QD59_2015',
              classification: 'poor',
              deprivations: [],
              povertyLineVnd: 700_000,
              nearPoorLineVnd: 1_000_000,
            },
            transitions: [
              { reviewYear: 2015, from: 'exited_poverty', to: null },
              { reviewYear: 2016, from: 'relapsed', to: null },
            ],
          },
        },
      ]);
  });

  it('after the restatement the state follows: a 2017 exit is an exit, a later entry newly poor (never exited before)', () => {
    const [restated] = householdDecider.decide(restate(2015), fold(householdDecider, history));
    const state = fold(householdDecider, [...history, restated!]);
    expect(state).toMatchObject({ classification: 'poor', everExitedPoverty: false });
    const events = householdDecider.decide(
      cmd('AssessPoverty', {
        reviewYear: 2017,
        assessedOn: '2017-11-15',
        today: '2017-12-01',
        incomePerCapitaVnd: 2_000_000,
        deprivations: [],
      }),
      state,
    );
    expect(events[1]).toMatchObject({ data: { from: 'poor', transition: 'exited_poverty' } });
  });

  it('household.restatement_needs_other_standard: a review already under its standard is not restated', () => {
    hh.given(history).when(restate(2016)).thenRejects('household.restatement_needs_other_standard');
  });
  it('household.restatement_needs_reason', () =>
    hh.given(history).when(restate(2015, '  ')).thenRejects('household.restatement_needs_reason'));
  it('a review never recorded is not found', () =>
    hh.given(history).when(restate(2018)).thenRejects('assessment.not_found'));
  it('an unregistered household is not found', () =>
    hh.given([]).when(restate(2015)).thenRejects('household.not_found'));
});
