import type { ExpectedRevision } from '../../event-store.port.js';
import type { EsdbExpectedRevision } from '../gateway.js';

/**
 * Expected revisions. The adapter chains each event to its stream predecessor's hash, so it must
 * know the predecessor it writes after: it reads the stream head, checks the caller's expectation
 * against it here, and always sends ESDB the exact head it hashed against (`no_stream` for a new
 * stream). ESDB's own `any` / `stream_exists` would let a concurrent writer slip in between and
 * break the chain; a conflict on the exact revision is retried for `any` / `stream_exists` and
 * reported for `no_stream` / an exact number, as the port says.
 */
export function satisfies(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1;
  if (expected === 'stream_exists') return actual >= 0;
  return actual === expected;
}

/** What ESDB is sent for a head at `headRevision` (-1: no stream). */
export function toEsdbExpected(headRevision: number): EsdbExpectedRevision {
  if (!Number.isSafeInteger(headRevision) || headRevision < -1) throw new Error(`bad stream revision ${headRevision}`);
  return headRevision === -1 ? 'no_stream' : headRevision;
}

/** After a failed exact write: may the caller's expectation still be met by retrying on the new head? */
export function retryable(expected: ExpectedRevision, actual: number): boolean {
  return expected === 'any' || (expected === 'stream_exists' && actual >= 0);
}

/**
 * ESDB's `actualVersion` of a WrongExpectedVersionError (`'no_stream'`, a bigint, or on some
 * servers `'any'`/undefined when unknown) as our actual revision: -1 when the stream does not
 * exist, null when the server did not say (the caller re-reads the head).
 */
export function actualRevision(current: unknown): number | null {
  if (current === 'no_stream') return -1;
  if (typeof current === 'bigint') return toSafeNumber(current, 'revision');
  if (typeof current === 'number' && Number.isSafeInteger(current)) return current;
  if (typeof current === 'string' && /^-?\d+$/.test(current)) return toSafeNumber(BigInt(current), 'revision');
  return null;
}

export function assertExpectedRevision(expected: ExpectedRevision): void {
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
    throw new Error(`expected revision must be a non-negative integer or a keyword: ${expected}`);
  }
}

export function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`${what} ${value} is beyond 2^53: the port's numbers cannot carry it`);
  }
  return Number(value);
}
