import type { IsoDate } from '@kn/shared';
import { isIsoDate } from '@kn/shared';
import { isRecord } from '../domain/input.guards.js';

/**
 * Read models see events as stored: a type string and JSON data that may predate today's schema
 * or be damaged. They must never throw on it, so every field is read through these tolerant
 * readers, which fall back to a neutral value instead.
 */
export interface StoredEvent {
  readonly type: string;
  readonly data: unknown;
}

export type Fields = Readonly<Record<string, unknown>>;

export function fieldsOf(data: unknown): Fields {
  return isRecord(data) ? data : {};
}

export function textOr<T extends string | null>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback;
}

export function dateOrNull(value: unknown): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

export function numberOr<T extends number | null>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function numberMap(value: unknown): Record<string, number> {
  const entries = Object.entries(fieldsOf(value)).filter(([, n]) => typeof n === 'number' && Number.isFinite(n));
  return Object.fromEntries(entries) as Record<string, number>;
}
