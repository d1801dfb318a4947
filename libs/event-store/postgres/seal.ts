import type pg from 'pg';
import { sealHash } from '../hash-chain.js';
import { SETTLED } from './rows.js';
import { lockKey, quoteIdent } from './schema.js';

/**
 * Seals the settled log in log order (ADR 0003): seal_n = sealHash(seal_{n-1}, hash, position).
 * One sealer at a time: a session advisory lock held across pages. Each page commits on its
 * own, so a long backlog never holds one transaction open (which would stall every log reader).
 */
export async function sealLog(pool: pg.Pool, schema: string, pageSize = 5000): Promise<number> {
  const s = quoteIdent(schema);
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('select pg_advisory_lock($1)', [lockKey(schema, 'seal')]);
    try {
      let sealed = 0;
      for (;;) {
        const n = await sealPage(client, s, pageSize);
        sealed += n;
        if (n < pageSize) return sealed;
      }
    } finally {
      await client.query('select pg_advisory_unlock($1)', [lockKey(schema, 'seal')]);
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A connection that failed mid-way may still hold the lock: drop it rather than reuse it.
    client.release(broken);
  }
}

interface LastSeal {
  seq: string;
  tx_id: string;
  position: string;
  seal_hash: string;
}
interface Unsealed {
  position: string;
  tx_id: string;
  stream_id: string;
  revision: string;
  hash: string;
}

async function sealPage(client: pg.PoolClient, s: string, pageSize: number): Promise<number> {
  const last = (
    await client.query<LastSeal>(`select seq, tx_id, position, seal_hash from ${s}.seals order by seq desc limit 1`)
  ).rows[0];
  const { rows } = await client.query<Unsealed>(
    `select position, tx_id, stream_id, revision, hash from ${s}.events
      where ${SETTLED} and (tx_id, position) > ($1::text::xid8, $2::bigint)
      order by tx_id, position limit $3`,
    [last?.tx_id ?? '0', last?.position ?? 0, pageSize],
  );
  if (rows.length === 0) return 0;
  let prev = last?.seal_hash ?? null;
  let seq = Number(last?.seq ?? 0);
  const cols = {
    seq: [] as number[],
    position: [] as string[],
    tx: [] as string[],
    stream: [] as string[],
    revision: [] as string[],
    hash: [] as string[],
  };
  for (const row of rows) {
    prev = sealHash(prev, row.hash, Number(row.position));
    cols.seq.push(++seq);
    cols.position.push(row.position);
    cols.tx.push(row.tx_id);
    cols.stream.push(row.stream_id);
    cols.revision.push(row.revision);
    cols.hash.push(prev);
  }
  await client.query(
    `insert into ${s}.seals (seq, position, tx_id, stream_id, revision, seal_hash)
     select * from unnest($1::bigint[], $2::bigint[], $3::xid8[], $4::text[], $5::bigint[], $6::text[])`,
    [cols.seq, cols.position, cols.tx, cols.stream, cols.revision, cols.hash],
  );
  return rows.length;
}
