import { sealHash } from '../hash-chain.js';
import { compareCheckpoints, type LogCheckpoint, type VerifyProgress, type VerifyResult } from '../event-store.port.js';
import type { Queryable } from './append.js';
import { EventHasher, canonicalStringify } from './event-hasher.js';
import type { EventRow } from './rows.js';
import { quoteIdent } from './schema.js';

export type Broken = NonNullable<VerifyResult['firstBroken']>;
interface Finding {
  broken: Broken;
  at: LogCheckpoint;
}

/**
 * Recomputes every stream link and every seal link, in bounded memory (keyset pages). Each pass
 * stops a stream (or the seal chain) at its first break; the answer is the earliest break in
 * log order. Stream passes come first, so for the same event an
 * `event_hash` finding wins over the `seal_link` it also causes.
 */
export class LogVerifier {
  private readonly s: string;
  private first: Finding | null = null;
  private checked = 0;

  constructor(
    private readonly db: Queryable,
    schema: string,
    private readonly page = 2000,
  ) {
    this.s = quoteIdent(schema);
  }

  async run(onProgress?: (p: VerifyProgress) => void): Promise<VerifyResult> {
    const total = Number((await this.db.query<{ n: string }>(`select count(*) as n from ${this.s}.events`)).rows[0].n);
    await this.verifyStreams((checked) => onProgress?.({ checked, total }));
    const headHash = await this.verifySeals();
    return { ok: this.first === null, checked: this.checked, headHash, firstBroken: this.first?.broken ?? null };
  }

  private note(broken: Broken, at: LogCheckpoint): void {
    if (!this.first || compareCheckpoints(at, this.first.at) < 0) this.first = { broken, at };
  }

  /** Every event against its stream predecessor, stream by stream. */
  private async verifyStreams(progress: (checked: number) => void): Promise<void> {
    let prev: EventRow | null = null;
    let brokenStream: string | null = null;
    for (;;) {
      const { rows }: { rows: EventRow[] } = await this.db.query<EventRow>(
        `select position, tx_id, event_id, stream_id, revision, type, data, metadata, recorded_at, prev_hash, hash
           from ${this.s}.events where (stream_id, revision) > ($1::text, $2::bigint)
          order by stream_id, revision limit ${this.page}`,
        prev ? [prev.stream_id, prev.revision] : ['', -1],
      );
      for (const row of rows as EventRow[]) {
        const same = prev?.stream_id === row.stream_id;
        this.checked++;
        if (row.stream_id !== brokenStream) {
          const reason = linkBreak(same ? prev : null, row);
          if (reason) {
            brokenStream = row.stream_id;
            this.note(describe(row, reason), at(row));
          }
        }
        prev = row;
      }
      progress(this.checked);
      if (rows.length < this.page) return;
    }
  }

  /** The seal chain, in seal order, against the log in log order; stops at its first break. */
  private async verifySeals(): Promise<string | null> {
    const seals = this.pages<SealRow>(
      `select seq, position, tx_id, stream_id, revision, seal_hash from ${this.s}.seals
        where seq > $1::bigint order by seq limit ${this.page}`,
      (r) => [r.seq],
      ['0'],
    );
    const events = this.pages<LogRow>(
      `select position, tx_id, stream_id, revision, hash from ${this.s}.events
        where (tx_id, position) > ($1::text::xid8, $2::bigint) order by tx_id, position limit ${this.page}`,
      (r) => [r.tx_id, r.position],
      ['0', '0'],
    );
    let prev: string | null = null;
    let expectedSeq = 1;
    for await (const seal of seals) {
      const event = (await events.next()).value as LogRow | undefined;
      if (await this.checkSeal(seal, event, prev, expectedSeq)) break;
      prev = seal.seal_hash;
      expectedSeq++;
    }
    await events.return(undefined);
    const last = await this.db.query<{ seal_hash: string }>(
      `select seal_hash from ${this.s}.seals order by seq desc limit 1`,
    );
    return last.rows[0]?.seal_hash ?? null;
  }

  private async checkSeal(
    seal: SealRow,
    event: LogRow | undefined,
    prev: string | null,
    expectedSeq: number,
  ): Promise<boolean> {
    if (event && event.position === seal.position && Number(seal.seq) === expectedSeq) {
      if (sealHash(prev, event.hash, Number(event.position)) === seal.seal_hash) return false;
      this.note(describe(event, 'seal_link'), at(event));
      return true;
    }
    const sealed = (await this.db.query(`select 1 from ${this.s}.events where position = $1`, [seal.position]))
      .rowCount;
    if (!sealed) {
      // The sealed event is gone: the seal still names it.
      this.note(describe(seal, 'seal_link'), at(seal));
    } else {
      // Seals out of log order, a missing seal, or an event slipped in among sealed ones.
      const slot = event ?? seal;
      this.note(describe(slot, 'order'), at(slot));
    }
    return true;
  }

  private async *pages<R>(sql: string, key: (row: R) => unknown[], start: unknown[]): AsyncGenerator<R> {
    let params = start;
    for (;;) {
      const { rows } = await this.db.query(sql, params);
      for (const row of rows as R[]) yield row;
      if (rows.length < this.page) return;
      params = key(rows[rows.length - 1] as R);
    }
  }
}

interface LogRow {
  position: string;
  tx_id: string;
  stream_id: string;
  revision: string;
  hash: string;
}
interface SealRow {
  seq: string;
  position: string;
  tx_id: string;
  stream_id: string;
  revision: string;
  seal_hash: string;
}

const HASHER = new EventHasher();

export function linkBreak(prev: EventRow | null, row: EventRow): Broken['reason'] | null {
  const revision = Number(row.revision);
  if (
    prev
      ? revision !== Number(prev.revision) + 1 || row.prev_hash !== prev.hash
      : revision !== 0 || row.prev_hash !== null
  ) {
    return 'stream_link';
  }
  const recomputed = HASHER.hash(
    { streamId: row.stream_id, revision, eventId: row.event_id, type: row.type, recordedAt: row.recorded_at },
    canonicalStringify(row.data),
    canonicalStringify(row.metadata),
    row.prev_hash,
  );
  return recomputed === row.hash ? null : 'event_hash';
}

export function describe(
  row: { position: string; stream_id: string; revision: string },
  reason: Broken['reason'],
): Broken {
  return { position: Number(row.position), streamId: row.stream_id, revision: Number(row.revision), reason };
}

export function at(row: { tx_id: string; position: string }): LogCheckpoint {
  return { commit: Number(row.tx_id), position: Number(row.position) };
}
