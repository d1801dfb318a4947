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
      const removed: string[] = [];
      const rowsToWrite: { id: string; doc: D }[] = [];
      for (const [id, doc] of docs) {
        if (!revisions.has(id)) continue;
        if (doc === null) removed.push(id);
        else rowsToWrite.push({ id, doc });
      }
      if (removed.length) await tx.query(`delete from ${spec.table} where id = any($1)`, [removed]);
      await upsert(tx, spec, rowsToWrite, revisions);
    },
  };
}

const CHUNK = 500;

/** One multi-row upsert per chunk: a batch costs a few round trips, not one per document. */
async function upsert<D>(tx: EntityManager, spec: DocumentProjectionSpec<D>, rows: readonly { id: string; doc: D }[], revisions: ReadonlyMap<string, number>): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(spec.columns ? spec.columns(rows[0].doc) : {});
  const width = 3 + names.length;
  const assignments = ['doc = excluded.doc', 'revision = excluded.revision', ...names.map((n) => `${n} = excluded.${n}`)].join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map(({ id, doc }, j) => {
      const cols = spec.columns ? spec.columns(doc) : {};
      params.push(id, JSON.stringify(doc), revisions.get(id), ...names.map((n) => cols[n]));
      return `(${Array.from({ length: width }, (_, k) => `$${j * width + k + 1}`).join(', ')})`;
    });
    await tx.query(
      `insert into ${spec.table} (id, doc, revision${names.map((n) => `, ${n}`).join('')}) values ${tuples.join(', ')}
       on conflict (id) do update set ${assignments}`,
      params,
    );
  }
}
