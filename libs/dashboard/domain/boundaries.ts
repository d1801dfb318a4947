import { todayCommuneOf, todayUnitOf, type UnitLineage } from '@kn/shared';

export { BOUNDARIES, type Boundaries } from '@kn/shared';

/** What of a ledger row or group the re-basing reads and rewrites. */
interface Placed {
  readonly metric: string;
  readonly communeId: string;
  readonly dim1: string;
}

/**
 * A ledger row or group under today's units (the shared rule of `@kn/shared` boundaries): its
 * unit along the lineage; a mixed village's commune (dim1 of `target_village`) is the commune
 * the village lies in today, so a transferred village counts under the commune it moved to.
 */
export function rebased<T extends Placed>(row: T, lineage: UnitLineage): T {
  const communeId = todayUnitOf(row.communeId, lineage.successorOf);
  const dim1 = row.metric === 'target_village' ? todayCommuneOf(row.communeId, lineage) : row.dim1;
  return communeId === row.communeId && dim1 === row.dim1 ? row : { ...row, communeId, dim1 };
}

/** Whether a (re-based) row belongs to one commune's figures: its own, or a mixed village's lying in it. */
export function inCommune(row: Placed, communeId: string): boolean {
  return row.communeId === communeId || (row.metric === 'target_village' && row.dim1 === communeId);
}

/** The same sums with each unit replaced by today's, groups that now coincide added up. */
export function rebaseToToday<T extends Placed & { readonly dim2: string; readonly value: number }>(
  sums: readonly T[],
  lineage: UnitLineage,
): T[] {
  const out = new Map<string, T>();
  for (const s of sums) {
    const r = rebased(s, lineage);
    const key = [r.metric, r.communeId, r.dim1, r.dim2].join('\u0000');
    const prev = out.get(key);
    out.set(key, { ...r, value: (prev?.value ?? 0) + r.value });
  }
  return [...out.values()].filter((s) => s.value !== 0);
}
