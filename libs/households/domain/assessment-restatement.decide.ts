import { ensure, ensureText, NotFound } from '@kn/shared';
import type { RestateAssessment } from './household.commands.js';
import type { AssessmentRestated, RestatedTransition, StatedClassification } from './household.events.js';
import { requireRegistered } from './household.guards.js';
import type { HouseholdState, ReviewState } from './household.state.js';
import { transitionsOf } from './poverty-transitions.js';
import { reclassify, standardByCode, standardForReview } from './poverty-standards/poverty-standards.js';
import type { PovertyStandard } from './poverty-standards/poverty-standard.types.js';

function stated(
  standard: PovertyStandard | undefined,
  code: string,
  review: ReviewState,
  deprivations: readonly string[],
  classification: ReviewState['classification'],
): StatedClassification {
  const lines = standard?.thresholds[review.area];
  return {
    standard: code,
    classification,
    deprivations: [...deprivations],
    povertyLineVnd: lines?.povertyLineVnd ?? 0,
    nearPoorLineVnd: lines?.nearPoorLineVnd ?? 0,
  };
}

/** Transitions that differ once the review's classification is replaced. */
function changedTransitions(
  reviews: readonly ReviewState[],
  reviewYear: number,
  classification: ReviewState['classification'],
): RestatedTransition[] {
  const before = transitionsOf(reviews);
  const after = transitionsOf(reviews.map((r) => (r.reviewYear === reviewYear ? { ...r, classification } : r)));
  return after
    .map((t, i) => ({ reviewYear: t.reviewYear, from: before[i]!.transition, to: t.transition }))
    .filter((t) => t.from !== t.to);
}

/**
 * Re-decides one recorded review under the standard that governs its review year. Only a review
 * recorded under another standard can be restated (`household.restatement_needs_other_standard`):
 * a restatement corrects the standard, not the facts the commune recognised. Deprivations the
 * right standard does not define are dropped, as in the what-if.
 */
export function restateAssessment({ data }: RestateAssessment, state: HouseholdState): AssessmentRestated[] {
  const s = requireRegistered(state, data.householdId);
  ensureText('household.restatement_needs_reason', data.reason, 'reason');
  const review = s.reviews.find((r) => r.reviewYear === data.reviewYear);
  if (!review) throw new NotFound('assessment', `${data.householdId}/${data.reviewYear}`);
  const governing = standardForReview(data.reviewYear);
  ensure(
    'household.no_standard_for_review',
    governing !== undefined,
    `no poverty standard governs the ${data.reviewYear} review`,
    { reviewYear: data.reviewYear },
  );
  const target = governing.standard;
  ensure(
    'household.restatement_needs_other_standard',
    review.standard !== target.code,
    `the ${data.reviewYear} review is already classified under ${target.code}`,
    { reviewYear: data.reviewYear, standard: target.code },
  );
  const input = { incomePerCapitaVnd: review.incomePerCapitaVnd, deprivations: review.deprivations, area: review.area };
  const classification = reclassify(target, input);
  const known = new Set(target.indicators.map((i) => i.code));
  return [
    {
      type: 'AssessmentRestated',
      data: {
        reviewYear: data.reviewYear,
        restatedOn: data.today,
        reason: data.reason.trim(),
        from: stated(
          standardByCode(review.standard),
          review.standard,
          review,
          review.deprivations,
          review.classification,
        ),
        to: stated(
          target,
          target.code,
          review,
          review.deprivations.filter((c) => known.has(c)),
          classification,
        ),
        transitions: changedTransitions(s.reviews, data.reviewYear, classification),
      },
    },
  ];
}
