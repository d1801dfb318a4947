import { EARLIEST_DATE, isIsoDate, latestDate, type IsoDate } from '@kn/shared';
import type { FieldError } from './problem.js';

/**
 * One policy for every text that enters through a body or a query (issue 12), before any
 * controller sees it, so the read side never meets a value the write side accepted and
 * PostgreSQL cannot store:
 * - no NUL character (PostgreSQL text and jsonb refuse it);
 * - no unpaired UTF-16 surrogate (not encodable as UTF-8);
 * - every text normalised to NFC (one spelling of "Tiếng Việt", whichever keyboard typed it);
 * - every date-shaped text (`YYYY-MM-DD`, alone or opening an instant) a real calendar date
 *   between EARLIEST_DATE and today + YEARS_AHEAD. Whether a field may lie in the future at all
 *   stays that field's own rule (its validator or its decider).
 * Object keys obey the same text rules (free-form objects such as a correction's `changes`).
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DATE_SHAPED = /^([+-]?\d{4,})-(\d{2})-(\d{2})(?=$|T)/;

export interface Cleaned {
  readonly value: unknown;
  readonly errors: readonly FieldError[];
}

/** Checks every text of a parsed JSON value or query object and returns it normalised, with the errors found. */
export function cleanInput(value: unknown, today: IsoDate, path = ''): Cleaned {
  const errors: FieldError[] = [];
  const clean = (v: unknown, at: string): unknown => {
    if (typeof v === 'string') return cleanText(v, at, today, errors);
    if (Array.isArray(v)) return v.map((x, i) => clean(x, `${at}[${i}]`));
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const field = at ? `${at}.${k}` : k;
        const key = textProblem(k) ? (errors.push(fieldError(field, textProblem(k)!)), k) : k.normalize('NFC');
        out[key] = clean(x, field);
      }
      return out;
    }
    return v;
  };
  return { value: clean(value, path), errors };
}

function cleanText(text: string, field: string, today: IsoDate, errors: FieldError[]): string {
  const problem = textProblem(text) ?? dateProblem(text, today);
  if (problem) errors.push(fieldError(field, problem, today));
  return problem ? text : text.normalize('NFC');
}

type ProblemCode = 'text_contains_nul' | 'text_unpaired_surrogate' | 'date_not_in_calendar' | 'date_out_of_range';

function textProblem(text: string): ProblemCode | null {
  if (text.includes('\u0000')) return 'text_contains_nul';
  if (UNPAIRED_SURROGATE.test(text)) return 'text_unpaired_surrogate';
  return null;
}

function dateProblem(text: string, today: IsoDate): ProblemCode | null {
  const m = DATE_SHAPED.exec(text);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isIsoDate(date))
    return m[1].length === 4 && !m[1].startsWith('+') && !m[1].startsWith('-')
      ? 'date_not_in_calendar'
      : 'date_out_of_range';
  return date < EARLIEST_DATE || date > latestDate(today) ? 'date_out_of_range' : null;
}

const MESSAGES: Record<ProblemCode, (field: string, today: IsoDate) => string> = {
  text_contains_nul: (f) => `${f} contains a NUL character`,
  text_unpaired_surrogate: (f) => `${f} contains an unpaired UTF-16 surrogate (not valid Unicode text)`,
  date_not_in_calendar: (f) => `${f} is not a date of the calendar`,
  date_out_of_range: (f, today) => `${f} must lie between ${EARLIEST_DATE} and ${latestDate(today)}`,
};

function fieldError(field: string, code: ProblemCode, today: IsoDate = EARLIEST_DATE): FieldError {
  return { field, code, message: MESSAGES[code](field || 'the body', today) };
}
