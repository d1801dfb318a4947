import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../hash-chain.js';
import {
  AppendTooLargeError,
  HiddenHistoryError,
  IdempotencyConflictError,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
} from '../event-store.port.js';
import {
  EsdbAppendTooLarge,
  EsdbStreamDeleted,
  EsdbUncertainWrite,
  EsdbWrongExpectedVersion,
  appendSize,
  type EsdbGateway,
  type EsdbRecordedEvent,
} from './gateway.js';
import { headOf, prepareBatch, type PreparedBatch } from './mapping/envelope.js';
import { retryable, satisfies, toEsdbExpected } from './mapping/expected-revision.js';
import { ID_TYPE, idStream, parseIdRecord } from './mapping/seal-blocks.js';
import { backoff } from './backoff.js';

export { HiddenHistoryError };

export interface AppendDeps {
  /** Every call on the leader (`onLeader`). */
  readonly gateway: EsdbGateway;
  readonly tailWindow: number;
  readonly maxAppendSize: number;
  readonly recorded: (raw: EsdbRecordedEvent) => RecordedEvent | null;
  readonly warn: (message: string) => void;
}

/** Writes that lost a race or timed out are tried again this many times, with backoff. */
const MAX_ATTEMPTS = 16;
/** How often a read is repeated while it has not caught up with what the server confirmed. */
const CATCH_UP_READS = 10;

/**
 * One append on EventStoreDB (ADR 0006): find a retry, read the head, hash against it, write
 * with that exact revision, read the written events back.
 *
 * What the server does that shapes this (issue 18): a lost race is answered at once from the
 * writer's cache with the winning revision, before reads show the winner — so that revision is
 * believed, and the head is re-read only until it shows it; a retry that races its in-flight
 * original is dropped by the server (IdempotentNotReady) and times out — so a timeout means
 * "look again": the stream's last events are re-read, with backoff, before the write is sent
 * again (same ids, same revision: the server deduplicates it).
 */
export async function appendToEsdb(
  deps: AppendDeps,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  recordedAt: Date,
): Promise<AppendResult> {
  const recorded = await fromIdRecord(deps, streamId, events);
  if (recorded) return recorded;
  let tail = await readTail(deps, streamId, events.length);
  await assertHistoryVisible(deps, streamId, tail);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const earlier = await fromTail(deps, streamId, events, tail);
    if (earlier) return earlier;
    const head = headOf(tail[0]);
    if (!satisfies(expected, head.revision)) throw new WrongExpectedRevisionError(streamId, expected, head.revision);
    const batch = prepareBatch(streamId, head, events, recordedAt);
    assertSize(deps, streamId, batch);
    try {
      await deps.gateway.append(streamId, batch.events, toEsdbExpected(head.revision));
    } catch (error) {
      if (error instanceof EsdbWrongExpectedVersion) {
        if (!retryable(expected, error.actual)) throw new WrongExpectedRevisionError(streamId, expected, error.actual);
        await backoff(attempt); // writers that lost the same race come back one by one
        tail = await readTailAtLeast(deps, streamId, events.length, error.actual);
        continue;
      }
      if (error instanceof EsdbUncertainWrite) {
        const found = await lookAgain(deps, streamId, events, batch);
        if (found) return found;
        tail = await readTail(deps, streamId, events.length);
        continue;
      }
      throw translate(error, streamId, batch);
    }
    const result = await readBack(deps, streamId, events, batch);
    await writeIdRecord(deps, streamId, batch.firstRevision, events);
    return result;
  }
  throw new Error(
    `stream ${streamId}: gave up appending after ${MAX_ATTEMPTS} attempts (concurrent writers or timeouts)`,
  );
}

/** The stream's last events, newest first (enough to find a just-written batch). */
function readTail(deps: AppendDeps, streamId: string, batchSize: number): Promise<EsdbRecordedEvent[]> {
  return deps.gateway.readStream(streamId, { direction: 'backwards', maxCount: deps.tailWindow + batchSize });
}

/** The tail once reads show revision `atLeast` (the server confirmed it before its index caught up). */
async function readTailAtLeast(
  deps: AppendDeps,
  streamId: string,
  batchSize: number,
  atLeast: number,
): Promise<EsdbRecordedEvent[]> {
  for (let i = 0; ; i++) {
    const tail = await readTail(deps, streamId, batchSize);
    if (headOf(tail[0]).revision >= atLeast || i >= CATCH_UP_READS) return tail;
    await backoff(i);
  }
}

/**
 * A write timed out: it may be stored, in flight (the server dropped our retry because the
 * original is not replicated yet), or lost. Re-read the stream's last events with backoff.
 */
async function lookAgain(
  deps: AppendDeps,
  streamId: string,
  events: readonly EventToAppend[],
  batch: PreparedBatch,
): Promise<AppendResult | null> {
  for (let i = 0; i < CATCH_UP_READS; i++) {
    // During a leader election reads fail too: keep looking, with backoff.
    const tail = await readTail(deps, streamId, events.length).catch(() => null);
    if (tail) {
      const found = await fromTail(deps, streamId, events, tail);
      if (found) return found;
      if (headOf(tail[0]).revision >= batch.firstRevision) return null; // someone else's events are there: write again
    }
    await backoff(i);
  }
  return null;
}

/**
 * After a confirmed write: the stored events at the batch's revisions. The server also confirms
 * a write whose ids already sit at those revisions (a racing retry), so the stored events may be
 * the first write's: the same ids with other content is a conflict. Reads may trail the
 * confirmation briefly (a leader change right after it): read until the revisions are there.
 */
async function readBack(
  deps: AppendDeps,
  streamId: string,
  events: readonly EventToAppend[],
  batch: PreparedBatch,
): Promise<AppendResult> {
  for (let i = 0; ; i++) {
    const stored = await deps.gateway.readStream(streamId, {
      direction: 'forwards',
      fromRevision: batch.firstRevision,
      maxCount: events.length,
    });
    if (stored.length === events.length || i >= CATCH_UP_READS)
      return duplicateResult(deps, streamId, events, stored, batch.firstRevision);
    await backoff(i);
  }
}

/** The first result again when `found` (in revision order) are these events with the same content. */
function duplicateResult(
  deps: AppendDeps,
  streamId: string,
  events: readonly EventToAppend[],
  found: EsdbRecordedEvent[],
  at?: number,
): AppendResult {
  const first = found[0];
  const same =
    first !== undefined &&
    found.length === events.length &&
    (at === undefined || first.revision === at) &&
    found.every(
      (row, i) =>
        row.streamId === streamId &&
        row.revision === first.revision + i &&
        row.id.toLowerCase() === events[i].eventId.toLowerCase() &&
        row.type === events[i].type &&
        canonicalJson(row.data) === canonicalJson(JSON.parse(JSON.stringify(events[i].data))),
    );
  if (!same)
    throw new IdempotencyConflictError(
      streamId,
      events.map((e) => e.eventId),
    );
  const last = deps.recorded(found[found.length - 1]);
  if (!last)
    throw new Error(
      `stream ${streamId}: revision ${found[found.length - 1].revision} has no position or envelope (EventStoreDB ≥ 22.6 is needed)`,
    );
  return { streamId, revision: last.revision, position: last.position, checkpoint: last.checkpoint };
}

/** A retry found among the stream's last events (newest first). */
async function fromTail(
  deps: AppendDeps,
  streamId: string,
  events: readonly EventToAppend[],
  tail: EsdbRecordedEvent[],
): Promise<AppendResult | null> {
  const index = new Map(events.map((e, i) => [e.eventId.toLowerCase(), i]));
  const hit = tail.find((e) => index.has(e.id.toLowerCase()));
  if (!hit) return null;
  // Where the batch would start if this were a retry; read exactly that range and compare.
  const start = hit.revision - (index.get(hit.id.toLowerCase()) as number);
  const range =
    start < 0
      ? []
      : await deps.gateway.readStream(streamId, {
          direction: 'forwards',
          fromRevision: start,
          maxCount: events.length,
        });
  return duplicateResult(deps, streamId, events, range);
}

/** A retry found through the id record of its first event (any stream, any age). */
async function fromIdRecord(
  deps: AppendDeps,
  streamId: string,
  events: readonly EventToAppend[],
): Promise<AppendResult | null> {
  const [entry] = await deps.gateway.readStream(idStream(events[0].eventId), { direction: 'backwards', maxCount: 1 });
  const record = entry && parseIdRecord(entry.data);
  if (!record) return null;
  const ids = events.map((e) => e.eventId.toLowerCase());
  if (
    record.streamId !== streamId ||
    record.eventIds.length !== ids.length ||
    record.eventIds.some((id, i) => id.toLowerCase() !== ids[i])
  ) {
    throw new IdempotencyConflictError(streamId, ids);
  }
  const stored = await deps.gateway.readStream(streamId, {
    direction: 'forwards',
    fromRevision: record.firstRevision,
    maxCount: events.length,
  });
  if (stored.length === 0) return null;
  return duplicateResult(deps, streamId, events, stored);
}

async function writeIdRecord(
  deps: AppendDeps,
  streamId: string,
  firstRevision: number,
  events: readonly EventToAppend[],
): Promise<void> {
  const data = { streamId, firstRevision, eventIds: events.map((e) => e.eventId.toLowerCase()) };
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.gateway.append(
        idStream(events[0].eventId),
        [{ id: randomUUID(), type: ID_TYPE, data, metadata: {} }],
        'no_stream',
      );
      return;
    } catch (error) {
      if (error instanceof EsdbWrongExpectedVersion) return; // a racing retry wrote it
      if (attempt >= 3) {
        // The events are stored; only cross-stream retry detection for this batch is lost
        // (a retry into the same stream is still found among its last events).
        deps.warn(`could not record event ids of ${streamId}@${firstRevision}: ${String(error)}`);
        return;
      }
    }
  }
}

/**
 * A stream that reads empty may still have events the server hides: soft-deleted (`$tb` = max),
 * truncated (`$tb`), or aged out (`$maxAge`, `$maxCount`). The server would take `no_stream` on a
 * soft-deleted stream and write after the hidden head, so the batch — hashed as revision 0 — would
 * land at another revision and break the chain. The app never hides history: refuse, naming why.
 */
async function assertHistoryVisible(deps: AppendDeps, streamId: string, tail: EsdbRecordedEvent[]): Promise<void> {
  if (tail.length > 0) return;
  const meta = await deps.gateway.readStreamMetadata(streamId);
  const hidden = [
    meta.truncateBefore !== undefined &&
      meta.truncateBefore > 0 &&
      `$tb=${meta.truncateBefore >= Number.MAX_SAFE_INTEGER ? 'max (soft-deleted)' : meta.truncateBefore}`,
    meta.maxAge !== undefined && `$maxAge=${meta.maxAge}`,
    meta.maxCount !== undefined && `$maxCount=${meta.maxCount}`,
  ].filter(Boolean);
  if (hidden.length === 0) return;
  throw new HiddenHistoryError(streamId, hidden.join(', '));
}

function assertSize(deps: AppendDeps, streamId: string, batch: PreparedBatch): void {
  const size = appendSize(batch.events);
  if (size > deps.maxAppendSize) throw new AppendTooLargeError(streamId, size, deps.maxAppendSize);
}

function translate(error: unknown, streamId: string, batch: PreparedBatch): unknown {
  if (error instanceof EsdbAppendTooLarge)
    return new AppendTooLargeError(streamId, appendSize(batch.events), error.maxAppendSize);
  if (error instanceof EsdbStreamDeleted) return new HiddenHistoryError(streamId, 'tombstoned (hard-deleted)');
  return error;
}

/** EventStoreDB hides (part of) a stream's history, set outside the app: appending would break its chain. */
