/** What a projection holds for one document while it folds events: the document, and whether it changed since it was written. */
export interface HeldEntry {
  dirty: boolean;
}

/** Documents a rebuild holds by default (KN_REBUILD_HELD overrides it: a national rebuild holds every household). */
export const REBUILD_HELD = 100_000;

function rebuildHeld(): number {
  const n = Number(process.env.KN_REBUILD_HELD);
  return Number.isInteger(n) && n > 0 ? n : REBUILD_HELD;
}

/**
 * The documents a projection folds events into, in the order they were last touched. A live batch
 * holds what it touches (no limit); a rebuild holds them across pages and, once full, writes the
 * changed ones and forgets the least recently touched half only — dropping every document at once
 * made nearly every later event reload and rewrite its document once the households outnumbered the
 * limit (issue 16: the rebuild at 200,000 households fell to ~1,550 events/s).
 */
export class HeldDocuments<V extends HeldEntry> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity = Number.POSITIVE_INFINITY) {}

  /** A rebuild's: the capacity from KN_REBUILD_HELD, else REBUILD_HELD. */
  static forRebuild<V extends HeldEntry>(): HeldDocuments<V> {
    return new HeldDocuments<V>(rebuildHeld());
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Holds `value` as the most recently touched. */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
  }

  get full(): boolean {
    return this.entries.size >= this.capacity;
  }

  /** The documents changed since they were last written. */
  changed(): [string, V][] {
    return [...this.entries].filter(([, v]) => v.dirty);
  }

  /** Forgets every document (after a flush: the table may be written past the session next). */
  clear(): void {
    this.entries.clear();
  }

  /** After the changed documents were written: all are clean, and the least recently touched beyond half the capacity are forgotten. */
  written(): void {
    for (const v of this.entries.values()) v.dirty = false;
    let drop = this.entries.size - Math.floor(this.capacity / 2);
    for (const key of this.entries.keys()) {
      if (drop-- <= 0) break;
      this.entries.delete(key);
    }
  }
}
