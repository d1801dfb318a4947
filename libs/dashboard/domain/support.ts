/**
 * The program's definitions of "supported" (one place; the dashboard, the list of households
 * without a commitment and the report all use these).
 */
export interface CommitmentSpan {
  readonly committedOn: string;
  readonly status: 'open' | 'fulfilled' | 'cancelled';
  readonly dueOn: string;
  /** The day it was fulfilled or cancelled; null while open. */
  readonly endedOn: string | null;
}

/**
 * "Có cam kết hỗ trợ" for the review of `year`: the earliest date a commitment was made among
 * those not cancelled before the year began. The household counts as supported in a report dated
 * D when this date is on or before D — so a commitment made after the report is never counted.
 */
export function firstCommitmentFor(commitments: readonly CommitmentSpan[], year: number): string | null {
  const yearStart = `${year}-01-01`;
  const dates = commitments
    .filter((c) => !(c.status === 'cancelled' && c.endedOn !== null && c.endedOn < yearStart))
    .map((c) => c.committedOn)
    .sort();
  return dates[0] ?? null;
}

/** The day twelve months before an ISO date (29 February falls back to the 28th). */
export function twelveMonthsBefore(isoDate: string): string {
  const year = String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0');
  const rest = isoDate.slice(4) === '-02-29' ? '-02-28' : isoDate.slice(4);
  return `${year}${rest}`;
}

/**
 * An exit "with support": some commitment was in force at some time in the 12 months before the
 * exit review — made on or before the exit date and not fulfilled or cancelled before the
 * window began.
 */
export function supportedBefore(commitments: readonly CommitmentSpan[], exitOn: string): boolean {
  const windowStart = twelveMonthsBefore(exitOn);
  return commitments.some((c) => c.committedOn <= exitOn && (c.endedOn === null || c.endedOn > windowStart));
}
