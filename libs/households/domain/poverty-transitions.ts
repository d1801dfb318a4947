import type { Classification } from './poverty-standards/poverty-standard.types.js';
import type { Transition } from './household.events.js';

/** Entering poverty is newly poor or a relapse depending on the household's history. */
type Step = Transition | 'entered_poverty' | null;

/**
 * The transition table, previous classification (row; `none` = first assessment) → new one.
 * A poor household that becomes near-poor has exited poverty: the poverty axis names the
 * transition; the near-poor table (`poverty-dynamics`) still counts it as a near-poor entry.
 * Moves between average-living and not-poor are outside both lists: no transition.
 */
export const TRANSITION_TABLE: Readonly<Record<Classification | 'none', Readonly<Record<Classification, Step>>>> = {
  none: { poor: 'entered_poverty', near_poor: 'became_near_poor', average_living: null, not_poor: null },
  poor: { poor: null, near_poor: 'exited_poverty', average_living: 'exited_poverty', not_poor: 'exited_poverty' },
  near_poor: {
    poor: 'entered_poverty',
    near_poor: null,
    average_living: 'exited_near_poverty',
    not_poor: 'exited_near_poverty',
  },
  average_living: { poor: 'entered_poverty', near_poor: 'became_near_poor', average_living: null, not_poor: null },
  not_poor: { poor: 'entered_poverty', near_poor: 'became_near_poor', average_living: null, not_poor: null },
};

export function transitionBetween(
  from: Classification | null,
  to: Classification,
  everExitedPoverty: boolean,
): Transition | null {
  const step = TRANSITION_TABLE[from ?? 'none'][to];
  if (step === 'entered_poverty') return everExitedPoverty ? 'relapsed' : 'newly_poor';
  return step;
}

export interface ClassifiedReview {
  readonly reviewYear: number;
  readonly classification: Classification;
}

/** The transition of each review against the one before it, walking the household's reviews in order. */
export function transitionsOf(
  reviews: readonly ClassifiedReview[],
): { reviewYear: number; transition: Transition | null }[] {
  let previous: Classification | null = null;
  let everExited = false;
  return reviews.map((r) => {
    const transition = transitionBetween(previous, r.classification, everExited);
    if (transition === 'exited_poverty') everExited = true;
    previous = r.classification;
    return { reviewYear: r.reviewYear, transition };
  });
}
