import { createHash } from 'node:crypto';

/**
 * Tamper evidence. Each event's hash covers its content and its stream predecessor's hash
 * (computed at append, where the stream revision already serialises writers); the global log is
 * then sealed in commit order by a second chain over the event hashes. See ADR 0003.
 */
export interface HashableEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: Date;
}

export function eventHash(event: HashableEvent, prevHash: string | null): string {
  return sha256(
    canonicalJson([
      prevHash,
      event.streamId,
      event.revision,
      event.eventId,
      event.type,
      event.data,
      event.metadata,
      event.recordedAt.toISOString(),
    ]),
  );
}

export function sealHash(prevSeal: string | null, eventHashValue: string, position: number): string {
  return sha256(`${prevSeal ?? ''}|${position}|${eventHashValue}`);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted, so that jsonb's key reordering does not change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
