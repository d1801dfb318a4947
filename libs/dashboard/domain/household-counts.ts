import { fact, type Fact } from './facts.js';

/** A commune's recorded household counts by year (the poverty rate's denominator). */
export interface HouseholdCounts {
  readonly communeId: string;
  readonly years: Readonly<Record<string, { readonly total: number; readonly ethnicMinority: number }>>;
}

type Data = Readonly<Record<string, unknown>>;

/** Never throws on event data: a malformed count leaves the counts as they were. */
export function evolveHouseholdCounts(c: HouseholdCounts | null, type: string, d: Data | null): HouseholdCounts | null {
  if (type !== 'HouseholdCountRecorded' || !d) return c;
  const { communeId, year, totalHouseholds: total, ethnicMinorityHouseholds: em } = d;
  if (typeof communeId !== 'string' || typeof year !== 'number' || typeof total !== 'number' || typeof em !== 'number')
    return c;
  return { communeId, years: { ...(c?.years ?? {}), [year]: { total, ethnicMinority: em } } };
}

/** `hh_count` per year: dim1 `total` and `em` (households of ethnic minorities). */
export function householdCountFacts(c: HouseholdCounts): Fact[] {
  return Object.entries(c.years).flatMap(([year, n]) => [
    fact('hh_count', c.communeId, Number(year), n.total, 'total'),
    fact('hh_count', c.communeId, Number(year), n.ethnicMinority, 'em'),
  ]);
}
