import { LOG_START, compareCheckpoints, type LogCheckpoint } from '../../event-store.port.js';
import type { EsdbPosition } from '../gateway.js';

/**
 * Positions. ESDB orders `$all` by (commit, prepare) position; both are byte offsets in its
 * transaction log, unique per event in that order. The port's `LogCheckpoint` is exactly that
 * pair — `commit` = commit position, `position` = prepare position — and `RecordedEvent.position`
 * is the prepare position: unique per event and increasing with insertion, also for the events
 * of one append (which may share a commit position).
 */
export function toCheckpoint(position: EsdbPosition): LogCheckpoint {
  return { commit: position.commit, position: position.prepare };
}

/** Where a forwards read must start to see what comes after `after` (ESDB reads are inclusive). */
export function readFrom(after: LogCheckpoint | undefined): EsdbPosition | 'start' {
  if (!after || compareCheckpoints(after, LOG_START) <= 0) return 'start';
  return { commit: after.commit, prepare: after.position };
}

/** Strictly after a checkpoint (drops the inclusive start of a read). */
export function isAfter(position: EsdbPosition, after: LogCheckpoint | undefined): boolean {
  return !after || compareCheckpoints(toCheckpoint(position), after) > 0;
}

/** The probe for `checkpointOf`: the event whose prepare position is `position`, if a read there lands on it. */
export function probeAt(position: number): EsdbPosition {
  return { commit: position, prepare: position };
}

export function maxCheckpoint(a: LogCheckpoint, b: LogCheckpoint): LogCheckpoint {
  return compareCheckpoints(a, b) >= 0 ? a : b;
}
