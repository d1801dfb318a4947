import { isIsoDate, yearOf, type IsoDate } from '@kn/shared';
import { applyRule } from './poverty-rules.js';
import { POVERTY_STANDARDS } from './poverty-standards.data.js';
import type {
  Area,
  AreaThresholds,
  Classification,
  ClassificationInput,
  PovertyStandard,
} from './poverty-standard.types.js';

export function listStandards(): readonly PovertyStandard[] {
  return POVERTY_STANDARDS;
}

export function standardByCode(code: string): PovertyStandard | undefined {
  return POVERTY_STANDARDS.find((s) => s.code === code);
}

/**
 * The standard in force on a date or in a calendar year: the one whose lists apply then (a
 * year's poor households are those recognised under it).
 */
export function standardInForce(dateOrYear: IsoDate | number): PovertyStandard | undefined {
  const year = typeof dateOrYear === 'number' ? dateOrYear : isIsoDate(dateOrYear) ? yearOf(dateOrYear) : Number.NaN;
  return POVERTY_STANDARDS.find((s) => year >= s.validFrom && year <= s.validTo);
}

export interface ReviewStandard {
  readonly reviewYear: number;
  /** The year whose lists the review draws up. */
  readonly appliesToYear: number;
  readonly standard: PovertyStandard;
}

/**
 * The standard a review (rà soát) classifies under: the review held in year N draws up the
 * lists for N + 1, so it is the one whose `reviewYears` hold N (data, not arithmetic, so a
 * transitional rule is an edit to the table).
 */
export function standardForReview(reviewYear: number): ReviewStandard | undefined {
  const standard = POVERTY_STANDARDS.find((s) => reviewYear >= s.reviewYears.from && reviewYear <= s.reviewYears.to);
  return standard ? { reviewYear, appliesToYear: reviewYear + 1, standard } : undefined;
}

export function thresholdsFor(standard: PovertyStandard, area: Area): AreaThresholds {
  return standard.thresholds[area];
}

/** Codes the standard does not define (empty when all are known). */
export function validateDeprivations(standard: PovertyStandard, codes: readonly string[]): string[] {
  const known = new Set(standard.indicators.map((i) => i.code));
  return [...new Set(codes.filter((c) => !known.has(c)))];
}

export function classify(standard: PovertyStandard, input: ClassificationInput): Classification {
  return applyRule(standard.rule, {
    thresholds: standard.thresholds[input.area],
    income: input.incomePerCapitaVnd,
    // A deprivation counts once however often it is listed; codes the standard lacks never count.
    deprivationCount: new Set(input.deprivations).size - validateDeprivations(standard, input.deprivations).length,
    minDeprivations: standard.minDeprivationsForPoor ?? Number.POSITIVE_INFINITY,
  });
}

/**
 * "What-if": the classification an existing assessment would get under another standard.
 * Deprivation lists differ between decrees, so only codes the target standard knows count.
 */
export function reclassify(target: PovertyStandard, input: ClassificationInput): Classification {
  const unknown = new Set(validateDeprivations(target, input.deprivations));
  return classify(target, { ...input, deprivations: input.deprivations.filter((c) => !unknown.has(c)) });
}
