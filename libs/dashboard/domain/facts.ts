/**
 * A fact is one entity's contribution to a dashboard figure over a span of years: "this visit
 * counts 1 for (visit, Q2) in commune X in 2015". The projection stores each entity's current
 * facts and appends only the signed differences to a ledger stamped with the log position, so
 * summing the ledger up to any position gives the dashboard as recorded then.
 */
export interface Fact {
  readonly metric: string;
  readonly communeId: string;
  readonly yearFrom: number;
  /** Inclusive; OPEN_END when the contribution has no end yet. */
  readonly yearTo: number;
  readonly dim1: string;
  readonly dim2: string;
  readonly value: number;
}

export const OPEN_END = 9999;

export function fact(
  metric: string,
  communeId: string,
  years: readonly [number, number] | number,
  value = 1,
  dim1 = '',
  dim2 = '',
): Fact {
  const [yearFrom, yearTo] = typeof years === 'number' ? [years, years] : years;
  return { metric, communeId, yearFrom, yearTo, dim1, dim2, value };
}

const keyOf = (f: Fact): string => [f.metric, f.communeId, f.yearFrom, f.yearTo, f.dim1, f.dim2].join('\u0000');

/** Signed changes that turn `before` into `after`, with equal facts merged and zeros dropped. */
export function diffFacts(before: readonly Fact[], after: readonly Fact[]): Fact[] {
  const sums = new Map<string, Fact>();
  const add = (f: Fact, sign: number) => {
    const k = keyOf(f);
    const prev = sums.get(k);
    sums.set(k, { ...f, value: (prev?.value ?? 0) + sign * f.value });
  };
  before.forEach((f) => add(f, -1));
  after.forEach((f) => add(f, 1));
  return [...sums.values()].filter((f) => f.value !== 0);
}

export function yearOfDate(date: string | null | undefined): number | null {
  return typeof date === 'string' && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
}
