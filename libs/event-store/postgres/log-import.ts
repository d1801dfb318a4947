import type pg from 'pg';
import type { EventToAppend } from '../event-store.port.js';
import { NO_STREAM, prepareAppend, type StreamHead } from './append.js';
import { quoteIdent } from './schema.js';

/**
 * One event ready to insert: hashed against its stream predecessor at its own recorded time.
 * Plain values (JSON-serialisable), so an import can spill rows to disk and sort them by time.
 */
export type ImportRow = readonly [
  eventId: string,
  streamId: string,
  revision: number,
  category: string,
  type: string,
  data: string,
  metadata: string,
  recordedAtMs: number,
  prevHash: string | null,
  hash: string,
];

/**
 * The bulk import path of a log whose events carry their own recorded times (a history written
 * after the fact, a migration): `prepare` chains each stream's events in memory, as `append`
 * would at that time; `insert` writes rows in the caller's order — which becomes log order — many
 * streams per statement, one transaction per call. Streams must be new to the store: the
 * `unique (stream_id, revision)` check refuses anything else, and the whole call with it.
 */
export class LogImport {
  private readonly heads = new Map<string, StreamHead>();
  private readonly table: string;
  private readonly recordedAtIndex: string;

  constructor(
    private readonly pool: pg.Pool,
    schema: string,
  ) {
    this.table = `${quoteIdent(schema)}.events`;
    this.recordedAtIndex = `${quoteIdent(schema)}.events_recorded_at`;
  }

  /** The rows of one command's events, recorded at `recordedAt` (never before the stream's previous events). */
  prepare(streamId: string, events: readonly EventToAppend[], recordedAt: Date): ImportRow[] {
    const head = this.heads.get(streamId) ?? NO_STREAM;
    const p = prepareAppend(streamId, head, events, recordedAt);
    this.heads.set(streamId, { revision: p.revision, hash: p.headHash, recordedAt: p.recordedAt });
    const perEvent = p.sharedMetadata ? 4 : 5;
    const rows: ImportRow[] = [];
    let prev = head.hash;
    for (let i = 0; i < events.length; i++) {
      const at = (p.sharedMetadata ? 6 : 5) + i * perEvent;
      const [eventId, type, data] = p.values.slice(at, at + 3) as [string, string, string];
      const metadata = (p.sharedMetadata ? p.values[5] : p.values[at + 3]) as string;
      const hash = p.values[at + perEvent - 1] as string;
      rows.push([
        eventId,
        streamId,
        head.revision + 1 + i,
        p.values[1] as string,
        type,
        data,
        metadata,
        p.recordedAt.getTime(),
        prev,
        hash,
      ]);
      prev = hash;
    }
    return rows;
  }

  /** Inserts the rows in order, in one transaction that does not wait for the disk (an import is re-run, not resumed). */
  async insert(rows: readonly ImportRow[]): Promise<void> {
    if (!rows.length) return;
    const cols: unknown[][] = Array.from({ length: 10 }, () => []);
    for (const row of rows) {
      for (let k = 0; k < 10; k++) cols[k].push(k === 7 ? new Date(row[7]).toISOString() : row[k]);
    }
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query('set local synchronous_commit = off');
      await client.query({
        name: `import:${this.table}`,
        text: `insert into ${this.table} (event_id, stream_id, revision, category, type, data, metadata, recorded_at, prev_hash, hash)
               select * from unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::timestamptz[], $9::text[], $10::text[])`,
        values: cols,
      });
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * After the last insert: the recorded-time BRIN summarised over the new pages (unsummarised
   * ranges match every query, so `checkpointAt` would read the whole log) and the planner's
   * statistics taken — a freshly loaded log is otherwise planned as if it were empty.
   */
  async finish(): Promise<void> {
    await this.pool.query(`select brin_summarize_new_values($1::regclass)`, [this.recordedAtIndex]);
    await this.pool.query(`analyze ${this.table}`);
  }
}
