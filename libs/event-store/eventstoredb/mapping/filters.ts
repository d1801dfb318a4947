import { categoryOf } from '@kn/shared';
import type { LogFilter } from '../../event-store.port.js';
import type { EsdbServerFilter } from '../gateway.js';

/**
 * Log filters. ESDB filters `$all` on the server by a regex on the stream name or on the event
 * type (one of the two). Categories are the more selective, so they go to the server as
 * `^(?:a|b)(?:-|$)` on the stream name and types are then matched here; types alone go to the
 * server on the event type. Without a filter the server still drops system streams (`$…`: ESDB's
 * own) and the adapter's bookkeeping streams (`_kn.…`). Matching here is always applied too.
 */
export function serverFilter(filter: LogFilter): EsdbServerFilter {
  if (filter.categories) return { on: 'streamName', regex: `^(?:${alternatives(filter.categories)})(?:-|$)` };
  if (filter.types) return { on: 'eventType', regex: `^(?:${alternatives(filter.types)})$` };
  return { on: 'streamName', regex: NOT_SYSTEM };
}

/** Neither ESDB's system streams (`$…`) nor the adapter's own (`_kn.seal`, `_kn.eid-…`). */
export const NOT_SYSTEM = '^[^$_]';

export function isSystemStream(streamId: string): boolean {
  return streamId.startsWith('$') || streamId.startsWith('_');
}

export function matchesFilter(filter: LogFilter, streamId: string, type: string): boolean {
  if (isSystemStream(streamId)) return false;
  if (filter.categories && !filter.categories.includes(categoryOf(streamId))) return false;
  if (filter.types && !filter.types.includes(type)) return false;
  return true;
}

/** An empty list matches nothing (as `= any('{}')` does in PostgreSQL). */
function alternatives(values: readonly string[]): string {
  return values.length === 0 ? '(?!)' : values.map(escapeRegex).join('|');
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
