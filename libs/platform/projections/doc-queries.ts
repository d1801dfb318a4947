import type { DataSource } from 'typeorm';
import { NotFound } from '@kn/shared';
import type { EventStore, RecordedEvent } from '@kn/event-store';
import type { Page } from '../http/list-query.js';
import { readDocAsOf } from './as-of.js';

/** A filter: SQL with one `?` for the value; skipped when the value is undefined. */
export type Filter = readonly [sql: string, value: unknown];

/** `select doc from <table> where … order by … limit/offset` with a total, for list queries. */
export async function listDocs<D>(
  db: DataSource,
  table: string,
  filters: readonly Filter[],
  orderBy: string,
  page: { limit?: number; offset?: number },
): Promise<Page<D>> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  }
  const clause = where.length ? `where ${where.join(' and ')}` : '';
  const [{ n }] = await db.query(`select count(*)::int as n from ${table} ${clause}`, params);
  const rows: { doc: D }[] = await db.query(
    `select doc from ${table} ${clause} order by ${orderBy} limit ${Math.min(page.limit ?? 50, 200)} offset ${page.offset ?? 0}`,
    params,
  );
  return { items: rows.map((r) => r.doc), total: n };
}

export interface EntitySource<D> {
  readonly table: string;
  readonly what: string;
  readonly streamId: (id: string) => string;
  readonly evolve: (doc: D | null, e: RecordedEvent) => D | null;
}

/**
 * One entity with its stream revision (for If-Match): from the read model, or — with `asOf` —
 * folded from its stream as recorded at that instant.
 */
export async function entityView<D>(
  db: DataSource,
  store: EventStore,
  source: EntitySource<D>,
  id: string,
  asOf?: Date,
): Promise<D & { revision: number }> {
  if (asOf) {
    const { doc, revision } = await readDocAsOf(store, source.streamId(id), asOf, source.evolve);
    if (!doc) throw new NotFound(source.what, id);
    return { ...doc, revision };
  }
  const rows: { doc: D; revision: string }[] = await db.query(
    `select doc, revision from ${source.table} where id = $1`,
    [id],
  );
  if (!rows.length) throw new NotFound(source.what, id);
  return { ...rows[0].doc, revision: Number(rows[0].revision) };
}

/** Escape a user's search text for `ilike '%' || ? || '%'`. */
export const likeText = (q: string | undefined): string | undefined => q?.replace(/[%_\\]/g, '\\$&');
