import { eventHash } from '../../hash-chain.js';
import type { EventMetadata, EventToAppend, RecordedEvent } from '../../event-store.port.js';
import type { EsdbEventData, EsdbRecordedEvent } from '../gateway.js';
import { toCheckpoint } from './checkpoints.js';

/**
 * The metadata envelope. ESDB event metadata is one JSON document; ours keeps the caller's
 * `EventMetadata` whole under `metadata` (so its keys can never collide with ours) beside what
 * the port needs that ESDB does not keep in our terms:
 *
 *   { "kn": 1, "metadata": {…}, "recordedAt": "2026-11-26T07:00:00.000Z", "prevHash": "…"|null, "hash": "…" }
 *
 * `recordedAt` is the adapter's clock, taken before the write because the event hash covers it
 * (ESDB's own `created` is assigned by the server after, so it cannot be hashed); it never goes
 * backwards within a stream. `hash` = eventHash(event, prevHash) exactly as in PostgreSQL.
 */
export const ENVELOPE_VERSION = 1;

export interface Envelope {
  readonly kn: typeof ENVELOPE_VERSION;
  readonly metadata: EventMetadata;
  readonly recordedAt: string;
  readonly prevHash: string | null;
  readonly hash: string;
}

/** The head an append follows: its revision (-1: none), hash and recorded time. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string | null;
  readonly recordedAt: Date | null;
}

export const NO_STREAM_HEAD: StreamHead = Object.freeze({ revision: -1, hash: null, recordedAt: null });

export interface PreparedBatch {
  readonly events: EsdbEventData[];
  readonly firstRevision: number;
  readonly lastRevision: number;
  readonly hashes: string[];
  readonly recordedAt: Date;
}

/** Hash the batch against the head it follows. JSON is normalised first: hash what is stored. */
export function prepareBatch(
  streamId: string,
  head: StreamHead,
  events: readonly EventToAppend[],
  now: Date,
): PreparedBatch {
  const recordedAt = head.recordedAt && head.recordedAt > now ? head.recordedAt : now;
  let prev = head.hash;
  const hashes: string[] = [];
  const out = events.map((event, i): EsdbEventData => {
    const revision = head.revision + 1 + i;
    const eventId = event.eventId.toLowerCase();
    const data = normalise(event.data) as Record<string, unknown>;
    const metadata = normalise(event.metadata) as EventMetadata;
    const hash = eventHash({ streamId, revision, eventId, type: event.type, data, metadata, recordedAt }, prev);
    const envelope: Envelope = {
      kn: ENVELOPE_VERSION,
      metadata,
      recordedAt: recordedAt.toISOString(),
      prevHash: prev,
      hash,
    };
    hashes.push(hash);
    prev = hash;
    return { id: eventId, type: event.type, data, metadata: envelope as unknown as Record<string, unknown> };
  });
  return {
    events: out,
    firstRevision: head.revision + 1,
    lastRevision: head.revision + events.length,
    hashes,
    recordedAt,
  };
}

/** The envelope of a stored event, or null when the event was not written by this adapter. */
export function envelopeOf(metadata: unknown): Envelope | null {
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) return null;
  const m = metadata as Partial<Envelope>;
  if (m.kn !== ENVELOPE_VERSION || typeof m.recordedAt !== 'string' || typeof m.hash !== 'string') return null;
  if (!m.metadata || typeof m.metadata !== 'object') return null;
  if (m.prevHash !== null && typeof m.prevHash !== 'string') return null;
  if (Number.isNaN(Date.parse(m.recordedAt))) return null;
  return m as Envelope;
}

/** A stored ESDB event as the port's RecordedEvent; null for a foreign event or one without a position. */
export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent | null {
  const envelope = envelopeOf(event.metadata);
  if (!envelope || !event.position) return null;
  if (!event.data || typeof event.data !== 'object' || Array.isArray(event.data)) return null;
  return {
    eventId: event.id.toLowerCase(),
    streamId: event.streamId,
    revision: event.revision,
    position: event.position.prepare,
    checkpoint: toCheckpoint(event.position),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: envelope.metadata,
    recordedAt: new Date(envelope.recordedAt),
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
}

/** The head a next append follows, from the stream's last stored event. */
export function headOf(event: EsdbRecordedEvent | undefined): StreamHead {
  if (!event) return NO_STREAM_HEAD;
  const envelope = envelopeOf(event.metadata);
  // A foreign last event: chain to nothing we can vouch for; verify will name the break.
  return {
    revision: event.revision,
    hash: envelope?.hash ?? null,
    recordedAt: envelope ? new Date(envelope.recordedAt) : null,
  };
}

/** Recompute a stored event's hash from what is stored (verify). */
export function recomputeHash(event: EsdbRecordedEvent, envelope: Envelope): string {
  return eventHash(
    {
      streamId: event.streamId,
      revision: event.revision,
      eventId: event.id.toLowerCase(),
      type: event.type,
      data: event.data,
      metadata: envelope.metadata,
      recordedAt: new Date(envelope.recordedAt),
    },
    envelope.prevHash,
  );
}

function normalise(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
