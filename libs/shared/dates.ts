/** Business dates are `YYYY-MM-DD` strings; they compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The dates the system holds (issue 12): nothing before 1900 (PostgreSQL has no year 0, and no
 * record of this program is that old), nothing past ten years ahead (a due date, a planned end).
 * Whether a field may lie in the future at all is that field's own rule.
 */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const YEARS_AHEAD = 10;

export function latestDate(today: IsoDate): IsoDate {
  return `${Number(today.slice(0, 4)) + YEARS_AHEAD}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The calendar date of an instant in Vietnam (UTC+7), where the program's business happens. */
export function vietnamDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}
