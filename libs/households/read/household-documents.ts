import type { Projection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../domain/household.decider.js';
import type { HouseholdEvent } from '../domain/household.events.js';
import { insertRows, updateOthers, type Columns } from './bulk-write.js';
import { householdEventOf } from './household-event.js';

export interface HouseholdDocumentSpec<D> {
  readonly name: string;
  readonly table: string;
  evolve(doc: D | null, event: HouseholdEvent): D | null;
  /** The table's own columns (name → SQL type) besides `id`, `doc` and `revision`. */
  readonly columns?: Columns;
  /** Their values for a document, keyed by column name. */
  values?(doc: D): Record<string, unknown>;
}

/**
 * One JSON document per household (`id`, `doc`, `revision` = the household stream revision of
 * the last event applied, plus filter columns), folded by a pure evolve. Per batch: one select
 * of every document the batch touches, a fold in memory in log order (events at or below the
 * stored revision are skipped), then one multi-row upsert per 500 documents and one delete.
 */
export function householdDocumentProjection<D>(spec: HouseholdDocumentSpec<D>): Projection {
  const columns: Columns = { id: 'text', doc: 'jsonb', revision: 'bigint', ...spec.columns };
  const upsert = updateOthers(columns, ['id']);
  return {
    name: spec.name,
    categories: [HOUSEHOLD_CATEGORY],
    async apply(events, tx) {
      const keyed: { id: string; event: HouseholdEvent; revision: number }[] = [];
      for (const e of events) {
        const parsed = householdEventOf(e);
        if (parsed) keyed.push({ id: parsed.householdId, event: parsed.event, revision: e.revision });
      }
      if (!keyed.length) return;
      const ids = [...new Set(keyed.map((k) => k.id))];
      const rows: { id: string; doc: D; revision: string }[] = await tx.query(`select id, doc, revision from ${spec.table} where id = any($1)`, [ids]);
      const state = new Map<string, { doc: D | null; revision: number; dirty: boolean }>(rows.map((r) => [r.id, { doc: r.doc, revision: Number(r.revision), dirty: false }]));
      for (const { id, event, revision } of keyed) {
        const s = state.get(id) ?? { doc: null, revision: -1, dirty: false };
        if (revision <= s.revision) continue;
        state.set(id, { doc: spec.evolve(s.doc, event), revision, dirty: true });
      }
      const removed: string[] = [];
      const written: Record<string, unknown>[] = [];
      for (const [id, s] of state) {
        if (!s.dirty) continue;
        if (s.doc === null) removed.push(id);
        else written.push({ ...spec.values?.(s.doc), id, doc: s.doc, revision: s.revision });
      }
      if (removed.length) await tx.query(`delete from ${spec.table} where id = any($1)`, [removed]);
      await insertRows(tx, spec.table, columns, written, upsert);
    },
  };
}
