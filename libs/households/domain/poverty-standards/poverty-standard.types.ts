/** Vietnam's poverty standards (chuẩn nghèo) as data: a new decree is a new entry, not new code. */

export const CLASSIFICATIONS = ['poor', 'near_poor', 'average_living', 'not_poor'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const AREAS = ['rural', 'urban'] as const;
export type Area = (typeof AREAS)[number];

/**
 * How a standard combines income and deprivations. Each family is one small pure rule
 * (`poverty-rules.ts`); decrees of the same family differ only in their data.
 */
export const RULE_FAMILIES = ['income_only', 'income_or_deprivation_2016', 'income_and_deprivation'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** Monthly income per capita, VND. `averageLiving` is income in (aboveVnd, upToVnd]. */
export interface AreaThresholds {
  readonly povertyLineVnd: number;
  readonly nearPoorLineVnd: number;
  readonly averageLiving: { readonly aboveVnd: number; readonly upToVnd: number } | null;
}

export interface Indicator {
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn: string;
}

/**
 * Facts taken from press summaries rather than the decree text (POVERTY-STANDARDS.md):
 * kept, flagged, and corrected here once someone checks the text.
 */
export interface UnconfirmedFacts {
  readonly thresholds: boolean;
  readonly averageLiving: boolean;
  readonly indicators: boolean;
}

export interface PovertyStandard {
  readonly code: string;
  /** Official Vietnamese name; `nameEn` for the English UI. */
  readonly name: string;
  readonly nameEn: string;
  /**
   * Years whose poor / near-poor lists the standard governs (in force), inclusive, the
   * transitional year included.
   */
  readonly validFrom: number;
  readonly validTo: number;
  /** The last year in force while its successor was already issued. */
  readonly transitionalYear: number | null;
  /**
   * Review years (rà soát) classified under it, inclusive. The review held at the end of year N
   * draws up the lists for N + 1, so it uses the standard in force for N + 1.
   */
  readonly reviewYears: { readonly from: number; readonly to: number };
  /** Where the facts were checked (decree, press, yearbook). */
  readonly sources: readonly string[];
  readonly rule: RuleFamily;
  /** Deprivations that, with qualifying income, make a household poor (null: income only). */
  readonly minDeprivationsForPoor: number | null;
  readonly thresholds: { readonly rural: AreaThresholds; readonly urban: AreaThresholds };
  readonly indicators: readonly Indicator[];
  readonly unconfirmed: UnconfirmedFacts;
}

export interface ClassificationInput {
  readonly incomePerCapitaVnd: number;
  readonly deprivations: readonly string[];
  readonly area: Area;
}
