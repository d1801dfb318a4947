/**
 * Login throttling (pure), a sliding window: too many failures for a username within the window
 * lock it, too many from one address throttle that address, each until enough of those failures
 * have left the window. Both answer 429 with a Retry-After that holds: attempts refused by the
 * throttle itself are not failures and never extend it (issue 12).
 */
export const USER_FAILURES_BEFORE_LOCK = 5;
export const IP_FAILURES_BEFORE_THROTTLE = 30;
export const WINDOW_SECONDS = 15 * 60;

export interface RecentFailures {
  /** Failure times (ms since epoch) within the window, oldest first, refusals by the throttle left out. */
  readonly forUser: readonly number[];
  readonly forIp: readonly number[];
}

export type ThrottleDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number; readonly reason: 'user_locked' | 'ip_throttled' };

export function throttle(recent: RecentFailures, now: number): ThrottleDecision {
  const user = secondsUntilBelow(recent.forUser, USER_FAILURES_BEFORE_LOCK, now);
  if (user > 0) return { allowed: false, retryAfterSeconds: user, reason: 'user_locked' };
  const ip = secondsUntilBelow(recent.forIp, IP_FAILURES_BEFORE_THROTTLE, now);
  if (ip > 0) return { allowed: false, retryAfterSeconds: ip, reason: 'ip_throttled' };
  return { allowed: true };
}

/** Seconds until fewer than `limit` of these failures are inside the window; 0 when already so. */
function secondsUntilBelow(failures: readonly number[], limit: number, now: number): number {
  if (failures.length < limit) return 0;
  const leaves = failures[failures.length - limit] + WINDOW_SECONDS * 1000;
  return Math.max(0, Math.ceil((leaves - now) / 1000));
}

/** Reasons recorded for attempts the throttle refused: not failures of their own. */
export const THROTTLE_REASONS = ['user_locked', 'ip_throttled'] as const;
