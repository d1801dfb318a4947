import { sha256 } from '../hash-chain.js';

/**
 * `eventHash` from hash-chain.ts, byte for byte, at a fraction of its cost: hashing and JSON
 * normalisation were the largest share of an append's CPU in the app (BENCHMARKS.md).
 *
 * - `canonicalStringify(v)` is one pass with JSON.stringify's semantics (toJSON, dropped
 *   undefined/functions, null for non-finite numbers) and sorted keys: it equals
 *   `canonicalJson(JSON.parse(JSON.stringify(v)))`, so the text is both what is stored (jsonb
 *   parses it) and what is hashed — no stringify/parse round trip.
 * - A batch's shared metadata object is serialised once.
 *
 * `event-hasher.spec.ts` checks both against hash-chain.ts on generated values; hash-chain.ts
 * stays the definition.
 */
export class EventHasher {
  private readonly cache = new Map<unknown, string>();

  /** Canonical JSON text of an event's data or metadata (cached per object). */
  json(value: unknown): string {
    let text = this.cache.get(value);
    if (text === undefined) {
      text = canonicalStringify(value);
      this.cache.set(value, text);
    }
    return text;
  }

  /** eventHash over already canonical data and metadata texts. */
  hash(
    e: { streamId: string; revision: number; eventId: string; type: string; recordedAt: Date },
    data: string,
    metadata: string,
    prevHash: string | null,
  ): string {
    return sha256(
      `[${prevHash === null ? 'null' : JSON.stringify(prevHash)},${JSON.stringify(e.streamId)},${JSON.stringify(e.revision)},` +
        `${JSON.stringify(e.eventId)},${JSON.stringify(e.type)},${data},${metadata},${JSON.stringify(e.recordedAt.toISOString())}]`,
    );
  }
}

const MAX_DEPTH = 256;

/** JSON.stringify with keys sorted by UTF-16 code units (canonicalJson's order), in one pass. */
export function canonicalStringify(value: unknown): string {
  const text = write(value, '', 0);
  if (text === undefined) throw new TypeError('event data and metadata must be JSON objects');
  return text;
}

function write(input: unknown, key: string, depth: number): string | undefined {
  let value = input;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
    case 'bigint': // JSON.stringify's own TypeError
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return undefined; // undefined, functions, symbols: dropped from objects, null in arrays
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return JSON.stringify(value);
  if (depth > MAX_DEPTH) throw new TypeError('event data is nested too deeply (or circular)');
  if (Array.isArray(value)) {
    let s = '[';
    for (let i = 0; i < value.length; i++) s += `${i ? ',' : ''}${write(value[i], String(i), depth + 1) ?? 'null'}`;
    return `${s}]`;
  }
  const object = value as Record<string, unknown>;
  let s = '{';
  for (const k of Object.keys(object).sort()) {
    const v = write(object[k], k, depth + 1);
    if (v !== undefined) s += `${s.length > 1 ? ',' : ''}${JSON.stringify(k)}:${v}`;
  }
  return `${s}}`;
}
