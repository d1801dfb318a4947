import { fact, OPEN_END, yearOfDate, type Fact } from './facts.js';

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
  const facts = [fact('activity', row.adminUnitId, year, 1, row.kind, quarter), fact('activity_initiator', row.adminUnitId, year, 1, row.initiator ?? 'organization')];
  for (const r of row.record.resources ?? []) {
    if (typeof r.valueVnd === 'number' && typeof r.source === 'string') facts.push(fact('resource', row.adminUnitId, year, r.valueVnd, r.source));
  }
  return facts;
}

export interface UnitPeriodLike { readonly adminUnitId: string; readonly from: string | null }

/** A pairing counts its unit as paired for each year it is in force at year end. */
export function pairingFacts(p: { establishedOn: string | null; endedOn: string | null; unitHistory: readonly UnitPeriodLike[] }): Fact[] {
  const start = yearOfDate(p.establishedOn);
  if (start === null) return [];
  const end = p.endedOn ? yearOfDate(p.endedOn)! - 1 : OPEN_END;
  return p.unitHistory.flatMap((period, i) => {
    const next = p.unitHistory[i + 1];
    const from = Math.max(start, yearOfDate(period.from) ?? start);
    const to = Math.min(end, next ? yearOfDate(next.from)! - 1 : OPEN_END);
    return from <= to ? [fact('paired', period.adminUnitId, [from, to])] : [];
  });
}

/** An active ethnic-minority commune is a coverage target for each year it is in force at year end. */
export function unitFacts(u: { id: string; kind: string; classifications: readonly string[]; establishedOn: string; endedOn: string | null }): Fact[] {
  const from = yearOfDate(u.establishedOn);
  if (u.kind !== 'commune' || !u.classifications.includes('ethnic_minority_commune') || from === null) return [];
  const to = u.endedOn ? yearOfDate(u.endedOn)! - 1 : OPEN_END;
  return from <= to ? [fact('target', u.id, [from, to])] : [];
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
}

/** A project counts (by its current status and category) in each year from its start until it closes. */
export function projectFacts(p: ProjectLike): Fact[] {
  const years = [p.approvedOn, p.startedOn, p.plannedStartOn].map(yearOfDate).filter((y): y is number => y !== null);
  if (!years.length) return [];
  const from = Math.min(...years);
  const closed = yearOfDate(p.handedOverOn ?? p.cancelledOn ?? p.completedOn);
  const span: [number, number] = [from, Math.max(from, closed ?? OPEN_END)];
  const facts = [fact('project_status', p.adminUnitId, span, 1, p.status), fact('project_category', p.adminUnitId, span, 1, p.category)];
  const completed = yearOfDate(p.completedOn);
  if (completed !== null && p.actualCostVnd !== null && p.status !== 'cancelled') facts.push(fact('project_completed_value', p.adminUnitId, completed, p.actualCostVnd));
  return facts;
}
