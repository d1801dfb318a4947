import { ensure, yearOf, ensureValid } from '@kn/shared';
import type { AssessPoverty } from './household.commands.js';
import type { PovertyAssessed, PovertyStatusChanged } from './household.events.js';
import { ensureNotBeforeRegistration, ensurePastDate, requireRegistered } from './household.guards.js';
import type { HouseholdState, RegisteredHousehold } from './household.state.js';
import { transitionBetween } from './poverty-transitions.js';
import {
  classify,
  standardByCode,
  standardForReview,
  validateDeprivations,
} from './poverty-standards/poverty-standards.js';
import type { PovertyStandard } from './poverty-standards/poverty-standard.types.js';

/**
 * The named standard, else the one that governs the review year: the review held in year N
 * draws up the lists for N + 1 and uses the standard in force for N + 1 (`standardForReview`).
 */
function chooseStandard(data: AssessPoverty['data']): PovertyStandard {
  if (data.standard) {
    const named = standardByCode(data.standard);
    ensureValid(
      'household.unknown_standard',
      named !== undefined,
      `unknown poverty standard ${data.standard}`,
      'standard',
    );
    return named;
  }
  const governing = standardForReview(data.reviewYear);
  ensureValid(
    'household.no_standard_for_review',
    governing !== undefined,
    `no poverty standard governs the ${data.reviewYear} review`,
    'reviewYear',
  );
  return governing.standard;
}

/**
 * One review per year, in year order: transitions are defined against the previous review,
 * so a review may not be slipped in before one already recorded. There is deliberately no
 * correction command: the classification is recognised by the commune after public posting,
 * and the year's dynamics are reported from it; a wrong result is put right by the next review.
 */
function ensureReviewYearFree(s: RegisteredHousehold, reviewYear: number): void {
  ensure(
    'household.one_assessment_per_review_year',
    !s.reviewYears.includes(reviewYear),
    `the household was already assessed for ${reviewYear}`,
    { reviewYear },
  );
  const latest = s.reviewYears.at(-1);
  ensure(
    'household.review_years_in_order',
    latest === undefined || reviewYear > latest,
    `review ${reviewYear} comes before the latest recorded review ${latest}`,
    { reviewYear, latest },
  );
}

function ensureAssessmentInput(data: AssessPoverty['data']): void {
  ensureValid(
    'household.income_not_negative',
    Number.isInteger(data.incomePerCapitaVnd) && data.incomePerCapitaVnd >= 0,
    'incomePerCapitaVnd must be a whole, non-negative VND amount',
    'incomePerCapitaVnd',
  );
  ensurePastDate(data.assessedOn, 'assessedOn', data.today);
  ensureValid(
    'household.review_year_not_after_assessment',
    Number.isInteger(data.reviewYear) && data.reviewYear <= yearOf(data.assessedOn),
    `review year ${data.reviewYear} is after the assessment date ${data.assessedOn}`,
    'reviewYear',
  );
}

export function assessPoverty(
  { data }: AssessPoverty,
  state: HouseholdState,
): (PovertyAssessed | PovertyStatusChanged)[] {
  const s = requireRegistered(state, data.householdId);
  ensureAssessmentInput(data);
  ensureNotBeforeRegistration(s, data.assessedOn, 'assessedOn');
  const standard = chooseStandard(data);
  const unknown = validateDeprivations(standard, data.deprivations);
  ensureValid(
    'household.unknown_deprivations',
    unknown.length === 0,
    `not indicators of ${standard.code}: ${unknown.join(', ')}`,
    'deprivations',
  );
  ensureReviewYearFree(s, data.reviewYear);

  const deprivations = [...new Set(data.deprivations)];
  const classification = classify(standard, {
    incomePerCapitaVnd: data.incomePerCapitaVnd,
    deprivations,
    area: s.area,
  });
  const lines = standard.thresholds[s.area];
  const assessed: PovertyAssessed = {
    type: 'PovertyAssessed',
    data: {
      reviewYear: data.reviewYear,
      assessedOn: data.assessedOn,
      standard: standard.code,
      area: s.area,
      incomePerCapitaVnd: data.incomePerCapitaVnd,
      deprivations,
      classification,
      povertyLineVnd: lines.povertyLineVnd,
      nearPoorLineVnd: lines.nearPoorLineVnd,
    },
  };
  const transition = transitionBetween(s.classification, classification, s.everExitedPoverty);
  if (!transition) return [assessed];
  return [
    assessed,
    {
      type: 'PovertyStatusChanged',
      data: {
        reviewYear: data.reviewYear,
        changedOn: data.assessedOn,
        from: s.classification,
        to: classification,
        transition,
      },
    },
  ];
}
