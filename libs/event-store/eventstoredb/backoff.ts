/**
 * Waits before the `attempt`-th retry (0-based): 5 ms doubling up to 1 s, with jitter, so that
 * writers that lost the same race do not all come back at once.
 */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(1000, 5 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
}
