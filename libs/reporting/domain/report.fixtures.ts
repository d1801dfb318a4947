import type { Dashboard } from '@kn/dashboard';
import type { PovertyDynamicsRow } from '@kn/households';
import type { ActivityInput, Pin, ReportInput, YearInput } from './report.types.js';

const f = (total: number, ethnicMinority = total) => ({ total, ethnicMinority });

export function dashboard(year: number, over: Partial<Dashboard> = {}): Dashboard {
  return {
    year,
    communeId: null,
    reportDate: `${year}-12-31`,
    villages: { targetVillages: 0, pairedVillages: 0, percent: 0, unpaired: [] },
    pairings: { active: 2, withoutActivity: [] },
    kpis: {
      targetCommunesPaired: 66.7,
      mixedVillagesPaired: 0,
      poorWithCommitment: 100,
      immersionStays: { year: 1, previousYear: 0 },
      studyTours: { year: 1, previousYear: 0 },
    },
    coverage: { targetCommunes: 3, pairedCommunes: 2, percent: 66.7, unpaired: [{ id: 'c', name: 'Sông Lũy' }] },
    activities: {
      total: 6,
      byKind: { visit: 3, gift: 1, immersion_stay: 1, study_tour: 1 },
      byQuarter: [6, 0, 0, 0],
      fourTogetherShare: 0.167,
      communeInitiatedShare: 0.167,
      studyTours: 1,
    },
    resources: { totalVnd: 35_000_000, bySource: { state_budget: 30_000_000, social_mobilization: 5_000_000 } },
    projects: { byStatus: {}, byCategory: {}, completedValueVnd: 0 },
    households: {
      poor: 1,
      poorEthnicMinority: 1,
      nearPoor: 0,
      nearPoorEthnicMinority: 0,
      supported: 1,
      supportedShare: 1,
      unsupported: 0,
      nearPoorSupported: 0,
      withoutCommitment: [],
      newlyPoor: 1,
      exitedPoverty: 0,
      relapsed: 0,
      exitsWithSupport: 0,
      exitsWithoutSupport: 0,
      sustainedExits: 0,
      povertyRate: {
        percent: null,
        ethnicMinorityPercent: null,
        poorCounted: 0,
        totalHouseholds: 0,
        ethnicMinorityHouseholds: 0,
        communesMissingCounts: [],
      },
    },
    commitments: { open: 0, overdue: 1, fulfilled: 0, cancelled: 0 },
    ...over,
  };
}

export function povertyRow(
  year: number,
  communeId: string,
  start: number,
  newly: number,
  exited: number,
): PovertyDynamicsRow {
  return {
    year,
    communeId,
    poor: {
      start: f(start),
      newlyPoor: f(newly),
      exitedPoverty: f(exited),
      relapsed: f(0),
      end: f(start + newly - exited),
    },
    nearPoor: { start: f(0), newlyNearPoor: f(exited, 0), exitedNearPoverty: f(0), relapsed: f(0), end: f(exited, 0) },
  };
}

export function yearInput(year: number, over: Partial<YearInput> = {}): YearInput {
  const sums = [
    { metric: 'target', communeId: 'a', dim1: '', dim2: '', value: 1 },
    { metric: 'target', communeId: 'b', dim1: '', dim2: '', value: 1 },
    { metric: 'target', communeId: 'c', dim1: '', dim2: '', value: 1 },
    { metric: 'hh_count', communeId: 'a', dim1: 'total', dim2: '', value: 400 },
    { metric: 'hh_count', communeId: 'a', dim1: 'em', dim2: '', value: 380 },
  ];
  const activePairings = [
    { id: 'p1', organizationId: 'o1', communeId: 'a' },
    { id: 'p2', organizationId: 'o2', communeId: 'b' },
  ];
  return {
    year,
    dashboard: dashboard(year),
    pairedTargets: [
      { id: 'a', name: 'Phan Sơn' },
      { id: 'b', name: 'Phan Lâm' },
    ],
    poverty: [povertyRow(year, 'a', 10, 2, 3)],
    sums,
    activePairings,
    ...over,
  };
}

export const act = (
  pairingId: string,
  communeId: string,
  kind: string,
  initiator = 'organization',
  occurredOn = '2015-03-01',
  coOrganizerIds: string[] = [],
): ActivityInput => ({
  pairingId,
  organizationId: pairingId === 'p1' ? 'o1' : 'o2',
  coOrganizerIds,
  resourcesVnd: kind === 'visit' ? 10_000_000 : kind === 'gift' ? 5_000_000 : 0,
  communeId,
  kind,
  initiator,
  occurredOn,
});

export function input2015(): ReportInput {
  return {
    period: { from: 2015, to: 2015 },
    years: [yearInput(2015)],
    activities: [
      act('p1', 'a', 'visit'),
      act('p1', 'a', 'visit', 'commune'),
      act('p1', 'a', 'immersion_stay'),
      act('p1', 'a', 'study_tour'),
      act('p2', 'b', 'gift'),
      act('p2', 'b', 'visit'),
    ],
    projects: [
      {
        id: 'x',
        title: 'Ánh sáng an ninh',
        communeId: 'a',
        category: 'security_lighting',
        status: 'handed_over',
        plannedBudgetVnd: 120_000_000,
        receivedVnd: 120_000_000,
        actualCostVnd: 118_000_000,
        plannedStartOn: '2015-03-01',
        approvedOn: '2015-02-01',
        startedOn: '2015-03-01',
        completedOn: '2015-09-20',
        handedOverOn: '2015-10-01',
        cancelledOn: null,
      },
    ],
    communeNames: { a: 'Phan Sơn', b: 'Phan Lâm', c: 'Sông Lũy' },
    organizationNames: { o1: 'Hội Nông dân tỉnh', o2: 'Công an tỉnh', o3: 'Tỉnh đoàn' },
    reviews: REVIEWS_2015,
  };
}

/** Codes of the official list (libs/households ethnic-groups.data.ts), as the read side looks them up. */
const ETHNIC_CODES: Readonly<Record<string, string>> = { Kinh: '01', Chăm: '14', 'Cơ Ho': '15', 'Ra Glai': '19' };
const review = (householdId: string, reviewYear: number, classification: string, ethnicity: string | null) => ({
  householdId,
  reviewYear,
  classification,
  ethnicity,
  ethnicCode: ethnicity ? (ETHNIC_CODES[ethnicity] ?? null) : null,
});
/**
 * Reviews agreeing with povertyRow(2015, 'a', 10, 2, 3): 9 poor and 3 near-poor at the end of
 * 2015 (three left poverty for near-poverty), and a 2016 review that a 2015 report ignores.
 */
export const REVIEWS_2015 = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((id) => review(id, 2015, 'poor', 'Ra Glai')),
  review('h7', 2015, 'poor', 'Kinh'),
  review('h8', 2015, 'poor', 'Kinh'),
  review('h9', 2015, 'poor', 'Chăm'),
  ...['x1', 'x2', 'x3'].map((id) => review(id, 2014, 'poor', id === 'x3' ? 'Kinh' : 'Cơ Ho')),
  ...['x1', 'x2', 'x3'].map((id) => review(id, 2015, 'near_poor', id === 'x3' ? 'Kinh' : 'Cơ Ho')),
  review('n1', 2015, 'not_poor', 'Ra Glai'),
  review('h1', 2016, 'not_poor', 'Ra Glai'),
];

export const PIN: Pin = {
  commit: 10,
  position: 42,
  headHash: 'ab'.repeat(32),
  chainVerified: true,
  checkedEvents: 42,
  exact: true,
};
