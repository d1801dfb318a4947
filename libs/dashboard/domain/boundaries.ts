import type { FactSum } from './figures.js';

/** Figures of a year read under the units of that year (`then`, the default) or re-based to today's units. */
export const BOUNDARIES = ['then', 'today'] as const;
export type Boundaries = (typeof BOUNDARIES)[number];

/**
 * Today's unit for a unit of any date: follows `successorOf` (merged → successor) until a unit
 * that did not merge. A cycle (corrupt data) stops where it started.
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

/** The same sums with each commune replaced by today's commune, groups that now coincide added up. */
export function rebaseToToday(sums: readonly FactSum[], successorOf: ReadonlyMap<string, string>): FactSum[] {
  const out = new Map<string, FactSum>();
  for (const s of sums) {
    const communeId = todayUnitOf(s.communeId, successorOf);
    const key = [s.metric, communeId, s.dim1, s.dim2].join('\u0000');
    const prev = out.get(key);
    out.set(key, { ...s, communeId, value: (prev?.value ?? 0) + s.value });
  }
  return [...out.values()].filter((s) => s.value !== 0);
}
