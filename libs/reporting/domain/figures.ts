import {
  CATEGORY_LABELS,
  CATEGORY_ORDER,
  KIND_LABELS,
  KIND_ORDER,
  labelOf,
  ordered,
  SOCIAL_SOURCES,
  SOURCE_LABELS,
  SOURCE_ORDER,
  STATUS_LABELS,
  STATUS_ORDER,
} from './report.labels.js';
import { povertyTable } from './poverty-table.js';
import { ethnicGroupTable } from './ethnic-table.js';
import { byCommune, byOrganization } from './breakdowns.js';
import type {
  ActivityInput,
  Counted,
  Named,
  Period,
  ProjectInput,
  ReportFigures,
  ReportInput,
  Share,
  YearInput,
} from './report.types.js';

export const shareOf = (count: number, of: number): Share => ({
  count,
  of,
  share: of ? Math.round((count / of) * 1000) / 1000 : 0,
});

function sumRecords(records: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}

const counted = (
  counts: Record<string, number>,
  order: readonly string[],
  labels: Readonly<Record<string, string>>,
): Counted[] =>
  ordered(Object.keys(counts), order)
    .filter((code) => counts[code])
    .map((code) => ({ code, label: labelOf(labels, code), count: counts[code] }));

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id);
const lastYear = (input: ReportInput): YearInput => {
  const last = input.years.at(-1);
  if (!last) throw new Error('a report needs at least one year');
  return last;
};

function activities(input: ReportInput): ReportFigures['activities'] {
  const byKind = sumRecords(input.years.map((y) => y.dashboard.activities.byKind));
  const total = input.years.reduce((n, y) => n + y.dashboard.activities.total, 0);
  const communeRows = input.activities.filter((a) => a.initiator === 'commune');
  const communeByKind: Record<string, number> = {};
  for (const a of communeRows) communeByKind[a.kind] = (communeByKind[a.kind] ?? 0) + 1;
  return {
    total,
    byKind: counted(byKind, KIND_ORDER, KIND_LABELS),
    byYear: input.years.map((y) => ({ year: y.year, total: y.dashboard.activities.total })),
    fourTogether: shareOf(byKind.immersion_stay ?? 0, total),
    communeInitiated: shareOf(communeRows.length, total),
    communeInitiatedByKind: counted(communeByKind, KIND_ORDER, KIND_LABELS),
    studyTours: byKind.study_tour ?? 0,
  };
}

function resources(input: ReportInput): ReportFigures['resources'] {
  const bySource = sumRecords(input.years.map((y) => y.dashboard.resources.bySource));
  const totalVnd = Object.values(bySource).reduce((a, b) => a + b, 0);
  const social = SOCIAL_SOURCES.reduce((n, s) => n + (bySource[s] ?? 0), 0);
  return {
    totalVnd,
    bySource: ordered(Object.keys(bySource), SOURCE_ORDER).map((code) => ({
      code,
      label: labelOf(SOURCE_LABELS, code),
      valueVnd: bySource[code],
    })),
    stateBudgetVnd: bySource.state_budget ?? 0,
    socialMobilizationVnd: social,
    organizationFundVnd: bySource.organization_fund ?? 0,
    socialMobilizationShare: shareOf(social, totalVnd).share,
  };
}

const yearOf = (d: string | null) => (d && /^\d{4}-/.test(d) ? Number(d.slice(0, 4)) : null);

/** The dashboard's rule: a project counts from its first year (approval, start or planned start) until the year it closed. */
export function projectInPeriod(p: ProjectInput, period: Period): boolean {
  const starts = [p.approvedOn, p.startedOn, p.plannedStartOn].map(yearOf).filter((y): y is number => y !== null);
  if (!starts.length) return false;
  const from = Math.min(...starts);
  const closed = yearOf(p.handedOverOn ?? p.cancelledOn ?? p.completedOn);
  return from <= period.to && Math.max(from, closed ?? Infinity) >= period.from;
}

function projects(input: ReportInput): ReportFigures['projects'] {
  const inPeriod = input.projects.filter((p) => projectInPeriod(p, input.period));
  const completedIn = (p: ProjectInput) => {
    const y = yearOf(p.completedOn);
    return (
      p.status !== 'cancelled' &&
      p.actualCostVnd !== null &&
      y !== null &&
      y >= input.period.from &&
      y <= input.period.to
    );
  };
  const statuses: Record<string, number> = {};
  for (const p of inPeriod) statuses[p.status] = (statuses[p.status] ?? 0) + 1;
  const byCategory = ordered(
    inPeriod.map((p) => p.category),
    CATEGORY_ORDER,
  ).map((code) => {
    const ps = inPeriod.filter((p) => p.category === code);
    const done = ps.filter(completedIn);
    return {
      code,
      label: labelOf(CATEGORY_LABELS, code),
      count: ps.length,
      completed: done.length,
      plannedBudgetVnd: ps.reduce((n, p) => n + p.plannedBudgetVnd, 0),
      receivedVnd: ps.reduce((n, p) => n + p.receivedVnd, 0),
      completedValueVnd: done.reduce((n, p) => n + (p.actualCostVnd ?? 0), 0),
    };
  });
  return {
    total: inPeriod.length,
    completedValueVnd: byCategory.reduce((n, c) => n + c.completedValueVnd, 0),
    byStatus: counted(statuses, STATUS_ORDER, STATUS_LABELS),
    byCategory,
  };
}

const ONLY_GIFTS = new Set(['gift', 'visit']);

function limitations(
  input: ReportInput,
  f: Pick<ReportFigures, 'activities' | 'coverage'>,
): ReportFigures['limitations'] {
  const kindsByPairing = new Map<string, Set<string>>();
  for (const a of input.activities)
    kindsByPairing.set(a.pairingId, (kindsByPairing.get(a.pairingId) ?? new Set()).add(a.kind));
  const giftOnly = [...kindsByPairing.values()].filter((kinds) => [...kinds].every((k) => ONLY_GIFTS.has(k))).length;
  const initiating = new Set(
    input.activities.filter((a: ActivityInput) => a.initiator === 'commune').map((a) => a.communeId),
  );
  return {
    oneWay: shareOf(f.activities.total - f.activities.communeInitiated.count, f.activities.total),
    giftOnly: shareOf(giftOnly, kindsByPairing.size),
    communesWithoutInitiative: lastYear(input)
      .pairedTargets.filter((c) => !initiating.has(c.id))
      .slice()
      .sort(byName),
    unpairedCommunes: f.coverage.unpaired,
  };
}

/** Every figure of the report, for one year or summed over the period (stocks as at its end). */
export function buildFigures(input: ReportInput): ReportFigures {
  const last = lastYear(input).dashboard;
  const coverage = { ...last.coverage, unpaired: last.coverage.unpaired.slice().sort(byName) };
  const acts = activities(input);
  const sum = (pick: (y: YearInput) => number) => input.years.reduce((n, y) => n + pick(y), 0);
  return {
    coverage,
    coverageByYear: input.years.map(({ year, dashboard: { coverage: c } }) => ({
      year,
      targetCommunes: c.targetCommunes,
      pairedCommunes: c.pairedCommunes,
      percent: c.percent,
    })),
    activities: acts,
    resources: resources(input),
    projects: projects(input),
    limitations: limitations(input, { activities: acts, coverage }),
    poverty: povertyTable(input),
    byEthnicity: ethnicGroupTable(input),
    povertyRate: last.households.povertyRate,
    villages: {
      targetVillages: last.villages.targetVillages,
      pairedVillages: last.villages.pairedVillages,
      percent: last.villages.percent,
    },
    byOrganization: byOrganization(input, lastYear(input)),
    byCommune: byCommune(input, lastYear(input)),
    pairings: last.pairings,
    kpis: last.kpis,
    households: {
      poor: last.households.poor,
      poorEthnicMinority: last.households.poorEthnicMinority,
      nearPoor: last.households.nearPoor,
      supported: last.households.supported,
      unsupported: last.households.unsupported,
      nearPoorSupported: last.households.nearPoorSupported,
      exitsWithSupport: sum((y) => y.dashboard.households.exitsWithSupport),
      exitsWithoutSupport: sum((y) => y.dashboard.households.exitsWithoutSupport),
      sustainedExits: sum((y) => y.dashboard.households.sustainedExits),
    },
    commitments: {
      open: sum((y) => y.dashboard.commitments.open),
      overdue: sum((y) => y.dashboard.commitments.overdue),
      fulfilled: sum((y) => y.dashboard.commitments.fulfilled),
      cancelled: sum((y) => y.dashboard.commitments.cancelled),
    },
  };
}
