import { throttle, USER_FAILURES_BEFORE_LOCK } from './login-throttle.js';

const now = Date.parse('2026-01-01T10:00:00Z');
const minutesAgo = (m: number) => now - m * 60_000;

describe('login throttle', () => {
  it('allows a user below the failure limit', () => {
    expect(throttle({ forUser: [minutesAgo(3), minutesAgo(2), minutesAgo(1), minutesAgo(0)], forIp: [] }, now)).toEqual(
      { allowed: true },
    );
  });

  it('locks a user after five failures until fifteen minutes after the fifth-last', () => {
    const failures = Array.from({ length: USER_FAILURES_BEFORE_LOCK }, (_, i) => minutesAgo(5 - i));
    expect(throttle({ forUser: failures, forIp: [] }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 600,
      reason: 'user_locked',
    });
  });

  it('lets the lock lapse after the window', () => {
    const failures = Array.from({ length: USER_FAILURES_BEFORE_LOCK }, () => minutesAgo(16));
    expect(throttle({ forUser: failures, forIp: [] }, now)).toEqual({ allowed: true });
  });

  it('throttles an address that fails for many usernames until the oldest of its last thirty failures leaves the window', () => {
    const failures = Array.from({ length: 30 }, (_, i) => minutesAgo(10 - i / 10));
    expect(throttle({ forUser: [], forIp: failures }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
      reason: 'ip_throttled',
    });
    expect(throttle({ forUser: [], forIp: failures }, now + 300_000)).toEqual({ allowed: true });
  });

  it('keeps Retry-After true: the answer at the announced time is "allowed" (issue 12, low)', () => {
    const failures = Array.from({ length: USER_FAILURES_BEFORE_LOCK }, (_, i) => minutesAgo(5 - i));
    const first = throttle({ forUser: failures, forIp: [] }, now);
    expect(first.allowed).toBe(false);
    const retry = first.allowed ? 0 : first.retryAfterSeconds;
    expect(throttle({ forUser: failures, forIp: [] }, now + retry * 1000)).toEqual({ allowed: true });
  });
});
