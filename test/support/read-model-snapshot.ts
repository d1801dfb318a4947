import type { DataSource } from 'typeorm';

/**
 * Every read-model table's rows, in a stable order — to compare live read models with a
 * rebuild from zero. Checkpoint timestamps are left out; they differ by design.
 */
export async function snapshotReadModels(db: DataSource): Promise<Record<string, unknown[]>> {
  const tables: { name: string }[] = await db.query(
    `select tablename as name from pg_tables where schemaname = 'rm' and tablename <> 'projection_checkpoints' order by 1`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const rows: Record<string, unknown>[] = await db.query(`select * from rm."${name}"`);
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
