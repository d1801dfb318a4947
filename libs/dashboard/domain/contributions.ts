import { fact, OPEN_END, yearOfDate, type Fact } from './facts.js';
import { countedResources } from '@kn/shared';

/*
 * What each kind of entity contributes to the dashboard. Inputs are the read documents the other
 * contexts already fold (structural types here, so the domain depends on no other context).
 */

export interface ActivityRowLike {
  readonly adminUnitId: string;
  readonly kind: string;
  readonly occurredOn: string | null;
  readonly initiator: string | null;
  readonly voided: boolean;
  readonly record: { readonly resources?: readonly { readonly valueVnd?: unknown; readonly source?: unknown }[] };
}

export function activityFacts(row: ActivityRowLike): Fact[] {
  const year = yearOfDate(row.occurredOn);
  if (row.voided || year === null) return [];
  const quarter = String(Math.floor((Number(row.occurredOn!.slice(5, 7)) - 1) / 3) + 1);
  const facts = [
    fact('activity', row.adminUnitId, year, 1, row.kind, quarter),
    fact('activity_initiator', row.adminUnitId, year, 1, row.initiator ?? 'organization'),
  ];
  for (const r of countedResources(row.record.resources))
    facts.push(fact('resource', row.adminUnitId, year, r.valueVnd, r.source));
  return facts;
}

export interface UnitPeriodLike {
  readonly adminUnitId: string;
  readonly from: string | null;
}

/**
 * A pairing counts its unit as paired for each year it is in force at year end, and itself as an
 * active pairing (dim1: its id) in those years.
 */
export function pairingFacts(p: {
  id?: string;
  establishedOn: string | null;
  endedOn: string | null;
  unitHistory: readonly UnitPeriodLike[];
}): Fact[] {
  const start = yearOfDate(p.establishedOn);
  if (start === null) return [];
  const end = p.endedOn ? yearOfDate(p.endedOn)! - 1 : OPEN_END;
  return p.unitHistory.flatMap((period, i) => {
    const next = p.unitHistory[i + 1];
    const from = Math.max(start, yearOfDate(period.from) ?? start);
    const to = Math.min(end, next ? yearOfDate(next.from)! - 1 : OPEN_END);
    if (from > to) return [];
    return p.id
      ? [
          fact('paired', period.adminUnitId, [from, to]),
          fact('pairing_active', period.adminUnitId, [from, to], 1, p.id),
        ]
      : [fact('paired', period.adminUnitId, [from, to])];
  });
}

/** Each year a pairing had a (not voided) activity, under the unit of the activity. */
export function pairingActivityFacts(pairingId: string, rows: readonly ActivityRowLike[]): Fact[] {
  const out: Fact[] = [];
  for (const row of rows) {
    const year = yearOfDate(row.occurredOn);
    if (!row.voided && year !== null) out.push(fact('pairing_activity', row.adminUnitId, year, 1, pairingId));
  }
  return out;
}

/** The classifications a unit carried from a date on (its establishment, then each reclassification). */
export interface ClassificationPeriod {
  readonly from: string;
  readonly classifications: readonly string[];
}

/** Appends the period an establishment or reclassification starts; malformed events change nothing. */
export function evolveClassificationPeriods(
  periods: readonly ClassificationPeriod[],
  type: string,
  d: Readonly<Record<string, unknown>>,
): readonly ClassificationPeriod[] {
  const from =
    type === 'AdministrativeUnitEstablished'
      ? d.establishedOn
      : type === 'AdministrativeUnitReclassified'
        ? d.effectiveOn
        : null;
  if (typeof from !== 'string' || yearOfDate(from) === null || !Array.isArray(d.classifications)) return periods;
  const classifications = d.classifications.filter((c): c is string => typeof c === 'string');
  if (type === 'AdministrativeUnitEstablished' && periods.length) return periods;
  return [...periods.filter((p) => p.from < from), { from, classifications }];
}

export interface UnitLike {
  readonly id: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly classifications: readonly string[];
  readonly establishedOn: string;
  readonly endedOn: string | null;
  /** The parents it had and since when (absent until first moved): a village counts under the commune of each year. */
  readonly parentHistory?: readonly { readonly parentId: string | null; readonly from: string }[];
}

/** Year spans `[from, to]` cut where the unit changed parent, each with the parent it had at those years' end. */
function parentSpans(u: UnitLike, from: number, to: number): { from: number; to: number; parentId: string }[] {
  const moves = u.parentHistory?.length ? u.parentHistory : [{ parentId: u.parentId, from: u.establishedOn }];
  return moves.flatMap((m, i) => {
    const next = moves[i + 1];
    const a = Math.max(from, i === 0 ? from : (yearOfDate(m.from) ?? from));
    const b = Math.min(to, next ? (yearOfDate(next.from) ?? OPEN_END) - 1 : to);
    return a > b ? [] : [{ from: a, to: b, parentId: m.parentId ?? '' }];
  });
}

const TARGETS: Readonly<Record<string, { classification: string; metric: string }>> = {
  commune: { classification: 'ethnic_minority_commune', metric: 'target' },
  village: { classification: 'mixed_village', metric: 'target_village' },
};

/**
 * A coverage target for each year it is in force at year end and carries the target
 * classification then (as of that year, not today): an ethnic-minority commune, or a mixed
 * village (thôn xen ghép, counted under its own id with the commune it lay in that year in dim1,
 * so a village transfer leaves the years before it where they were).
 */
export function unitFacts(
  u: UnitLike,
  periods: readonly ClassificationPeriod[] = [{ from: u.establishedOn, classifications: u.classifications }],
): Fact[] {
  const target = TARGETS[u.kind];
  const start = yearOfDate(u.establishedOn);
  if (!target || start === null) return [];
  const end = u.endedOn ? yearOfDate(u.endedOn)! - 1 : OPEN_END;
  return periods.flatMap((p, i) => {
    const next = periods[i + 1];
    const from = Math.max(start, yearOfDate(p.from) ?? start);
    const to = Math.min(end, next ? yearOfDate(next.from)! - 1 : OPEN_END);
    if (!p.classifications.includes(target.classification) || from > to) return [];
    if (u.kind !== 'village') return [fact(target.metric, u.id, [from, to])];
    return parentSpans(u, from, to).map((s) => fact(target.metric, u.id, [s.from, s.to], 1, s.parentId));
  });
}

export interface ProjectLike {
  readonly adminUnitId: string;
  readonly category: string;
  readonly status: string;
  readonly plannedStartOn: string | null;
  readonly approvedOn: string | null;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly handedOverOn: string | null;
  readonly cancelledOn: string | null;
  readonly actualCostVnd: number | null;
  /** The units it belonged to and from when (absent until its unit first merged). */
  readonly unitHistory?: readonly { readonly adminUnitId: string; readonly from: string | null }[];
}

/** The unit a project belonged to at the end of `year` (a merge's year belongs to the successor, as for pairings). */
function projectUnitIn(p: ProjectLike, year: number): string {
  let unit = p.unitHistory?.[0]?.adminUnitId ?? p.adminUnitId;
  for (const h of p.unitHistory ?? [])
    if (h.from !== null && (yearOfDate(h.from) ?? OPEN_END) <= year) unit = h.adminUnitId;
  return unit;
}

/**
 * A project counts (by its current status and category) in each year from its start until it
 * closes, under the unit it belonged to in each year (a merge moves the years after it only).
 */
export function projectFacts(p: ProjectLike): Fact[] {
  const years = [p.approvedOn, p.startedOn, p.plannedStartOn].map(yearOfDate).filter((y): y is number => y !== null);
  if (!years.length) return [];
  const from = Math.min(...years);
  const closed = yearOfDate(p.handedOverOn ?? p.cancelledOn ?? p.completedOn);
  const to = Math.max(from, closed ?? OPEN_END);
  const cuts = (p.unitHistory ?? [])
    .map((h) => yearOfDate(h.from))
    .filter((y): y is number => y !== null && y > from && y <= to);
  const starts = [...new Set([from, ...cuts])].sort((a, b) => a - b);
  const facts = starts.flatMap((start, i) => {
    const span: [number, number] = [start, i + 1 < starts.length ? starts[i + 1]! - 1 : to];
    const unit = projectUnitIn(p, start);
    return [fact('project_status', unit, span, 1, p.status), fact('project_category', unit, span, 1, p.category)];
  });
  const completed = yearOfDate(p.completedOn);
  if (completed !== null && p.actualCostVnd !== null && p.status !== 'cancelled')
    facts.push(fact('project_completed_value', projectUnitIn(p, completed), completed, p.actualCostVnd));
  return facts;
}
