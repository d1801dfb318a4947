/**
 * Login throttling (pure): too many recent failures for a username locks it for a while; too
 * many from one address slows that address down. Both answer 429 with Retry-After.
 */
export const USER_FAILURES_BEFORE_LOCK = 5;
export const IP_FAILURES_BEFORE_THROTTLE = 30;
export const WINDOW_SECONDS = 15 * 60;

export interface RecentFailures {
  /** Failure times (ms since epoch) for the username within the window, newest last. */
  readonly forUser: readonly number[];
  readonly forIp: number;
}

export type ThrottleDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number; readonly reason: 'user_locked' | 'ip_throttled' };

export function throttle(recent: RecentFailures, now: number): ThrottleDecision {
  if (recent.forUser.length >= USER_FAILURES_BEFORE_LOCK) {
    const lockedFrom = recent.forUser[recent.forUser.length - USER_FAILURES_BEFORE_LOCK];
    const retry = Math.ceil((lockedFrom + WINDOW_SECONDS * 1000 - now) / 1000);
    if (retry > 0) return { allowed: false, retryAfterSeconds: retry, reason: 'user_locked' };
  }
  if (recent.forIp >= IP_FAILURES_BEFORE_THROTTLE) return { allowed: false, retryAfterSeconds: 60, reason: 'ip_throttled' };
  return { allowed: true };
}
