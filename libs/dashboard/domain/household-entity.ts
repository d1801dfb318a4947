import { fact, type Fact } from './facts.js';
import { firstCommitmentFor, supportedBefore, type CommitmentSpan } from './support.js';

interface Review {
  readonly classification: string;
  readonly communeId: string;
}
interface TransitionAt {
  readonly transition: string;
  readonly communeId: string;
  readonly on: string;
}

/** What the dashboard keeps of one household: where it was at each review, and its commitments. */
export interface HouseholdEntity {
  readonly code: string;
  readonly communeId: string;
  readonly ethnicMinority: boolean;
  readonly reviews: Readonly<Record<string, Review>>;
  readonly transitions: Readonly<Record<string, TransitionAt>>;
  readonly commitments: Readonly<Record<string, CommitmentSpan & { readonly communeId: string }>>;
  /** Merged into the household that stays (a duplicate registration): it no longer counts as a household. */
  readonly merged?: boolean;
}

type Data = Readonly<Record<string, unknown>>;
const str = (d: Data, k: string): string | null => (typeof d[k] === 'string' ? (d[k] as string) : null);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (d: Data, k: string): string | null => (DATE.test(str(d, k) ?? '') ? str(d, k) : null);

function onCommitment(
  e: HouseholdEntity,
  d: Data,
  change: (c: HouseholdEntity['commitments'][string]) => HouseholdEntity['commitments'][string],
): HouseholdEntity {
  const id = str(d, 'commitmentId');
  const c = id ? e.commitments[id] : undefined;
  return id && c ? { ...e, commitments: { ...e.commitments, [id]: change(c) } } : e;
}

/** A restatement replaces the review's classification and every transition it changed. */
function restated(e: HouseholdEntity, d: Data): HouseholdEntity {
  const year = d.reviewYear;
  const to = d.to as Data | undefined;
  const review = typeof year === 'number' ? e.reviews[year] : undefined;
  const classification = to ? str(to, 'classification') : null;
  if (!review || !classification || !Array.isArray(d.transitions)) return e;
  const transitions = { ...e.transitions };
  for (const t of d.transitions as Data[]) {
    const y = t.reviewYear;
    if (typeof y !== 'number') continue;
    const next = str(t, 'to');
    const at = e.transitions[y];
    if (next)
      transitions[y] = {
        transition: next,
        communeId: at?.communeId ?? e.reviews[y]?.communeId ?? e.communeId,
        on: at?.on ?? `${y}-12-31`,
      };
    else delete transitions[y];
  }
  return { ...e, reviews: { ...e.reviews, [year as number]: { ...review, classification } }, transitions };
}

function evolveReview(e: HouseholdEntity, type: string, d: Data): HouseholdEntity {
  if (type === 'PovertyAssessed') {
    const classification = str(d, 'classification');
    return typeof d.reviewYear === 'number' && classification
      ? { ...e, reviews: { ...e.reviews, [d.reviewYear]: { classification, communeId: e.communeId } } }
      : e;
  }
  if (type === 'PovertyStatusChanged') {
    const transition = str(d, 'transition');
    return typeof d.reviewYear === 'number' && transition
      ? {
          ...e,
          transitions: {
            ...e.transitions,
            [d.reviewYear]: { transition, communeId: e.communeId, on: date(d, 'changedOn') ?? `${d.reviewYear}-12-31` },
          },
        }
      : e;
  }
  return type === 'AssessmentRestated' ? restated(e, d) : e;
}

/** Never throws on event data: unknown or malformed events leave the entity as it is. */
export function evolveHouseholdEntity(e: HouseholdEntity | null, type: string, d: Data): HouseholdEntity | null {
  if (type === 'HouseholdRegistered') {
    const communeId = str(d, 'communeId');
    return communeId
      ? {
          code: str(d, 'code') ?? '',
          communeId,
          ethnicMinority: d.ethnicMinority === true,
          reviews: {},
          transitions: {},
          commitments: {},
        }
      : e;
  }
  if (!e) return e;
  switch (type) {
    case 'HouseholdMoved':
    case 'HouseholdTransferred':
      return { ...e, communeId: str(d, 'toCommuneId') ?? e.communeId };
    case 'HouseholdMergedInto':
      return { ...e, merged: true };
    case 'SupportCommitted': {
      const id = str(d, 'commitmentId');
      const committedOn = date(d, 'committedOn');
      if (!id || !committedOn) return e;
      const c = {
        committedOn,
        status: 'open' as const,
        dueOn: date(d, 'dueOn') ?? '9999-12-31',
        endedOn: null,
        communeId: e.communeId,
      };
      return { ...e, commitments: { ...e.commitments, [id]: c } };
    }
    case 'SupportCommitmentFulfilled':
      return onCommitment(e, d, (c) => ({ ...c, status: 'fulfilled', endedOn: date(d, 'fulfilledOn') }));
    case 'SupportCommitmentCancelled':
      return onCommitment(e, d, (c) => ({ ...c, status: 'cancelled', endedOn: date(d, 'cancelledOn') }));
    default:
      return evolveReview(e, type, d);
  }
}

const em = (h: HouseholdEntity) => (h.ethnicMinority ? 'em' : 'other');

/**
 * Per review year: poor and near-poor households (dim2: the date of the first commitment that
 * counts for that year, so the query decides "supported" against its own report date), the
 * year's transitions, exits with or without support in the 12 months before, sustained exits
 * (not poor at the next two reviews), and each commitment by the year it was made.
 */
export function householdFacts(h: HouseholdEntity): Fact[] {
  const years = Object.keys(h.reviews)
    .map(Number)
    .sort((a, b) => a - b);
  const commitments = Object.values(h.commitments);
  const pledged = commitments.map((c) =>
    fact('commitment', c.communeId, Number(c.committedOn.slice(0, 4)), 1, c.status, c.dueOn),
  );
  // A merged duplicate was the same family counted twice: from the merge on, its reviews, transitions
  // and exits stop counting (the survivor's count); the support pledged to it was real and still counts.
  if (h.merged) return pledged;
  const facts: Fact[] = [];
  for (const y of years) {
    const r = h.reviews[y];
    if (r.classification === 'poor')
      facts.push(fact('hh_poor', r.communeId, y, 1, em(h), firstCommitmentFor(commitments, y) ?? ''));
    if (r.classification === 'near_poor')
      facts.push(fact('hh_near_poor', r.communeId, y, 1, em(h), firstCommitmentFor(commitments, y) ?? ''));
  }
  for (const [y, t] of Object.entries(h.transitions)) {
    facts.push(fact('hh_transition', t.communeId, Number(y), 1, t.transition, em(h)));
    if (t.transition !== 'exited_poverty') continue;
    facts.push(
      fact('hh_exit', t.communeId, Number(y), 1, supportedBefore(commitments, t.on) ? 'supported' : 'unsupported'),
    );
    if (sustained(h, Number(y), years)) facts.push(fact('hh_sustained_exit', t.communeId, Number(y)));
  }
  return [...facts, ...pledged];
}

function sustained(h: HouseholdEntity, exitYear: number, years: readonly number[]): boolean {
  const next = years.filter((y) => y > exitYear).slice(0, 2);
  return next.length === 2 && next.every((y) => h.reviews[y].classification !== 'poor');
}

/**
 * The years the household was reviewed poor, as its `hh_poor` facts say: the commune of that
 * review and the date of the first commitment counting for the year ('' when none). Kept in
 * rm.dashboard_poor_households for the list of poor households without a commitment.
 */
export function poorYears(
  h: HouseholdEntity,
): { year: number; code: string; communeId: string; firstCommitment: string }[] {
  return householdFacts(h)
    .filter((f) => f.metric === 'hh_poor')
    .map((f) => ({ year: f.yearFrom, code: h.code, communeId: f.communeId, firstCommitment: f.dim2 }));
}
