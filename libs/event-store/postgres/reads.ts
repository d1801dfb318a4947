import {
  LOG_START,
  type LogCheckpoint,
  type LogFilter,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../event-store.port.js';
import type { Queryable } from './append.js';
import { EVENT_COLUMNS, SETTLED, UNSETTLED, toCheckpoint, toRecordedEvent, type EventRow } from './rows.js';
import { quoteIdent } from './schema.js';
import { statement, type Statement } from './statements.js';

/** The widest window `checkpointAt` searches by recorded time before it walks the log back (about 4 years). */
const MAX_WINDOW_MS = 2 ** 37;

export interface ReaderLag {
  readonly unsettledEvents: number;
  readonly oldestOpenTransactionMs: number | null;
}

/** Reads of the PostgreSQL log. Log reads see only settled rows (ADR 0002). */
export class LogReader {
  private readonly events: string;
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.events = `${quoteIdent(schema)}.events`;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [streamId];
    const where = ['stream_id = $1'];
    if (options.fromRevision !== undefined) {
      params.push(options.fromRevision);
      where.push(`revision ${backwards ? '<=' : '>='} $${params.length}`);
    }
    if (options.recordedUpTo) {
      params.push(options.recordedUpTo);
      where.push(`recorded_at <= $${params.length}`);
    }
    const { rows } = await this.db.query<EventRow>({
      ...this.named(`select ${EVENT_COLUMNS} from ${this.events} where ${where.join(' and ')}
        order by revision ${backwards ? 'desc' : 'asc'} ${limit(options.maxCount, params)}`),
      values: params,
    });
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const params: unknown[] = [];
    const { rows } = await this.db.query<EventRow>({
      ...this.named(`select ${EVENT_COLUMNS} from ${this.events} where ${logWhere(options, params)}
        order by tx_id, position ${limit(options.maxCount, params)}`),
      values: params,
    });
    return rows.map(toRecordedEvent);
  }

  /**
   * A subscription's page: like `readAll`, plus what the same snapshot saw — the settled head
   * (a filtered reader that gets a short page may move its cursor up to it) and whether committed
   * rows wait behind an open transaction (`pending`: poll again soon).
   */
  async readPage(options: ReadAllOptions): Promise<{ rows: EventRow[]; head: LogCheckpoint; pending: boolean }> {
    const params: unknown[] = [];
    const { rows } = await this.db.query<
      EventRow & { head_tx: string | null; head_position: string | null; pending: boolean }
    >({
      ...this.named(`with page as (
         select ${EVENT_COLUMNS} from ${this.events} where ${logWhere(options, params)}
          order by tx_id, position ${limit(options.maxCount, params)}
       ), meta as (
         select h.tx_id as head_tx, h.position as head_position,
                -- The log's last row is unsettled iff any is: one index probe, whatever the statistics
                -- (an EXISTS over tx_id >= xmin was planned as a scan of the whole log).
                coalesce((select ${UNSETTLED} from ${this.events} order by tx_id desc, position desc limit 1), false) as pending
           from (select) one left join lateral (${this.headSql()}) h on true
       )
       select page.*, meta.* from meta left join page on true
        order by page.tx_id, page.position`),
      values: params,
    });
    const first = rows[0];
    const head = first?.head_tx
      ? toCheckpoint({ tx_id: first.head_tx, position: first.head_position as string })
      : LOG_START;
    return { rows: rows.filter((r) => r.position !== null), head, pending: first?.pending ?? false };
  }

  async head(): Promise<LogCheckpoint> {
    const { rows } = await this.db.query<{ tx_id: string; position: string }>(this.named(this.headSql()));
    return rows[0] ? toCheckpoint(rows[0]) : LOG_START;
  }

  async checkpointOf(position: number): Promise<LogCheckpoint | null> {
    const { rows } = await this.db.query<{ tx_id: string; position: string }>({
      ...this.named(`select tx_id, position from ${this.events} where position = $1`),
      values: [position],
    });
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  /**
   * The last settled checkpoint recorded at or before `instant`, without scanning what was
   * recorded after it. Log order follows recorded time up to the clock skew between writers
   * (`skewMs`): if A precedes B in the log, A was recorded at most `skewMs` after B. So with m
   * the latest recorded time at or before the instant, the answer was recorded in [m − skew, m].
   * A window [instant − w, instant] that holds m (found through the BRIN index, growing w from
   * the skew) bounds the search to [instant − w − skew, instant].
   */
  async checkpointAt(instant: Date, skewMs: number): Promise<LogCheckpoint> {
    const t = instant.getTime();
    for (let w = Math.max(skewMs, 1000); w <= MAX_WINDOW_MS; w *= 8) {
      const { rows } = await this.db.query<{ m: Date | null; tx_id: string | null; position: string | null }>({
        ...this.named(`with w as (
           select tx_id, position, recorded_at from ${this.events} where recorded_at >= $1 and recorded_at <= $3 and ${SETTLED}
         )
         select (select max(recorded_at) from w where recorded_at >= $2) as m, c.tx_id, c.position
           from (select) one left join lateral (select tx_id, position from w order by tx_id desc, position desc limit 1) c on true`),
        values: [new Date(t - w - skewMs), new Date(t - w), instant],
      });
      const row = rows[0];
      if (row?.m && row.tx_id && row.position) return toCheckpoint({ tx_id: row.tx_id, position: row.position });
    }
    // Nothing recorded in the last MAX_WINDOW_MS before the instant: walk back from the end.
    const { rows } = await this.db.query<{ tx_id: string; position: string }>({
      ...this.named(`select tx_id, position from ${this.events}
        where recorded_at <= $1 and ${SETTLED}
        order by tx_id desc, position desc limit 1`),
      values: [instant],
    });
    return rows[0] ? toCheckpoint(rows[0]) : LOG_START;
  }

  /**
   * How far log readers lag behind commits: committed events not yet settled, and for how long the
   * oldest transaction that holds them back (in any database of the server) has been open.
   */
  async lag(): Promise<ReaderLag> {
    const { rows } = await this.db.query<{ unsettled: string; oldest_ms: number | null }>(
      this.named(
        `select (select count(*) from ${this.events} where ${UNSETTLED}) as unsettled,
              (select (extract(epoch from clock_timestamp() - min(xact_start)) * 1000)::float8
                 from pg_stat_activity where backend_xid is not null and pid <> pg_backend_pid()) as oldest_ms`,
      ),
    );
    return { unsettledEvents: Number(rows[0].unsettled), oldestOpenTransactionMs: rows[0].oldest_ms };
  }

  /** Named statements: few texts (one per combination of options), each planned once per connection. */
  private named(text: string): Statement {
    let s = this.statements.get(text);
    if (!s) this.statements.set(text, (s = statement(text)));
    return s;
  }

  private headSql(): string {
    return `select tx_id, position from ${this.events}
             where ${SETTLED} order by tx_id desc, position desc limit 1`;
  }
}

/** Settled rows after a checkpoint, optionally filtered. */
function logWhere(options: ReadAllOptions, params: unknown[]): string {
  const after = options.after ?? LOG_START;
  params.push(String(after.commit), after.position);
  return [`(tx_id, position) > ($1::text::xid8, $2::bigint)`, SETTLED, ...filterSql(options, params)].join(' and ');
}

function filterSql(filter: LogFilter, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter.categories) {
    params.push(filter.categories);
    where.push(`category = any($${params.length}::text[])`);
  }
  if (filter.types) {
    params.push(filter.types);
    where.push(`type = any($${params.length}::text[])`);
  }
  return where;
}

function limit(maxCount: number | undefined, params: unknown[]): string {
  if (maxCount === undefined) return '';
  if (!Number.isInteger(maxCount) || maxCount < 0)
    throw new Error(`maxCount must be a non-negative integer: ${maxCount}`);
  params.push(maxCount);
  return `limit $${params.length}`;
}
