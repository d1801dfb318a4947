import { fold } from '@kn/shared';
import type { Classification } from '../../domain/poverty-standards/poverty-standard.types.js';
import { householdDecider } from '../../domain/household.decide.js';
import { cmd, registered } from '../../domain/household.fixtures.js';
import type { HouseholdEvent } from '../../domain/household.events.js';
import { povertyDynamics, type AssessmentHistoryRow } from './poverty-dynamics.js';

const history = (
  householdId: string,
  communeId: string,
  ethnicMinority: boolean,
  from: number,
  ...cs: Classification[]
): AssessmentHistoryRow[] =>
  cs.map((classification, i) => ({ householdId, communeId, ethnicMinority, reviewYear: from + i, classification }));
const f = (total: number, ethnicMinority: number) => ({ total, ethnicMinority });

describe('poverty dynamics (diễn biến trong năm)', () => {
  const rows = [
    ...history('exits', 'A', true, 2016, 'poor', 'near_poor'),
    ...history('stays', 'A', false, 2016, 'poor', 'poor'),
    ...history('newly', 'A', true, 2016, 'not_poor', 'poor'),
    ...history('relapses', 'A', true, 2014, 'poor', 'near_poor', 'not_poor', 'poor'),
    ...history('near', 'A', false, 2016, 'average_living', 'near_poor'),
    ...history('leavesNear', 'A', true, 2016, 'near_poor', 'not_poor'),
    ...history('unreviewed', 'A', true, 2016, 'poor'),
    ...history('nearAgain', 'A', false, 2015, 'near_poor', 'not_poor', 'near_poor'),
    ...history('elsewhere', 'B', false, 2016, 'near_poor', 'poor'),
  ];

  it('counts start, newly poor, exited, relapsed and end, with ethnic-minority figures', () => {
    const [a] = povertyDynamics(rows, 2017);
    expect(a?.poor).toEqual({
      start: f(3, 2),
      newlyPoor: f(1, 1),
      exitedPoverty: f(1, 1),
      relapsed: f(1, 1),
      end: f(4, 3),
    });
  });

  it('counts the near-poor list the same way, including a household that left poverty into it', () => {
    const [a] = povertyDynamics(rows, 2017);
    expect(a?.nearPoor).toEqual({
      start: f(1, 1),
      newlyNearPoor: f(2, 1),
      exitedNearPoverty: f(1, 1),
      relapsed: f(1, 0),
      end: f(3, 1),
    });
  });

  it('gives one balanced row per commune', () => {
    const result = povertyDynamics(rows, 2017);
    expect(result.map((r) => r.communeId)).toEqual(['A', 'B']);
    for (const r of result) {
      expect(r.poor.start.total + r.poor.newlyPoor.total + r.poor.relapsed.total - r.poor.exitedPoverty.total).toBe(
        r.poor.end.total,
      );
      expect(
        r.nearPoor.start.total +
          r.nearPoor.newlyNearPoor.total +
          r.nearPoor.relapsed.total -
          r.nearPoor.exitedNearPoverty.total,
      ).toBe(r.nearPoor.end.total);
    }
    expect(result[1]?.poor).toMatchObject({ start: f(0, 0), newlyPoor: f(1, 0), end: f(1, 0) });
  });

  it('places a household that moved in the commune of its latest review, and ignores later years', () => {
    const moved = [
      ...history('m', 'A', false, 2016, 'poor'),
      ...history('m', 'B', false, 2017, 'poor'),
      ...history('m', 'C', false, 2018, 'not_poor'),
    ];
    expect(povertyDynamics(moved, 2017).map((r) => [r.communeId, r.poor.start.total, r.poor.end.total])).toEqual([
      ['B', 1, 1],
    ]);
    expect(povertyDynamics(moved, 2015)).toEqual([]);
  });

  it('agrees with the transitions the decider records', () => {
    const incomes = [650_000, 900_000, 1_200_000, 600_000, 650_000];
    let events: HouseholdEvent[] = [registered];
    incomes.forEach((income, i) => {
      const year = 2016 + i;
      events = [
        ...events,
        ...householdDecider.decide(
          cmd('AssessPoverty', {
            reviewYear: year,
            assessedOn: `${year}-11-15`,
            today: `${year}-12-31`,
            incomePerCapitaVnd: income,
            deprivations: [],
          }),
          fold(householdDecider, events),
        ),
      ];
    });
    const rows: AssessmentHistoryRow[] = events.flatMap((e) =>
      e.type === 'PovertyAssessed'
        ? [
            {
              householdId: 'h',
              communeId: 'A',
              ethnicMinority: true,
              reviewYear: e.data.reviewYear,
              classification: e.data.classification,
            },
          ]
        : [],
    );
    for (let year = 2016; year <= 2020; year += 1) {
      const poor = povertyDynamics(rows, year)[0]!.poor;
      const change = events.find((e) => e.type === 'PovertyStatusChanged' && e.data.reviewYear === year);
      const transition = change?.type === 'PovertyStatusChanged' ? change.data.transition : null;
      expect({
        year,
        newly: poor.newlyPoor.total,
        exited: poor.exitedPoverty.total,
        relapsed: poor.relapsed.total,
      }).toEqual({
        year,
        newly: Number(transition === 'newly_poor'),
        exited: Number(transition === 'exited_poverty'),
        relapsed: Number(transition === 'relapsed'),
      });
    }
  });
});
