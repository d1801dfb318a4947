import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import { idOf } from '@kn/shared';
import { insertRows, updateOthers, type Columns } from './bulk-write.js';
import { HeldDocuments, type HeldEntry } from './held-documents.js';

/**
 * A read model fed from the event store's global log (never the in-process event bus).
 * `apply` runs inside the runner's transaction, together with the checkpoint update, so a
 * batch is applied exactly once or not at all. It writes unqualified table names: the search
 * path decides whether they land in the live `rm` schema or a rebuild's `rm_next`.
 */
export interface Projection {
  readonly name: string;
  /** Stream categories this projection reads; all events when absent. */
  readonly categories?: readonly string[];
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
  /**
   * For a rebuild: a writer that may keep state in memory across pages and write it later. Its
   * `apply` gets every page in log order; `flush` writes what it holds (before the switch).
   */
  rebuildSession?(): RebuildSession;
}

export interface RebuildSession {
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
  flush(tx: EntityManager): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');

/**
 * A projection of one JSON document per key (table columns: `id text primary key, doc jsonb,
 * revision bigint` — the stream revision of the last event applied, for If-Match — plus its
 * own), folded by a pure `evolve(doc, event)`. Events at or below the stored revision are
 * skipped, so re-applying one changes nothing.
 */
export interface DocumentProjectionSpec<D> {
  readonly name: string;
  readonly table: string;
  readonly categories?: readonly string[];
  /** The document an event belongs to; null to skip the event. By default the stream's id. */
  keyOf?(event: RecordedEvent): string | null;
  evolve(doc: D | null, event: RecordedEvent): D | null;
  /** The table's own columns (name → SQL type) besides `id`, `doc` and `revision`. */
  readonly columns?: Columns;
  /** Their values for a document, keyed by column name. */
  values?(doc: D): Record<string, unknown>;
}

interface Held<D> extends HeldEntry {
  doc: D | null;
  revision: number;
}

/**
 * Live: per batch, one select of every document it touches, a fold in memory in log order, one
 * multi-row upsert per 500 documents and one delete. Rebuild: the documents stay in memory across
 * pages (HeldDocuments) and each is written once while it stays held.
 */
export function documentProjection<D>(spec: DocumentProjectionSpec<D>): Projection {
  const columns: Columns = { id: 'text', doc: 'jsonb', revision: 'bigint', ...spec.columns };
  const upsert = updateOthers(columns, ['id']);
  const prefixes = spec.categories?.map((c) => `${c}-`);
  const keyOf = spec.keyOf ?? ((e: RecordedEvent) => idOf(e.streamId));
  const keyed = (events: readonly RecordedEvent[]) => {
    const out: [string, RecordedEvent][] = [];
    for (const e of events) {
      if (prefixes && !prefixes.some((p) => e.streamId.startsWith(p))) continue;
      const key = keyOf(e);
      if (key !== null) out.push([key, e]);
    }
    return out;
  };
  /** Fold the events into `held`, loading the documents it does not hold yet. */
  const fold = async (events: readonly RecordedEvent[], tx: EntityManager, held: HeldDocuments<Held<D>>) => {
    const pairs = keyed(events);
    const missing = [...new Set(pairs.map(([k]) => k).filter((k) => !held.has(k)))];
    if (missing.length) {
      const rows: { id: string; doc: D; revision: string }[] = await tx.query(
        `select id, doc, revision from ${spec.table} where id = any($1)`,
        [missing],
      );
      for (const r of rows) held.set(r.id, { doc: r.doc, revision: Number(r.revision), dirty: false });
    }
    for (const [k, e] of pairs) {
      const s = held.get(k) ?? { doc: null, revision: -1, dirty: false };
      if (e.revision <= s.revision) continue;
      held.set(k, { doc: spec.evolve(s.doc, e), revision: e.revision, dirty: true });
    }
  };
  const write = async (tx: EntityManager, held: HeldDocuments<Held<D>>) => {
    const removed: string[] = [];
    const written: Record<string, unknown>[] = [];
    for (const [id, s] of held.changed()) {
      if (s.doc === null) removed.push(id);
      else written.push({ ...spec.values?.(s.doc), id, doc: s.doc, revision: s.revision });
    }
    if (removed.length) await tx.query(`delete from ${spec.table} where id = any($1)`, [removed]);
    await insertRows(tx, spec.table, columns, written, upsert);
    held.written();
  };
  return {
    name: spec.name,
    categories: spec.categories,
    async apply(events, tx) {
      const held = new HeldDocuments<Held<D>>();
      await fold(events, tx, held);
      await write(tx, held);
    },
    rebuildSession() {
      const held = HeldDocuments.forRebuild<Held<D>>();
      return {
        async apply(events, tx) {
          await fold(events, tx, held);
          if (held.full) await write(tx, held);
        },
        // After a flush the table may change past the session (a page that fell back to the live
        // path): nothing held survives it, so the next page reloads what it needs.
        async flush(tx) {
          await write(tx, held);
          held.clear();
        },
      };
    },
  };
}
