/**
 * Event store throughput against raw PostgreSQL on the same server, in the same run.
 *
 *   npm run bench:store                 # embedded PostgreSQL 18 in a temp dir
 *   DATABASE_URL=postgres://… npm run bench:store
 *   BENCH_ROUNDS=7 BENCH_SECONDS=8 npm run bench:store
 *   BENCH_CASES=batches npm run bench:store   # one case (single, clients, batches, catchup)
 *
 * Fair by construction: both sides use a pool of the same size, named (prepared) statements,
 * the same payload, and a batch's metadata sent once. Each case warms both sides up, then runs
 * them in alternating timed rounds (≥ 5 rounds of ≥ 5 s each); the verdict is on the median of
 * the per-round ratios. Results and the machine go into BENCHMARKS.md.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { LOG_START, PostgresEventStore, type EventMetadata, type EventToAppend } from '../../libs/event-store/index.js';
import { AppendSql, NO_STREAM, prepareAppend } from '../../libs/event-store/postgres/append.js';
import { benchDatabase, describeMachine, median, type Round } from './bench-support.js';

const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const SECONDS = Math.max(5, Number(process.env.BENCH_SECONDS ?? 5));
const WARM_SECONDS = 2;
/** BENCH_CASES=batches,catchup runs only those (single, clients, batches, catchup). */
const CASES = process.env.BENCH_CASES?.split(',');
const CLIENTS = 16;
const POOL = CLIENTS + 2;
const BATCH = 100;
const PAGE = 5000;
const EVENTS_PER_STREAM = 10;

const metadata: EventMetadata = {
  actor: {
    userId: randomUUID(),
    username: 'nguyen.van.an',
    role: 'staff',
    organizationId: randomUUID(),
    communeId: null,
  },
  commandName: 'RecordVisit',
  commandId: randomUUID(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  reason: null,
};
const metadataJson = JSON.stringify(metadata);

function payload(i: number): Record<string, unknown> {
  return {
    pairingId: randomUUID(),
    visitDate: '2026-11-02',
    visitor: 'Nguyễn Văn An',
    notes: 'Thăm hộ, kiểm tra tiến độ nuôi bò sinh sản; hộ đã nhận 2 con bò giống.',
    amountVnd: 5_000_000 + i,
    items: [
      { kind: 'cattle', count: 2 },
      { kind: 'seed_maize_kg', count: 40 },
    ],
  };
}

const event = (i: number): EventToAppend => ({
  eventId: randomUUID(),
  type: 'VisitRecorded',
  data: payload(i),
  metadata,
});

interface Row {
  case: string;
  store: number;
  raw: number;
  ratio: number;
  spread: [number, number];
  target: number | null;
}
type Writer = () => () => Promise<number>;

async function main(): Promise<void> {
  const db = await benchDatabase('bench');
  const pool = new pg.Pool({ connectionString: db.url, max: POOL });
  pool.on('error', () => undefined); // connections ended by the final drop database
  const store = await PostgresEventStore.create({ connectionString: db.url, poolSize: POOL });
  const results: Row[] = [];
  try {
    await pool.query(`create table raw_events (
      position bigint generated always as identity primary key, stream_id text not null, type text not null,
      data jsonb not null, metadata jsonb not null, recorded_at timestamptz not null default now())`);
    console.log(await describeMachine(pool, db.embedded));
    console.log(
      `${ROUNDS} alternating rounds of ${SECONDS} s per side after ${WARM_SECONDS} s of warm-up; pool ${POOL} on both sides\n`,
    );
    const want = (name: string) => !CASES || CASES.includes(name);
    if (want('single'))
      results.push(await compare('append, 1 client', 1, storeWriter(store, 1), rawWriter(pool, 1), null));
    if (want('clients'))
      results.push(
        await compare(`append, ${CLIENTS} clients`, CLIENTS, storeWriter(store, 1), rawWriter(pool, 1), 0.7),
      );
    if (want('batches'))
      results.push(
        await compare(`append ${BATCH}-event batches`, 1, storeWriter(store, BATCH), rawWriter(pool, BATCH), 0.6),
      );
    if (want('batches')) results.push(await serverShare(store, pool));
    if (want('catchup')) results.push(await catchUp(store, pool));
    print(results);
  } finally {
    await store.close();
    await pool.end();
    await db.drop();
  }
}

/** Store vs raw in alternating timed rounds (the disk's latency and the CPU share drift during a run). */
async function compare(
  label: string,
  clients: number,
  store: Writer,
  raw: Writer,
  target: number | null,
): Promise<Row> {
  await timed(WARM_SECONDS, clients, store);
  await timed(WARM_SECONDS, clients, raw);
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const rawFirst = r % 2 === 0;
    const first = await timed(SECONDS, clients, rawFirst ? raw : store);
    const second = await timed(SECONDS, clients, rawFirst ? store : raw);
    rounds.push(rawFirst ? { raw: first, store: second } : { raw: second, store: first });
    process.stderr.write(
      `  ${label}: round ${r + 1} store ${Math.round(rounds[r].store)}/s raw ${Math.round(rounds[r].raw)}/s\n`,
    );
  }
  return summarise(label, rounds, target);
}

function summarise(label: string, rounds: Round[], target: number | null): Row {
  const ratios = rounds.map((r) => r.store / r.raw);
  return {
    case: label,
    store: median(rounds.map((r) => r.store)),
    raw: median(rounds.map((r) => r.raw)),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
    target,
  };
}

/** Each client writes streams of EVENTS_PER_STREAM appends: the first `no_stream`, then exact revisions. */
function storeWriter(store: PostgresEventStore, size: number): Writer {
  return () => {
    let stream = '';
    let revision = -1;
    let i = 0;
    return async () => {
      if (revision < 0 || revision >= EVENTS_PER_STREAM * size - 1) {
        stream = `pairing-${randomUUID()}`;
        revision = -1;
      }
      const events = Array.from({ length: size }, () => event(i++));
      const r = await store.append(stream, events, { expectedRevision: revision < 0 ? 'no_stream' : revision });
      revision = r.revision;
      return size;
    };
  };
}

/** A named statement per batch size, the batch's metadata one parameter (as the store sends it). */
function rawWriter(pool: pg.Pool, size: number): Writer {
  const rows = Array.from(
    { length: size },
    (_, k) => `($${2 + 3 * k}, $${3 + 3 * k}, $${4 + 3 * k}::jsonb, $1::jsonb)`,
  );
  const text = `insert into raw_events (stream_id, type, data, metadata) values ${rows.join(', ')}`;
  const name = `raw_insert_${size}`;
  return () => {
    let i = 0;
    return async () => {
      const values: unknown[] = [metadataJson];
      for (let k = 0; k < size; k++)
        values.push(`pairing-${randomUUID()}`, 'VisitRecorded', JSON.stringify(payload(i++)));
      await pool.query({ name, text, values });
      return size;
    };
  };
}

/**
 * Where the batch time goes: the same 100-event batches, timing only the statement on the server
 * (the store's rows chained and hashed beforehand, untimed). Store vs raw here is the schema's
 * share (indexes, hashes, WAL); the rest of the gap above is the app's canonical JSON and hashing.
 */
async function serverShare(store: PostgresEventStore, pool: pg.Pool): Promise<Row> {
  const sql = new AppendSql(store.schema);
  let i = 0;
  const prepared: number[] = [];
  const storeStatement = async () => {
    const events = Array.from({ length: BATCH }, () => event(i++));
    const t0 = performance.now();
    const p = prepareAppend(`pairing-${randomUUID()}`, NO_STREAM, events, new Date());
    prepared.push(performance.now() - t0);
    const t = performance.now();
    await pool.query({ ...sql.insert(p.count, p.sharedMetadata), values: p.values });
    return performance.now() - t;
  };
  const raw = rawWriter(pool, BATCH)();
  const rawStatement = async () => {
    const t = performance.now();
    await raw();
    return performance.now() - t;
  };
  const busy = async (statement: () => Promise<number>) => {
    const deadline = performance.now() + SECONDS * 1000;
    let ms = 0;
    let rows = 0;
    while (performance.now() < deadline) {
      ms += await statement();
      rows += BATCH;
    }
    return rows / (ms / 1000);
  };
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const rawFirst = r % 2 === 0;
    const first = await busy(rawFirst ? rawStatement : storeStatement);
    const second = await busy(rawFirst ? storeStatement : rawStatement);
    rounds.push(rawFirst ? { raw: first, store: second } : { raw: second, store: first });
  }
  console.log(
    `app time per ${BATCH}-event batch (canonical JSON + hash chain, median): ${median(prepared).toFixed(2)} ms`,
  );
  return summarise(`(where it goes) ${BATCH}-event batches, server time only`, rounds, null);
}

/** Rows per second written by `clients` loops in `seconds`. */
async function timed(seconds: number, clients: number, writer: Writer): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let rows = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const write = writer();
      while (performance.now() < deadline) rows += await write();
    }),
  );
  return rows / ((performance.now() - started) / 1000);
}

/** The whole log through a catch-up subscription (the projections' path) vs keyset pages of the raw table. */
async function catchUp(store: PostgresEventStore, pool: pg.Pool): Promise<Row> {
  const logSize = Number((await pool.query<{ n: string }>('select count(*) as n from event_store.events')).rows[0].n);
  const rawSize = Number((await pool.query<{ n: string }>('select count(*) as n from raw_events')).rows[0].n);
  const rawRead = async () => {
    const started = performance.now();
    let after = 0;
    let total = 0;
    for (;;) {
      const { rows } = await pool.query<{ position: string }>({
        name: 'raw_page',
        text: `select position, stream_id, type, data, metadata, recorded_at from raw_events where position > $1 order by position limit $2`,
        values: [after, PAGE],
      });
      total += rows.length;
      if (rows.length < PAGE) return total / ((performance.now() - started) / 1000);
      after = Number(rows[rows.length - 1].position);
    }
  };
  const subscribed = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      let total = 0;
      const sub = store.subscribe({
        from: LOG_START,
        batchSize: PAGE,
        handle: async (events) => {
          total += events.length;
          if (total >= logSize) {
            const rate = total / ((performance.now() - started) / 1000);
            void sub.stop().then(() => resolve(rate));
          }
        },
        onError: reject,
      });
    });
  await rawRead();
  await subscribed();
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const rawFirst = r % 2 === 0;
    const first = rawFirst ? await rawRead() : await subscribed();
    const second = rawFirst ? await subscribed() : await rawRead();
    rounds.push(rawFirst ? { raw: first, store: second } : { raw: second, store: first });
  }
  return summarise(`catch-up by subscription, pages of ${PAGE} (${logSize} events; raw ${rawSize} rows)`, rounds, 0.5);
}

function print(rows: Row[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('');
  console.log(`medians of ${ROUNDS} alternating rounds`);
  console.log('| case | store rows/s | raw rows/s | store/raw | rounds min–max | target |');
  console.log('|---|---:|---:|---:|---|---|');
  for (const r of rows) {
    const verdict = r.target === null ? '—' : `≥ ${r.target} ${r.ratio >= r.target ? 'met' : 'MISSED'}`;
    console.log(
      `| ${r.case} | ${fmt(r.store)} | ${fmt(r.raw)} | ${r.ratio.toFixed(2)} | ${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)} | ${verdict} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
