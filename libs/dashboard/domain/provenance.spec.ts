import { dashboardFigures, type FactSum } from './figures.js';
import { DERIVED_FIGURES, figureRule, provenance, type LedgerRow } from './provenance.js';

/** Every numeric leaf of a JSON value, by dotted path. */
function numericPaths(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => numericPaths(x, `${path}.${i}`));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => numericPaths(x, path ? `${path}.${k}` : k));
  return [];
}

function sums(rows: readonly LedgerRow[]): FactSum[] {
  const m = new Map<string, FactSum>();
  for (const r of rows) {
    const k = [r.metric, r.communeId, r.dim1, r.dim2].join('|');
    const prev = m.get(k);
    m.set(k, {
      metric: r.metric,
      communeId: r.communeId,
      dim1: r.dim1,
      dim2: r.dim2,
      value: (prev?.value ?? 0) + r.value,
    });
  }
  return [...m.values()].filter((s) => s.value !== 0);
}

let position = 0;
const row = (streamId: string, metric: string, communeId: string, value = 1, dim1 = '', dim2 = ''): LedgerRow => ({
  streamId,
  metric,
  communeId,
  dim1,
  dim2,
  value,
  position: ++position,
});

/** A year's ledger with corrections: retractions, re-additions, groups that net to zero. */
const A = 'a0000000-0000-4000-8000-000000000001';
const B = 'b0000000-0000-4000-8000-000000000002';
const V = 'c0000000-0000-4000-8000-000000000003';
const rows: LedgerRow[] = [
  row(`adminunit-${A}`, 'target', A),
  row(`adminunit-${B}`, 'target', B),
  row(`adminunit-${V}`, 'target_village', V, 1, A),
  row('pairing-p1', 'paired', A),
  row('pairing-p1', 'pairing_active', A, 1, 'p1'),
  row('pairing-p2', 'paired', V),
  row('pairing-p2', 'pairing_active', V, 1, 'p2'),
  row('pairing-p3', 'paired', B),
  row('pairing-p3', 'pairing_active', B, 1, 'p3'),
  row('pairing-p3', 'paired', B, -1),
  row('pairing-p3', 'pairing_active', B, -1, 'p3'),
  row('pairing-p1', 'activity', A, 1, 'visit', '1'),
  row('pairing-p1', 'activity', A, 1, 'study_tour', '2'),
  row('pairing-p1', 'activity', A, 1, 'immersion_stay', '3'),
  row('pairing-p1', 'activity', A, -1, 'visit', '1'),
  row('pairing-p2', 'activity', V, 1, 'visit', '4'),
  row('pairing-p1', 'activity_initiator', A, 1, 'commune'),
  row('pairing-p1', 'resource', A, 5_000_000, 'state_budget'),
  row('pairing-p2', 'resource', V, 2_000_000, 'enterprise'),
  row('project-x', 'project_status', A, 1, 'approved'),
  row('project-x', 'project_category', A, 1, 'road'),
  row('project-y', 'project_completed_value', B, 900_000_000),
  row('household-h1', 'hh_poor', A, 1, 'em', '2024-03-01'),
  row('household-h2', 'hh_poor', A, 1, 'em', ''),
  row('household-h3', 'hh_poor', B, 1, '', '2025-02-01'),
  row('household-h2', 'hh_poor', A, -1, 'em', ''),
  row('household-h2', 'hh_poor', A, 1, 'em', '2024-05-01'),
  row('household-h4', 'hh_near_poor', B, 1, 'em', ''),
  row('household-h1', 'hh_transition', A, 1, 'newly_poor', 'em'),
  row('household-h4', 'hh_transition', B, 1, 'exited_poverty', 'em'),
  row('household-h4', 'hh_exit', B, 1, 'supported'),
  row('household-h4', 'hh_sustained_exit', B),
  row(`householdcount-${A}`, 'hh_count', A, 120, 'total'),
  row(`householdcount-${A}`, 'hh_count', A, 100, 'em'),
  row('household-h1', 'commitment', A, 1, 'open', '2024-12-31'),
  row('household-h2', 'commitment', A, 1, 'open', '2024-06-30'),
  row('household-h3', 'commitment', B, 1, 'fulfilled', '2024-01-01'),
  row('household-h2', 'commitment', A, 1, 'cancelled', '2024-08-01'),
  // On the report date itself: supported, and not yet overdue.
  row('household-h5', 'hh_poor', B, 1, '', '2024-09-30'),
  row('household-h5', 'commitment', B, 1, 'open', '2024-09-30'),
];
const previousRows: LedgerRow[] = [
  row('pairing-p1', 'activity', A, 1, 'immersion_stay', '2'),
  row('pairing-p1', 'activity', A, 1, 'study_tour', '1'),
];

describe('figure provenance', () => {
  const reportDate = '2024-09-30';
  const d = dashboardFigures(sums(rows), {
    year: 2024,
    communeId: null,
    reportDate,
    names: new Map(),
    previous: sums(previousRows),
  });

  it('sums its items to every countable figure of the dashboard, and every other number is a ratio of them', () => {
    const paths = numericPaths(d);
    const untraced = paths.filter(([p]) => !figureRule(p) && !DERIVED_FIGURES.some((re) => re.test(p))).map(([p]) => p);
    expect(untraced).toEqual([]);
    const traced = paths.filter(([p]) => figureRule(p));
    expect(traced.length).toBeGreaterThan(30);
    for (const [path, value] of traced) {
      const rule = figureRule(path)!;
      const r = provenance(rule, rule.kind === 'sum' && rule.previousYear ? previousRows : rows, reportDate);
      expect({ path, value: r.value, items: r.items.reduce((n, i) => n + i.value, 0) }).toEqual({
        path,
        value,
        items: value,
      });
    }
  });

  it('lists each entity with the events that put it there, leaving out those that net to nothing', () => {
    const poor = provenance(figureRule('households.poor')!, rows, reportDate);
    expect(poor.items.map((i) => [i.streamId, i.value, i.events.length]).sort()).toEqual([
      ['household-h1', 1, 1],
      ['household-h2', 1, 3],
      ['household-h3', 1, 1],
      ['household-h5', 1, 1],
    ]);
    expect(provenance(figureRule('activities.byKind.visit')!, rows, reportDate).items.map((i) => i.streamId)).toEqual([
      'pairing-p2',
    ]);
    const paired = provenance(figureRule('coverage.pairedCommunes')!, rows, reportDate);
    expect(paired.items.map((i) => i.streamId)).toEqual([`adminunit-${A}`]);
    expect(paired.items[0].events.map((e) => e.streamId)).toEqual([`adminunit-${A}`, 'pairing-p1']);
    expect(
      provenance(figureRule('pairings.active')!, rows, reportDate)
        .items.map((i) => i.streamId)
        .sort(),
    ).toEqual(['pairing-p1', 'pairing-p2']);
  });

  it('knows no figure outside the dashboard', () => {
    expect(figureRule('households.poorest')).toBeNull();
    expect(figureRule('activities.byQuarter.4')).toBeNull();
    expect(figureRule('coverage.percent')).toBeNull();
    expect(figureRule('constructor')).toBeNull();
  });
});
