import type { EntityManager } from 'typeorm';
import type { Writers } from './writers.js';

/** A table of the new schema and the index definitions it gets once it is loaded. */
export interface DeferredTable {
  readonly table: string;
  readonly indexes: readonly string[];
}

/**
 * Copies every table of `from` into `to` as an unlogged table with its keys and constraints
 * (upserts need them) but without its other indexes, and returns those indexes' definitions.
 * Loading such a table writes no WAL and maintains one index per key instead of all of them.
 */
export async function deferIndexes(tx: EntityManager, from: string, to: string): Promise<DeferredTable[]> {
  const tables: { name: string }[] = await tx.query(
    `select tablename as name from pg_tables where schemaname = $1 order by tablename`,
    [from],
  );
  const out: DeferredTable[] = [];
  for (const { name } of tables) {
    await tx.query(`create unlogged table ${to}."${name}" (like ${from}."${name}" including all)`);
    for (const copy of await secondaryIndexes(tx, to, name)) await tx.query(`drop index ${to}."${copy.name}"`);
    // The live table's definitions, so the indexes keep their names (later migrations name them).
    const indexes = (await secondaryIndexes(tx, from, name)).map((i) => i.def.replace(` ON ${from}.`, ` ON ${to}.`));
    out.push({ table: name, indexes });
  }
  return out;
}

function secondaryIndexes(tx: EntityManager, schema: string, table: string): Promise<{ name: string; def: string }[]> {
  return tx.query(
    `select i.relname as name, pg_get_indexdef(i.oid) as def
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = $1 and t.relname = $2 and not exists (select from pg_constraint c where c.conindid = x.indexrelid)`,
    [schema, table],
  );
}

/** Makes the loaded tables durable and builds their deferred indexes, `connections` tables at a time. */
export async function finishTables(
  writers: Writers,
  schema: string,
  tables: readonly DeferredTable[],
  connections: number,
): Promise<void> {
  const queue = [...tables];
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let t = queue.shift(); t; t = queue.shift()) await finishTable(writers, schema, t);
    }),
  );
}

function finishTable(writers: Writers, schema: string, t: DeferredTable): Promise<void> {
  return writers.transaction(async (tx) => {
    // A large table takes longer than the pool's statement timeout to copy and index.
    await tx.query(`set local statement_timeout = 0`);
    await tx.query(`set local maintenance_work_mem = '256MB'`);
    await tx.query(`alter table ${schema}."${t.table}" set logged`);
    for (const def of t.indexes) await tx.query(def);
    // Planner statistics now, not when autovacuum comes round: a freshly loaded table estimated
    // as empty gets nested loops and sorts spilled to disk.
    await tx.query(`analyze ${schema}."${t.table}"`);
  });
}
