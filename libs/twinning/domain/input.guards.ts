import { ensureValid, isIsoDate } from '@kn/shared';
import type { IsoDate } from '@kn/shared';

/**
 * Predicates and date guards for input that can never be acceptable whatever the state (400),
 * used with `ensureValid` (bad shapes, negative money, future dates); rules that depend on the
 * stream use `ensure` (409). Predicates take `unknown` because corrections merge loosely typed
 * `changes` into a record.
 */

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function isNonNegativeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function isPositiveInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

export function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every(isText);
}

/** Ids listed twice would double-count beneficiaries in every report. */
export function isUniqueTextList(value: unknown): value is readonly string[] {
  return isTextList(value) && new Set(value).size === value.length;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkDate(value: unknown, field: string): asserts value is IsoDate {
  ensureValid('twinning.invalid_date', isIsoDate(value), `${field} must be a date YYYY-MM-DD`, field);
}

/** The system records what happened, so business dates are never later than today. */
export function checkPastDate(
  futureCode: string,
  value: unknown,
  today: IsoDate,
  field: string,
): asserts value is IsoDate {
  checkDate(value, field);
  ensureValid(futureCode, value <= today, `${field} ${value} is in the future (today is ${today})`, field);
}
