import type { Classification } from './poverty-standards/poverty-standard.types.js';

export interface ReviewResult {
  readonly reviewYear: number;
  readonly classification: Classification;
}

export interface ExitOutcome {
  /** The review at which the household was no longer poor. */
  readonly exitYear: number;
  /** sustained: not poor at either of the next two reviews; pending: fewer than two reviews since. */
  readonly outcome: 'sustained' | 'relapsed' | 'pending';
}

const SUSTAIN_REVIEWS = 2;

/** Every exit from poverty in a household's reviews (ordered by review year) and what became of it. */
export function exitOutcomes(reviewsOrdered: readonly ReviewResult[]): ExitOutcome[] {
  const outcomes: ExitOutcome[] = [];
  reviewsOrdered.forEach((review, i) => {
    const previous = reviewsOrdered[i - 1];
    if (!previous || previous.classification !== 'poor' || review.classification === 'poor') return;
    const next = reviewsOrdered.slice(i + 1, i + 1 + SUSTAIN_REVIEWS);
    const outcome = next.some((r) => r.classification === 'poor')
      ? 'relapsed'
      : next.length < SUSTAIN_REVIEWS
        ? 'pending'
        : 'sustained';
    outcomes.push({ exitYear: review.reviewYear, outcome });
  });
  return outcomes;
}

/**
 * Sustainable exits (thoát nghèo bền vững): exits not followed by a relapse in the next two
 * reviews, counted only once those two reviews exist. Returns the exit review years.
 */
export function sustainableExits(reviewsOrdered: readonly ReviewResult[]): number[] {
  return exitOutcomes(reviewsOrdered)
    .filter((o) => o.outcome === 'sustained')
    .map((o) => o.exitYear);
}
