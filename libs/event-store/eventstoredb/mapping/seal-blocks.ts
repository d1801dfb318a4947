import type { LogCheckpoint } from '../../event-store.port.js';

/**
 * The adapter's bookkeeping streams. Names start with `_` so that no domain category (one
 * lowercase word) can clash and the server-side filter `^[^$_]` keeps them out of the log; they
 * are ordinary streams, so no admin rights are needed.
 *
 * - `_kn.seal`: the global seal chain, in `$all` order, as blocks of up to `SEAL_BLOCK` links
 *   (one ESDB event per block, not per event). Each link is
 *   seal_n = sealHash(seal_{n-1}, eventHash, position) exactly as in PostgreSQL; a block is
 *   written with the seal stream's expected revision, so two sealers cannot both extend it.
 * - `_kn.eid-<first event id>`: one per append, naming where a batch went, for idempotency
 *   across streams (ESDB has no index by event id).
 */
export const SEAL_STREAM = '_kn.seal';
export const SEAL_TYPE = 'kn.seal-block';
export const SEAL_BLOCK = 500;
export const ID_TYPE = 'kn.appended';

export function idStream(eventId: string): string {
  return `_kn.eid-${eventId.toLowerCase()}`;
}

/** One link: [commit, position, streamId, revision, eventHash, sealHash, recordedAt ms]. */
export type SealLink = [number, number, string, number, string, string, number];

export interface SealBlock {
  /** Sequence number (1-based) of the first link. */
  readonly first: number;
  /** The smallest recordedAt among the block's events (ms): lets checkpointAt skip ahead. */
  readonly minRecordedAt: number;
  readonly links: SealLink[];
}

export function linkCheckpoint(link: SealLink): LogCheckpoint {
  return { commit: link[0], position: link[1] };
}

export function toSealBlock(first: number, links: SealLink[]): SealBlock {
  if (links.length === 0) throw new Error('an empty seal block');
  return { first, minRecordedAt: Math.min(...links.map((l) => l[6])), links };
}

/** A stored block, validated; null when it is not one (verify reports the chain as broken there). */
export function parseSealBlock(data: unknown): SealBlock | null {
  if (!data || typeof data !== 'object') return null;
  const b = data as Partial<SealBlock>;
  if (
    !Number.isSafeInteger(b.first) ||
    !Number.isFinite(b.minRecordedAt) ||
    !Array.isArray(b.links) ||
    b.links.length === 0
  )
    return null;
  const ok = b.links.every(
    (l: unknown) =>
      Array.isArray(l) &&
      l.length === 7 &&
      Number.isSafeInteger(l[0]) &&
      Number.isSafeInteger(l[1]) &&
      typeof l[2] === 'string' &&
      Number.isSafeInteger(l[3]) &&
      typeof l[4] === 'string' &&
      typeof l[5] === 'string' &&
      Number.isFinite(l[6]),
  );
  return ok ? (b as SealBlock) : null;
}

/** What `_kn.eid-<id>` records: the stream and first revision a batch was written at, and its ids. */
export interface IdRecord {
  readonly streamId: string;
  readonly firstRevision: number;
  readonly eventIds: string[];
}

export function parseIdRecord(data: unknown): IdRecord | null {
  if (!data || typeof data !== 'object') return null;
  const r = data as Partial<IdRecord>;
  if (typeof r.streamId !== 'string' || !Number.isSafeInteger(r.firstRevision) || !Array.isArray(r.eventIds))
    return null;
  return r.eventIds.every((id) => typeof id === 'string') ? (r as IdRecord) : null;
}
