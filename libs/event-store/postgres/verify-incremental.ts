import { sealHash } from '../hash-chain.js';
import { compareCheckpoints, type LogCheckpoint, type VerifyProgress, type VerifyResult } from '../event-store.port.js';
import type { Queryable } from './append.js';
import type { EventRow } from './rows.js';
import { quoteIdent } from './schema.js';
import { at, describe, linkBreak, LogVerifier, type Broken } from './verify.js';

interface Anchor {
  seq: string;
  seal_hash: string;
  position: string;
  tx_id: string;
}
interface SealRow {
  seq: string;
  position: string;
  tx_id: string;
  stream_id: string;
  revision: string;
  seal_hash: string;
}

/**
 * Verifies only what was sealed since the last verification that found the chain whole: the seal
 * chain onward from that seal's hash (which must still be the stored one), and every event after
 * it against its stream predecessor. The work grows with what is new, not with the log. Without
 * an anchor (or with a moved one) it verifies everything (`LogVerifier`).
 */
export class IncrementalVerifier {
  private readonly s: string;
  private first: { broken: Broken; at: LogCheckpoint } | null = null;
  private checked = 0;

  constructor(
    private readonly db: Queryable,
    schema: string,
    private readonly page = 5000,
  ) {
    this.s = quoteIdent(schema);
  }

  async run(onProgress?: (p: VerifyProgress) => void): Promise<VerifyResult> {
    const anchor = await this.anchor();
    const result = anchor
      ? await this.since(anchor, onProgress)
      : await new LogVerifier(this.db, this.s.slice(1, -1)).run(onProgress);
    if (result.ok) await this.remember(result);
    return result;
  }

  /** The last verified seal, if the seals table still holds it unchanged. */
  private async anchor(): Promise<Anchor | null> {
    const { rows } = await this.db.query<Anchor>(
      `select v.seq, v.seal_hash, s.position, s.tx_id from ${this.s}.verifications v
         join ${this.s}.seals s on s.seq = v.seq and s.seal_hash = v.seal_hash
        order by v.seq desc limit 1`,
    );
    return rows[0] ?? null;
  }

  private async since(anchor: Anchor, onProgress?: (p: VerifyProgress) => void): Promise<VerifyResult> {
    const total = Number(
      (await this.db.query<{ n: string }>(`select count(*) as n from ${this.s}.seals where seq > $1`, [anchor.seq]))
        .rows[0].n,
    );
    let prevSeal: string | null = anchor.seal_hash;
    let seq = Number(anchor.seq);
    let after: [string, string] = [anchor.tx_id, anchor.position];
    for (;;) {
      const { rows } = await this.db.query<EventRow>(
        `select position, tx_id, event_id, stream_id, revision, type, data, metadata, recorded_at, prev_hash, hash from ${this.s}.events
          where (tx_id, position) > ($1::text::xid8, $2::bigint) order by tx_id, position limit ${this.page}`,
        after,
      );
      const seals = (
        await this.db.query<SealRow>(
          `select seq, position, tx_id, stream_id, revision, seal_hash from ${this.s}.seals where seq > $1 order by seq limit ${this.page}`,
          [seq],
        )
      ).rows;
      await this.checkStreams(rows);
      for (const [i, seal] of seals.entries()) {
        const event = rows[i];
        if (!event || event.position !== seal.position) {
          // Seals out of log order, a sealed event gone, or an event slipped in among sealed ones.
          const slot = event ?? seal;
          this.note(describe(slot, 'order'), at(slot));
          return this.result(prevSeal);
        }
        const expected = sealHash(prevSeal, event.hash, Number(event.position));
        if (expected !== seal.seal_hash) {
          this.note(describe(event, 'seal_link'), at(event));
          return this.result(prevSeal);
        }
        prevSeal = seal.seal_hash;
        seq = Number(seal.seq);
      }
      onProgress?.({ checked: this.checked, total });
      // Events not sealed yet are checked against their streams; the seal chain ends at the last seal.
      if (rows.length < this.page || seals.length < this.page) return this.result(prevSeal);
      after = [rows[rows.length - 1].tx_id, rows[rows.length - 1].position];
    }
  }

  /** Each event against its stream predecessor: in the same page, or read by (stream, revision − 1). */
  private async checkStreams(rows: readonly EventRow[]): Promise<void> {
    const inPage = new Map(rows.map((r) => [`${r.stream_id}\u0000${r.revision}`, r]));
    const wanted = rows.filter(
      (r) => Number(r.revision) > 0 && !inPage.has(`${r.stream_id}\u0000${Number(r.revision) - 1}`),
    );
    const { rows: earlier } = await this.db.query<EventRow>(
      `select e.position, e.tx_id, e.event_id, e.stream_id, e.revision, e.hash from ${this.s}.events e
         join unnest($1::text[], $2::bigint[]) as w(stream_id, revision) on e.stream_id = w.stream_id and e.revision = w.revision`,
      [wanted.map((r) => r.stream_id), wanted.map((r) => Number(r.revision) - 1)],
    );
    for (const r of earlier) inPage.set(`${r.stream_id}\u0000${r.revision}`, r);
    for (const row of rows) {
      this.checked++;
      const prev =
        Number(row.revision) > 0 ? (inPage.get(`${row.stream_id}\u0000${Number(row.revision) - 1}`) ?? null) : null;
      const missing = Number(row.revision) > 0 && !prev;
      const reason = missing ? 'stream_link' : linkBreak(prev, row);
      if (reason) this.note(describe(row, reason), at(row));
    }
  }

  private note(broken: Broken, where: LogCheckpoint): void {
    if (!this.first || compareCheckpoints(where, this.first.at) < 0) this.first = { broken, at: where };
  }

  private result(headHash: string | null): VerifyResult {
    return { ok: this.first === null, checked: this.checked, headHash, firstBroken: this.first?.broken ?? null };
  }

  private async remember(result: VerifyResult): Promise<void> {
    if (!result.headHash) return;
    const { rows } = await this.db.query<{ seq: string; seal_hash: string }>(
      `select seq, seal_hash from ${this.s}.seals order by seq desc limit 1`,
    );
    if (rows[0]?.seal_hash !== result.headHash) return; // sealed further meanwhile: the next run starts from the last anchor
    await this.db.query(
      `insert into ${this.s}.verifications (seq, seal_hash, checked) values ($1, $2, $3) on conflict (seq) do nothing`,
      [rows[0].seq, result.headHash, result.checked],
    );
  }
}
