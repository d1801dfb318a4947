import { dashboardFigures, type FactSum } from './figures.js';

const s = (metric: string, communeId: string, value: number, dim1 = '', dim2 = ''): FactSum => ({ metric, communeId, value, dim1, dim2 });

describe('dashboardFigures', () => {
  const sums = [
    s('target', 'A', 1), s('target', 'B', 1), s('target', 'C', 1), s('paired', 'A', 2), s('paired', 'B', 1), s('paired', 'X', 1),
    s('activity', 'A', 3, 'visit', '1'), s('activity', 'A', 1, 'immersion_stay', '2'), s('activity', 'B', 1, 'study_tour', '4'),
    s('activity_initiator', 'A', 4, 'organization'), s('activity_initiator', 'B', 1, 'commune'),
    s('resource', 'A', 10_000_000, 'state_budget'), s('resource', 'B', 5_000_000, 'social_mobilization'),
    s('hh_poor', 'A', 3, 'em'), s('hh_poor', 'A', 1, 'other'), s('hh_poor_with_commitment', 'A', 3), s('hh_poor_without_commitment', 'A', 1),
    s('hh_transition', 'A', 2, 'exited_poverty', 'em'), s('hh_transition', 'A', 1, 'relapsed', 'em'),
    s('commitment', 'A', 2, 'open', '2015-06-30'), s('commitment', 'A', 1, 'open', '2016-06-30'), s('commitment', 'A', 1, 'fulfilled', '2015-01-01'),
  ];
  const names = new Map([['C', 'Phan Sơn']]);
  const d = dashboardFigures(sums, { year: 2015, communeId: null, today: '2015-12-31', names });

  it('covers target communes with at least one pairing; others paired do not count', () => {
    expect(d.coverage).toEqual({ targetCommunes: 3, pairedCommunes: 2, percent: 66.7, unpaired: [{ id: 'C', name: 'Phan Sơn' }] });
  });

  it('counts activities by kind and quarter with the four-together and commune-initiated shares', () => {
    expect(d.activities).toEqual({ total: 5, byKind: { visit: 3, immersion_stay: 1, study_tour: 1 }, byQuarter: [3, 1, 0, 1], fourTogetherShare: 0.2, communeInitiatedShare: 0.2, studyTours: 1 });
    expect(d.resources).toEqual({ totalVnd: 15_000_000, bySource: { state_budget: 10_000_000, social_mobilization: 5_000_000 } });
  });

  it('counts households and the commitments overdue at that date', () => {
    expect(d.households).toMatchObject({ poor: 4, poorEthnicMinority: 3, withCommitment: 3, withoutCommitment: 1, exitedPoverty: 2, relapsed: 1, newlyPoor: 0 });
    expect(d.commitments).toEqual({ open: 1, overdue: 2, fulfilled: 1, cancelled: 0 });
  });
});
