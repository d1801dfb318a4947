import { assertNever } from '@kn/shared';
import type { AreaThresholds, Classification, RuleFamily } from './poverty-standard.types.js';

interface RuleInput {
  readonly thresholds: AreaThresholds;
  readonly income: number;
  readonly deprivationCount: number;
  readonly minDeprivations: number;
}

/** Above every poverty line: the average-living band where the standard defines one. */
function aboveLines({ thresholds, income }: RuleInput): Classification {
  const band = thresholds.averageLiving;
  if (band && income > band.aboveVnd && income <= band.upToVnd) return 'average_living';
  return 'not_poor';
}

/** QĐ 09/2011: income alone. */
function incomeOnly(input: RuleInput): Classification {
  if (input.income <= input.thresholds.povertyLineVnd) return 'poor';
  if (input.income <= input.thresholds.nearPoorLineVnd) return 'near_poor';
  return aboveLines(input);
}

/**
 * QĐ 59/2015: income at or below the line is poor whatever the deprivations; between the
 * poverty and near-poor lines, enough deprivations still make the household poor (OR).
 */
function incomeOrDeprivation2016(input: RuleInput): Classification {
  if (input.income <= input.thresholds.povertyLineVnd) return 'poor';
  if (input.income <= input.thresholds.nearPoorLineVnd) {
    return input.deprivationCount >= input.minDeprivations ? 'poor' : 'near_poor';
  }
  return aboveLines(input);
}

/**
 * NĐ 07/2021 and successors: poor needs low income AND enough deprivations ("và" in the
 * Vietnamese text, whatever some English summaries say); low income alone is near-poor.
 */
function incomeAndDeprivation(input: RuleInput): Classification {
  if (input.income <= input.thresholds.povertyLineVnd) {
    return input.deprivationCount >= input.minDeprivations ? 'poor' : 'near_poor';
  }
  return aboveLines(input);
}

export function applyRule(family: RuleFamily, input: RuleInput): Classification {
  switch (family) {
    case 'income_only':
      return incomeOnly(input);
    case 'income_or_deprivation_2016':
      return incomeOrDeprivation2016(input);
    case 'income_and_deprivation':
      return incomeAndDeprivation(input);
    default:
      return assertNever(family, 'poverty rule family');
  }
}
