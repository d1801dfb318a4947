import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';

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
}

export const PROJECTIONS = Symbol('PROJECTIONS');

/**
 * A projection of one JSON document per key (table columns: `id text primary key, doc jsonb,
 * revision bigint` — the stream revision of the last event applied, for If-Match — plus its own), folded by a pure `evolve(doc, event)`:
 * the writer loads the batch's documents, folds in memory and upserts each once.
 */
export interface DocumentProjectionSpec<D> {
  readonly name: string;
  readonly table: string;
  readonly categories?: readonly string[];
  keyOf(event: RecordedEvent): string | null;
  evolve(doc: D | null, event: RecordedEvent): D | null;
  /** Values for the table's own columns (filters, sort keys) besides `id` and `doc`. */
  columns?(doc: D): Record<string, unknown>;
}

export function documentProjection<D>(spec: DocumentProjectionSpec<D>): Projection {
  return {
    name: spec.name,
    categories: spec.categories,
    async apply(events, tx) {
      const relevant = events.filter((e) => !spec.categories || spec.categories.includes(e.streamId.slice(0, e.streamId.indexOf('-'))));
      const keyed = relevant.map((e) => [spec.keyOf(e), e] as const).filter((p): p is readonly [string, RecordedEvent] => p[0] !== null);
      if (!keyed.length) return;
      const keys = [...new Set(keyed.map(([k]) => k))];
      const rows: { id: string; doc: D }[] = await tx.query(`select id, doc from ${spec.table} where id = any($1)`, [keys]);
      const docs = new Map<string, D | null>(rows.map((r) => [r.id, r.doc]));
      const revisions = new Map<string, number>();
      for (const [k, e] of keyed) {
        docs.set(k, spec.evolve(docs.get(k) ?? null, e));
        revisions.set(k, e.revision);
      }
      for (const [id, doc] of docs) {
        if (!revisions.has(id)) continue;
        if (doc === null) {
          await tx.query(`delete from ${spec.table} where id = $1`, [id]);
          continue;
        }
        const cols = spec.columns ? spec.columns(doc) : {};
        const names = Object.keys(cols);
        const assignments = ['doc = excluded.doc', 'revision = excluded.revision', ...names.map((n) => `${n} = excluded.${n}`)].join(', ');
        const placeholders = names.map((_, i) => `$${i + 4}`).join(', ');
        await tx.query(
          `insert into ${spec.table} (id, doc, revision${names.map((n) => `, ${n}`).join('')}) values ($1, $2, $3${placeholders ? `, ${placeholders}` : ''})
           on conflict (id) do update set ${assignments}`,
          [id, JSON.stringify(doc), revisions.get(id), ...names.map((n) => cols[n])],
        );
      }
    },
  };
}
