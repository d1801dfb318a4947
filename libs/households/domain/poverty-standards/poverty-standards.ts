import { isIsoDate, yearOf, type IsoDate } from '@kn/shared';
import { applyRule } from './poverty-rules.js';
import { POVERTY_STANDARDS } from './poverty-standards.data.js';
import type { Area, AreaThresholds, Classification, ClassificationInput, PovertyStandard } from './poverty-standard.types.js';

export function listStandards(): readonly PovertyStandard[] {
  return POVERTY_STANDARDS;
}

export function standardByCode(code: string): PovertyStandard | undefined {
  return POVERTY_STANDARDS.find((s) => s.code === code);
}

/**
 * The standard governing a review year. Given an assessment date, its calendar year is the
 * review year: a review held in 2021 is still QĐ 59 (transitional), one in 2026 still NĐ 07.
 */
export function standardInForce(assessedOnOrReviewYear: IsoDate | number): PovertyStandard | undefined {
  const year = typeof assessedOnOrReviewYear === 'number'
    ? assessedOnOrReviewYear
    : isIsoDate(assessedOnOrReviewYear) ? yearOf(assessedOnOrReviewYear) : Number.NaN;
  return POVERTY_STANDARDS.find((s) => year >= s.validFrom && year <= s.validTo);
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
