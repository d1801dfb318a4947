import { dashboardFigures, pairingsWithoutActivity, reportDateFor, type FactSum } from './figures.js';

const s = (metric: string, communeId: string, value: number, dim1 = '', dim2 = ''): FactSum => ({
  metric,
  communeId,
  value,
  dim1,
  dim2,
});

describe('dashboardFigures', () => {
  const sums = [
    s('target', 'A', 1),
    s('target', 'B', 1),
    s('target', 'C', 1),
    s('paired', 'A', 2),
    s('paired', 'B', 1),
    s('paired', 'X', 1),
    s('target_village', 'V1', 1, 'X'),
    s('target_village', 'V2', 1, 'X'),
    s('paired', 'V1', 1),
    s('activity', 'A', 3, 'visit', '1'),
    s('activity', 'A', 1, 'immersion_stay', '2'),
    s('activity', 'B', 1, 'study_tour', '4'),
    s('activity_initiator', 'A', 4, 'organization'),
    s('activity_initiator', 'B', 1, 'commune'),
    s('resource', 'A', 10_000_000, 'state_budget'),
    s('resource', 'B', 5_000_000, 'social_mobilization'),
    // Poor households of the review: one supported since March, one by a commitment made after the report date, one with none.
    s('hh_poor', 'A', 2, 'em', '2015-03-01'),
    s('hh_poor', 'A', 1, 'em', '2016-01-10'),
    s('hh_poor', 'A', 1, 'other', ''),
    s('hh_near_poor', 'A', 1, 'em', '2015-06-01'),
    s('hh_transition', 'A', 2, 'exited_poverty', 'em'),
    s('hh_transition', 'A', 1, 'relapsed', 'em'),
    s('hh_exit', 'A', 1, 'supported'),
    s('hh_exit', 'A', 1, 'unsupported'),
    s('hh_sustained_exit', 'A', 1),
    s('hh_count', 'A', 200, 'total'),
    s('hh_count', 'A', 150, 'em'),
    s('commitment', 'A', 2, 'open', '2015-06-30'),
    s('commitment', 'A', 1, 'open', '2016-06-30'),
    s('commitment', 'A', 1, 'fulfilled', '2015-01-01'),
    s('pairing_active', 'A', 1, 'p1'),
    s('pairing_active', 'B', 1, 'p2'),
    s('pairing_activity', 'A', 4, 'p1'),
  ];
  const previous = [s('activity', 'A', 2, 'immersion_stay', '3'), s('activity', 'A', 3, 'study_tour', '1')];
  const names = new Map([
    ['C', 'Phan Sơn'],
    ['V2', 'Thôn 3'],
  ]);
  const d = dashboardFigures(sums, { year: 2015, communeId: null, reportDate: '2015-12-31', names, previous });

  it('covers target communes with at least one pairing; others paired do not count', () => {
    expect(d.coverage).toEqual({
      targetCommunes: 3,
      pairedCommunes: 2,
      percent: 66.7,
      unpaired: [{ id: 'C', name: 'Phan Sơn' }],
    });
  });

  it('covers mixed villages with a pairing of their own', () => {
    expect(d.villages).toEqual({
      targetVillages: 2,
      pairedVillages: 1,
      percent: 50,
      unpaired: [{ id: 'V2', name: 'Thôn 3' }],
    });
  });

  it('counts activities by kind and quarter with the four-together and commune-initiated shares', () => {
    expect(d.activities).toEqual({
      total: 5,
      byKind: { visit: 3, immersion_stay: 1, study_tour: 1 },
      byQuarter: [3, 1, 0, 1],
      fourTogetherShare: 0.2,
      communeInitiatedShare: 0.2,
      studyTours: 1,
    });
    expect(d.resources).toEqual({
      totalVnd: 15_000_000,
      bySource: { state_budget: 10_000_000, social_mobilization: 5_000_000 },
    });
  });

  it('supported = poor households with a commitment made on or before the report date; one made after it is not counted', () => {
    expect(d.households).toMatchObject({
      poor: 4,
      poorEthnicMinority: 3,
      supported: 2,
      unsupported: 2,
      supportedShare: 0.5,
      nearPoorSupported: 1,
    });
    const later = dashboardFigures(sums, { year: 2015, communeId: null, reportDate: '2016-02-01', names, previous });
    expect(later.households).toMatchObject({ supported: 3, unsupported: 1 });
  });

  it('splits exits by support in the 12 months before and counts sustained exits', () => {
    expect(d.households).toMatchObject({
      exitedPoverty: 2,
      relapsed: 1,
      newlyPoor: 0,
      exitsWithSupport: 1,
      exitsWithoutSupport: 1,
      sustainedExits: 1,
    });
  });

  it('gives the poverty rate over communes with a known count and names the ones without', () => {
    expect(d.households.povertyRate).toEqual({
      percent: 2,
      ethnicMinorityPercent: 2,
      poorCounted: 4,
      totalHouseholds: 200,
      ethnicMinorityHouseholds: 150,
      communesMissingCounts: [
        { id: 'B', name: 'B' },
        { id: 'C', name: 'Phan Sơn' },
      ],
    });
    expect(
      dashboardFigures([s('hh_poor', 'A', 3, 'em')], { year: 2015, communeId: null, reportDate: '2015-12-31', names })
        .households.povertyRate,
    ).toMatchObject({ percent: null, ethnicMinorityPercent: null, communesMissingCounts: [{ id: 'A', name: 'A' }] });
  });

  it('counts the commitments overdue at the report date', () => {
    expect(d.commitments).toEqual({ open: 1, overdue: 2, fulfilled: 1, cancelled: 0 });
  });

  it("measures the seed's goals, immersion stays and study tours against the previous year", () => {
    expect(d.kpis).toEqual({
      targetCommunesPaired: 66.7,
      mixedVillagesPaired: 50,
      poorWithCommitment: 50,
      immersionStays: { year: 1, previousYear: 2 },
      studyTours: { year: 1, previousYear: 3 },
    });
  });

  it('lists active pairings without an activity in the year', () => {
    expect(d.pairings.active).toBe(2);
    expect(pairingsWithoutActivity(sums)).toEqual(['p2']);
  });

  it('judges a past year on its last day, the running year on the day given', () => {
    expect(reportDateFor(2015, '2026-11-30')).toBe('2015-12-31');
    expect(reportDateFor(2026, '2026-11-30')).toBe('2026-11-30');
  });
});
