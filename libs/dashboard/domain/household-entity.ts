import { fact, yearOfDate, type Fact } from './facts.js';

/** What the dashboard keeps of one household: where it was at each review, and its commitments. */
export interface HouseholdEntity {
  readonly communeId: string;
  readonly ethnicMinority: boolean;
  readonly reviews: Readonly<Record<string, { readonly classification: string; readonly communeId: string }>>;
  readonly transitions: Readonly<Record<string, { readonly transition: string; readonly communeId: string }>>;
  readonly commitments: Readonly<Record<string, { readonly year: number; readonly status: 'open' | 'fulfilled' | 'cancelled'; readonly dueOn: string; readonly communeId: string }>>;
}

type Data = Readonly<Record<string, unknown>>;
const str = (d: Data, k: string): string | null => (typeof d[k] === 'string' ? (d[k] as string) : null);

/** Never throws on event data: unknown or malformed events leave the entity as it is. */
export function evolveHouseholdEntity(e: HouseholdEntity | null, type: string, d: Data): HouseholdEntity | null {
  if (type === 'HouseholdRegistered') {
    const communeId = str(d, 'communeId');
    return communeId ? { communeId, ethnicMinority: d.ethnicMinority === true, reviews: {}, transitions: {}, commitments: {} } : e;
  }
  if (!e) return e;
  switch (type) {
    case 'HouseholdMoved':
      return { ...e, communeId: str(d, 'toCommuneId') ?? e.communeId };
    case 'HouseholdTransferred':
      return { ...e, communeId: str(d, 'toCommuneId') ?? e.communeId };
    case 'PovertyAssessed':
      return typeof d.reviewYear === 'number' && str(d, 'classification')
        ? { ...e, reviews: { ...e.reviews, [d.reviewYear]: { classification: str(d, 'classification')!, communeId: e.communeId } } }
        : e;
    case 'PovertyStatusChanged':
      return typeof d.reviewYear === 'number' && str(d, 'transition')
        ? { ...e, transitions: { ...e.transitions, [d.reviewYear]: { transition: str(d, 'transition')!, communeId: e.communeId } } }
        : e;
    case 'SupportCommitted': {
      const id = str(d, 'commitmentId');
      const year = yearOfDate(str(d, 'committedOn'));
      if (!id || year === null) return e;
      return { ...e, commitments: { ...e.commitments, [id]: { year, status: 'open', dueOn: str(d, 'dueOn') ?? '9999-12-31', communeId: e.communeId } } };
    }
    case 'SupportCommitmentFulfilled':
    case 'SupportCommitmentCancelled': {
      const id = str(d, 'commitmentId');
      const c = id ? e.commitments[id] : undefined;
      if (!id || !c) return e;
      return { ...e, commitments: { ...e.commitments, [id]: { ...c, status: type === 'SupportCommitmentFulfilled' ? 'fulfilled' : 'cancelled' } } };
    }
    default:
      return e;
  }
}

const em = (h: HouseholdEntity) => (h.ethnicMinority ? 'em' : 'other');

/**
 * Per review year: poor / near-poor (and whether a poor household has a live commitment), the
 * transitions of that year, sustained exits (an exit followed by two reviews without poverty),
 * and each commitment by the year it was made.
 */
export function householdFacts(h: HouseholdEntity): Fact[] {
  const years = Object.keys(h.reviews).map(Number).sort((a, b) => a - b);
  const supported = Object.values(h.commitments).some((c) => c.status !== 'cancelled');
  const facts: Fact[] = [];
  for (const y of years) {
    const r = h.reviews[y];
    if (r.classification === 'poor') {
      facts.push(fact('hh_poor', r.communeId, y, 1, em(h)));
      facts.push(fact(supported ? 'hh_poor_with_commitment' : 'hh_poor_without_commitment', r.communeId, y));
    }
    if (r.classification === 'near_poor') facts.push(fact('hh_near_poor', r.communeId, y, 1, em(h)));
  }
  for (const [y, t] of Object.entries(h.transitions)) {
    facts.push(fact('hh_transition', t.communeId, Number(y), 1, t.transition, em(h)));
    if (t.transition === 'exited_poverty' && sustained(h, Number(y), years)) facts.push(fact('hh_sustained_exit', t.communeId, Number(y)));
  }
  for (const c of Object.values(h.commitments)) facts.push(fact('commitment', c.communeId, c.year, 1, c.status, c.dueOn));
  return facts;
}

function sustained(h: HouseholdEntity, exitYear: number, years: readonly number[]): boolean {
  const next = years.filter((y) => y > exitYear).slice(0, 2);
  return next.length === 2 && next.every((y) => h.reviews[y].classification !== 'poor');
}
