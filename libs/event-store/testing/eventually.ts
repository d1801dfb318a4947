import type { LogCheckpoint, RecordedEvent } from '../event-store.port.js';

/**
 * Polls a condition until it holds, for at most `timeoutMs` — for waiting on positions and
 * deliveries in tests without fixed sleeps.
 */
export async function eventually(
  condition: () => Promise<boolean> | boolean,
  {
    timeoutMs = 10_000,
    intervalMs = 10,
    what = 'condition',
  }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A subscription handler that records what it is given. */
export function collect() {
  const events: RecordedEvent[] = [];
  const checkpoints: LogCheckpoint[] = [];
  return {
    events,
    checkpoints,
    handle: async (batch: readonly RecordedEvent[], checkpoint: LogCheckpoint) => {
      events.push(...batch);
      checkpoints.push(checkpoint);
    },
    until: (count: number, timeoutMs?: number) =>
      eventually(() => events.length >= count, {
        timeoutMs,
        what: `${count} events delivered (have ${events.length})`,
      }),
  };
}
