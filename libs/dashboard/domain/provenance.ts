/**
 * Where a dashboard figure comes from (issue 17, ADR 0018). Every countable figure is a sum over
 * rows of the fact ledger; each row was written by one event of one entity's stream. So a
 * figure's items are its rows grouped by entity, and their values add up to the figure because
 * they are the same rows, filtered by the same rule `dashboardFigures` applies.
 */

/** One ledger row with the entity (stream) and the event (position) that wrote it. */
export interface LedgerRow {
  readonly streamId: string;
  readonly metric: string;
  readonly communeId: string;
  readonly dim1: string;
  readonly dim2: string;
  readonly value: number;
  readonly position: number;
}

type Where = (r: LedgerRow, ctx: RuleContext) => boolean;

interface RuleContext {
  readonly reportDate: string;
  /** Communes whose household count of the year is known (the poverty rate's denominators). */
  readonly counted: ReadonlySet<string>;
}

/** A sum of `metric` over the rows `where` keeps; an item per stream. */
interface SumRule {
  readonly kind: 'sum';
  readonly metric: string;
  readonly where?: Where;
  readonly previousYear?: boolean;
}
/**
 * A count of distinct keys present (summed group > 0) under `metric`, and under `also` too when
 * given; an item per key, named by the stream `category-key`.
 */
interface DistinctRule {
  readonly kind: 'distinct';
  readonly metric: string;
  readonly key: 'communeId' | 'dim1';
  readonly also?: string;
  readonly category: string;
}
export type FigureRule = SumRule | DistinctRule;

const sum = (metric: string, where?: Where, previousYear = false): SumRule => ({
  kind: 'sum',
  metric,
  where,
  previousYear,
});
const dim1Is =
  (v: string): Where =>
  (r) =>
    r.dim1 === v;
const supportedBy: Where = (r, c) => r.dim2 !== '' && r.dim2 <= c.reportDate;

const FIXED: Readonly<Record<string, FigureRule>> = {
  'coverage.targetCommunes': { kind: 'distinct', metric: 'target', key: 'communeId', category: 'adminunit' },
  'coverage.pairedCommunes': {
    kind: 'distinct',
    metric: 'target',
    key: 'communeId',
    also: 'paired',
    category: 'adminunit',
  },
  'villages.targetVillages': { kind: 'distinct', metric: 'target_village', key: 'communeId', category: 'adminunit' },
  'villages.pairedVillages': {
    kind: 'distinct',
    metric: 'target_village',
    key: 'communeId',
    also: 'paired',
    category: 'adminunit',
  },
  'pairings.active': { kind: 'distinct', metric: 'pairing_active', key: 'dim1', category: 'pairing' },
  'activities.total': sum('activity'),
  'activities.studyTours': sum('activity', dim1Is('study_tour')),
  'resources.totalVnd': sum('resource'),
  'projects.completedValueVnd': sum('project_completed_value'),
  'households.poor': sum('hh_poor'),
  'households.poorEthnicMinority': sum('hh_poor', dim1Is('em')),
  'households.nearPoor': sum('hh_near_poor'),
  'households.nearPoorEthnicMinority': sum('hh_near_poor', dim1Is('em')),
  'households.supported': sum('hh_poor', supportedBy),
  'households.unsupported': sum('hh_poor', (r, c) => !supportedBy(r, c)),
  'households.nearPoorSupported': sum('hh_near_poor', supportedBy),
  'households.newlyPoor': sum('hh_transition', dim1Is('newly_poor')),
  'households.exitedPoverty': sum('hh_transition', dim1Is('exited_poverty')),
  'households.relapsed': sum('hh_transition', dim1Is('relapsed')),
  'households.exitsWithSupport': sum('hh_exit', dim1Is('supported')),
  'households.exitsWithoutSupport': sum('hh_exit', dim1Is('unsupported')),
  'households.sustainedExits': sum('hh_sustained_exit'),
  'households.povertyRate.poorCounted': sum('hh_poor', (r, c) => c.counted.has(r.communeId)),
  'households.povertyRate.totalHouseholds': sum('hh_count', dim1Is('total')),
  'households.povertyRate.ethnicMinorityHouseholds': sum('hh_count', dim1Is('em')),
  'commitments.open': sum('commitment', (r, c) => r.dim1 === 'open' && r.dim2 >= c.reportDate),
  'commitments.overdue': sum('commitment', (r, c) => r.dim1 === 'open' && r.dim2 < c.reportDate),
  'commitments.fulfilled': sum('commitment', dim1Is('fulfilled')),
  'commitments.cancelled': sum('commitment', dim1Is('cancelled')),
  'kpis.immersionStays.year': sum('activity', dim1Is('immersion_stay')),
  'kpis.immersionStays.previousYear': sum('activity', dim1Is('immersion_stay'), true),
  'kpis.studyTours.year': sum('activity', dim1Is('study_tour')),
  'kpis.studyTours.previousYear': sum('activity', dim1Is('study_tour'), true),
};

/** Figures keyed by a code (`activities.byKind.visit`): the code is the row's dim1. */
const BY_CODE: Readonly<Record<string, string>> = {
  'activities.byKind': 'activity',
  'resources.bySource': 'resource',
  'projects.byStatus': 'project_status',
  'projects.byCategory': 'project_category',
};

/** The rule of a figure path of the dashboard JSON, or null when it is not a countable figure. */
export function figureRule(path: string): FigureRule | null {
  if (Object.hasOwn(FIXED, path)) return FIXED[path];
  const quarter = /^activities\.byQuarter\.([0-3])$/.exec(path);
  if (quarter) return sum('activity', (r) => r.dim2 === String(Number(quarter[1]) + 1));
  const dot = path.lastIndexOf('.');
  const [prefix, code] = [path.slice(0, dot), path.slice(dot + 1)];
  return Object.hasOwn(BY_CODE, prefix) && /^[a-z_]{1,40}$/.test(code) ? sum(BY_CODE[prefix], dim1Is(code)) : null;
}

/**
 * Numbers of the dashboard that are not counts of entities: ratios of two figures, each of which
 * is traceable (percent = pairedCommunes / targetCommunes, …), and the report's own date.
 */
export const DERIVED_FIGURES: readonly RegExp[] = [
  /^year$/,
  /\.percent$/,
  /Share$/,
  /\.povertyRate\.(percent|ethnicMinorityPercent)$/,
  /^kpis\.(targetCommunesPaired|mixedVillagesPaired|poorWithCommitment)$/,
];

/** The metrics whose rows a rule reads (the poverty rate's numerator also needs the counts). */
export function metricsOf(rule: FigureRule, path: string): string[] {
  if (rule.kind === 'distinct') return rule.also ? [rule.metric, rule.also] : [rule.metric];
  return path === 'households.povertyRate.poorCounted' ? [rule.metric, 'hh_count'] : [rule.metric];
}

export interface ProvenanceItem {
  readonly streamId: string;
  readonly value: number;
  /** The rows' events, in log order; from other streams too when a key gathers several (a commune paired by a pairing). */
  readonly events: readonly { readonly position: number; readonly streamId: string }[];
}

const groupKey = (r: LedgerRow) => [r.metric, r.communeId, r.dim1, r.dim2].join('\u0000');

/** Keys of `metric` whose summed group is positive — what `keysWith` counts on the summed ledger. */
function present(rows: readonly LedgerRow[], metric: string, key: 'communeId' | 'dim1'): Set<string> {
  const sums = new Map<string, { key: string; value: number }>();
  for (const r of rows) {
    if (r.metric !== metric) continue;
    const k = groupKey(r);
    sums.set(k, { key: r[key], value: (sums.get(k)?.value ?? 0) + r.value });
  }
  return new Set([...sums.values()].filter((s) => s.value > 0).map((s) => s.key));
}

function eventsOf(rows: readonly LedgerRow[]): ProvenanceItem['events'] {
  const seen = new Map<number, string>();
  for (const r of rows) seen.set(r.position, r.streamId);
  return [...seen].sort((a, b) => a[0] - b[0]).map(([position, streamId]) => ({ position, streamId }));
}

/**
 * The figure's value and its items from the ledger rows of its year (`rows`; for a
 * previous-year KPI, that year's rows), judged on `reportDate`.
 */
export function provenance(
  rule: FigureRule,
  rows: readonly LedgerRow[],
  reportDate: string,
): { value: number; items: ProvenanceItem[] } {
  if (rule.kind === 'distinct') {
    const keys = present(rows, rule.metric, rule.key);
    const also = rule.also ? present(rows, rule.also, 'communeId') : null;
    const items = [...keys]
      .filter((k) => !also || also.has(k))
      .map((k) => ({
        streamId: `${rule.category}-${k}`,
        value: 1,
        events: eventsOf(
          rows.filter(
            (r) =>
              (r.metric === rule.metric && r[rule.key] === k) ||
              (rule.also && r.metric === rule.also && r.communeId === k),
          ),
        ),
      }));
    return { value: items.length, items };
  }
  const ctx: RuleContext = { reportDate, counted: present(rows, 'hh_count', 'communeId') };
  const byStream = new Map<string, LedgerRow[]>();
  for (const r of rows) {
    if (r.metric !== rule.metric || (rule.where && !rule.where(r, ctx))) continue;
    const list = byStream.get(r.streamId);
    if (list) list.push(r);
    else byStream.set(r.streamId, [r]);
  }
  const items = [...byStream]
    .map(([streamId, rs]) => ({ streamId, value: rs.reduce((n, r) => n + r.value, 0), events: eventsOf(rs) }))
    .filter((i) => i.value !== 0);
  return { value: items.reduce((n, i) => n + i.value, 0), items };
}
