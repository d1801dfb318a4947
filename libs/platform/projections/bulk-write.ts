import type { EntityManager } from 'typeorm';

/** Rows per statement: a batch costs a few round trips, never one per event. */
export const CHUNK = 500;

/** A column of a bulk write: its name (also the row's JSON key) and SQL type. */
export type Columns = Readonly<Record<string, string>>;

/**
 * One multi-row insert per chunk of rows, each chunk sent as a single JSON parameter and
 * expanded by `json_to_recordset` (no 65,535-parameter limit, little to parse). `tail` is the
 * `on conflict …` clause. Row keys are the column names.
 */
export async function insertRows(
  tx: EntityManager,
  table: string,
  columns: Columns,
  rows: readonly Record<string, unknown>[],
  tail: string,
): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(columns).join(', ');
  const shape = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `insert into ${table} (${names}) select ${names} from json_to_recordset($1::json) as r(${shape}) ${tail}`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}

/** `on conflict (key) do update` of every other column. */
export function updateOthers(columns: Columns, key: readonly string[]): string {
  const set = Object.keys(columns)
    .filter((c) => !key.includes(c))
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  return `on conflict (${key.join(', ')}) do update set ${set}`;
}
