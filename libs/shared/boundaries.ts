/**
 * Figures of a year read under the units of that year (`then`, the default) or re-based to
 * today's units (`today`). One rule for every context that rolls figures up by unit (ADR 0015):
 * the dashboard, commune coverage, poverty dynamics, the annual report and figure provenance.
 */
export const BOUNDARIES = ['then', 'today'] as const;
export type Boundaries = (typeof BOUNDARIES)[number];

/** What re-basing needs of the unit tree (read from the territory context's `unitLineage`). */
export interface UnitLineage {
  /** A unit that ended → the unit that took it over: its merge successor, or where a dissolution sent its children. */
  readonly successorOf: ReadonlyMap<string, string>;
  /** Each unit's parent today (after re-parenting and village transfers). */
  readonly parentOf: ReadonlyMap<string, string>;
  /** Each unit's kind (`province`, `district`, `commune`, `village`). */
  readonly kindOf: ReadonlyMap<string, string>;
}

export const EMPTY_LINEAGE: UnitLineage = { successorOf: new Map(), parentOf: new Map(), kindOf: new Map() };

/**
 * Today's unit for a unit of any date: follows `successorOf` (merged → successor, dissolved →
 * where its children went) until a unit that did not end. A cycle (corrupt data) stops where it
 * started. Re-parenting keeps a unit's id, so a commune moved under the merged province or out
 * of a dissolved district is its own unit of today.
 */
export function todayUnitOf(id: string, successorOf: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  let current = id;
  for (let next = successorOf.get(current); next && !seen.has(next); next = successorOf.get(current)) {
    seen.add(current);
    current = next;
  }
  return current;
}

/**
 * Today's commune for a unit of any date: a commune along its lineage; a village, the commune it
 * lies in today (a transferred village belongs to the commune it moved to), along that commune's
 * lineage. Any other unit: along its lineage.
 */
export function todayCommuneOf(id: string, lineage: UnitLineage): string {
  const unit = todayUnitOf(id, lineage.successorOf);
  if (lineage.kindOf.get(unit) !== 'village') return unit;
  const parent = lineage.parentOf.get(unit);
  return parent ? todayUnitOf(parent, lineage.successorOf) : unit;
}

/** Every unit (any date) whose commune of today is `communeId`, itself included: what a today-filter must read. */
export function unitsOfTodayCommune(communeId: string, lineage: UnitLineage): string[] {
  const ids = new Set<string>([communeId]);
  for (const id of lineage.kindOf.keys()) if (todayCommuneOf(id, lineage) === communeId) ids.add(id);
  return [...ids];
}
