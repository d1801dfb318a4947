import { compareCheckpoints, type EventStore, type LogCheckpoint } from '@kn/event-store';
import { problem, ProblemException, type ProjectionRunner } from '@kn/platform';
import type { Pin } from '../domain/report.types.js';

const ATTEMPTS = 3;

/**
 * Pins a report to the log: take the settled head, wait for the read models to include it, seal
 * the log and verify the chain — incrementally, from the last verification that found it whole —
 * (so the head hash is the seal of that position), then read
 * the figures. If anything was appended meanwhile, try again; after a few busy attempts the
 * report is marked not exact (its ledger figures are still those of the pinned position).
 */
export async function pinned<T>(
  store: EventStore,
  runner: ProjectionRunner,
  read: (upTo: LogCheckpoint) => Promise<T>,
): Promise<{ pin: Pin; data: T }> {
  let result: { pin: Pin; data: T } | null = null;
  for (let attempt = 0; attempt < ATTEMPTS && !result?.pin.exact; attempt += 1) {
    const head = await store.head();
    if (head.position > 0 && !(await runner.waitFor(head.position, 10_000))) {
      // The projector is behind or stopped: a state of the server, not of the request.
      throw new ProblemException(
        problem(
          503,
          'read_models_behind',
          'The figures are still being brought up to date with the latest records; try again in a minute.',
          { retryAfterSeconds: 60 },
        ),
      );
    }
    await store.seal();
    const verified = await store.verify(undefined, { incremental: true });
    const data = await read(head);
    const exact = compareCheckpoints(await store.head(), head) === 0;
    result = {
      pin: {
        commit: head.commit,
        position: head.position,
        headHash: verified.headHash,
        chainVerified: verified.ok,
        checkedEvents: verified.checked,
        exact,
      },
      data,
    };
  }
  return result!;
}
