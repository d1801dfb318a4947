import { throttle, USER_FAILURES_BEFORE_LOCK } from './login-throttle.js';

const now = Date.parse('2026-01-01T10:00:00Z');
const minutesAgo = (m: number) => now - m * 60_000;

describe('login throttle', () => {
  it('allows a user below the failure limit', () => {
    expect(throttle({ forUser: [minutesAgo(3), minutesAgo(2), minutesAgo(1), minutesAgo(0)], forIp: 4 }, now)).toEqual({ allowed: true });
  });

  it('locks a user after five failures until fifteen minutes after the fifth-last', () => {
    const failures = Array.from({ length: USER_FAILURES_BEFORE_LOCK }, (_, i) => minutesAgo(5 - i));
    expect(throttle({ forUser: failures, forIp: 5 }, now)).toEqual({ allowed: false, retryAfterSeconds: 600, reason: 'user_locked' });
  });

  it('lets the lock lapse after the window', () => {
    const failures = Array.from({ length: USER_FAILURES_BEFORE_LOCK }, () => minutesAgo(16));
    expect(throttle({ forUser: failures, forIp: 5 }, now)).toEqual({ allowed: true });
  });

  it('throttles an address that fails for many usernames', () => {
    expect(throttle({ forUser: [], forIp: 30 }, now)).toEqual({ allowed: false, retryAfterSeconds: 60, reason: 'ip_throttled' });
  });
});
