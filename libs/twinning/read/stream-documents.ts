import type { RecordedEvent } from '@kn/event-store';
import type { Projection } from '@kn/platform';
import { idOf } from '@kn/shared';
import { insertRows, updateOthers, type Columns } from './bulk-write.js';

export interface StreamDocumentSpec<D> {
  readonly name: string;
  readonly table: string;
  readonly category: string;
  evolve(doc: D | null, event: RecordedEvent): D | null;
  /** The table's own columns (name → SQL type) besides `id`, `doc` and `revision`. */
  readonly columns: Columns;
  /** Their values for a document, keyed by column name. */
  values(doc: D): Record<string, unknown>;
}

/**
 * One JSON document per stream of a category (`id` = the stream's id, `doc`, `revision` = the
 * stream revision of the last event applied, plus filter columns), folded by a pure evolve.
 * Per batch: one select of every document the batch touches, a fold in memory in log order
 * (events at or below the stored revision are skipped), one multi-row upsert per 500
 * documents and one delete.
 */
export function streamDocumentProjection<D>(spec: StreamDocumentSpec<D>): Projection {
  const columns: Columns = { id: 'text', doc: 'jsonb', revision: 'bigint', ...spec.columns };
  const upsert = updateOthers(columns, ['id']);
  const prefix = `${spec.category}-`;
  return {
    name: spec.name,
    categories: [spec.category],
    async apply(events, tx) {
      const mine = events.filter((e) => e.streamId.startsWith(prefix));
      if (!mine.length) return;
      const ids = [...new Set(mine.map((e) => idOf(e.streamId)))];
      const rows: { id: string; doc: D; revision: string }[] = await tx.query(`select id, doc, revision from ${spec.table} where id = any($1)`, [ids]);
      const state = new Map<string, { doc: D | null; revision: number; dirty: boolean }>(rows.map((r) => [r.id, { doc: r.doc, revision: Number(r.revision), dirty: false }]));
      for (const e of mine) {
        const id = idOf(e.streamId);
        const s = state.get(id) ?? { doc: null, revision: -1, dirty: false };
        if (e.revision <= s.revision) continue;
        state.set(id, { doc: spec.evolve(s.doc, e), revision: e.revision, dirty: true });
      }
      const removed: string[] = [];
      const written: Record<string, unknown>[] = [];
      for (const [id, s] of state) {
        if (!s.dirty) continue;
        if (s.doc === null) removed.push(id);
        else written.push({ ...spec.values(s.doc), id, doc: s.doc, revision: s.revision });
      }
      if (removed.length) await tx.query(`delete from ${spec.table} where id = any($1)`, [removed]);
      await insertRows(tx, spec.table, columns, written, upsert);
    },
  };
}
