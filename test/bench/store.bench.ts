/**
 * Event store throughput against raw PostgreSQL on the same server, in the same run.
 *
 *   npm run bench:store                 # embedded PostgreSQL 18 in a temp dir
 *   DATABASE_URL=postgres://… npm run bench:store
 *
 * Each case runs the store and a raw baseline of comparable rows (one jsonb event row per
 * event) and prints rows/s and the ratio. Results and the machine go into BENCHMARKS.md.
 */
import pg from 'pg';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { PostgresEventStore, type EventMetadata, type EventToAppend } from '../../libs/event-store/index.js';
import { startEmbeddedPostgres, withDatabase } from '../../libs/platform/database/embedded-postgres.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const COUNTS = {
  single: Number(process.env.BENCH_SINGLE ?? 1500),
  concurrent: Number(process.env.BENCH_CONCURRENT ?? 8000),
  clients: 16,
  batches: Number(process.env.BENCH_BATCHES ?? 400),
  batchSize: 100,
  page: 5000,
  eventsPerStream: 10,
};

const metadata: EventMetadata = {
  actor: { userId: randomUUID(), username: 'nguyen.van.an', role: 'staff', organizationId: randomUUID(), communeId: null },
  commandName: 'RecordVisit',
  commandId: randomUUID(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  reason: null,
};

function payload(i: number): Record<string, unknown> {
  return {
    pairingId: randomUUID(),
    visitDate: '2026-11-02',
    visitor: 'Nguyễn Văn An',
    notes: 'Thăm hộ, kiểm tra tiến độ nuôi bò sinh sản; hộ đã nhận 2 con bò giống.',
    amountVnd: 5_000_000 + i,
    items: [{ kind: 'cattle', count: 2 }, { kind: 'seed_maize_kg', count: 40 }],
  };
}

function event(i: number): EventToAppend {
  return { eventId: randomUUID(), type: 'VisitRecorded', data: payload(i), metadata };
}

interface Row { case: string; store: number; raw: number; ratio: number; spread: [number, number]; target: number | null }

async function main(): Promise<void> {
  const server = await openServer();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${dbName}`);
  const url = withDatabase(server.url, dbName);
  const pool = new pg.Pool({ connectionString: url, max: COUNTS.clients + 2 });
  pool.on('error', () => undefined); // connections ended by the final drop database
  const store = await PostgresEventStore.create({ connectionString: url, poolSize: COUNTS.clients + 2 });
  const results: Row[] = [];
  try {
    await pool.query(`create table raw_events (
      position bigint generated always as identity primary key, stream_id text not null, type text not null,
      data jsonb not null, metadata jsonb not null, recorded_at timestamptz not null default now())`);
    const version = (await pool.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0].v;
    console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`machine: ${cpus().length} cpus (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, PostgreSQL ${version}${server.embedded ? ' (embedded)' : ''}`);

    results.push(await compare('append, 1 client', COUNTS.single, 1, store, pool, 1, null));
    results.push(await compare(`append, ${COUNTS.clients} clients`, COUNTS.concurrent, COUNTS.clients, store, pool, 1, 0.7));
    results.push(await compare(`append ${COUNTS.batchSize}-event batches`, COUNTS.batches, 1, store, pool, COUNTS.batchSize, 0.6));
    results.push(await catchUp(store, pool));
    print(results);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine skews every number)`);
  } finally {
    await store.close();
    await pool.end();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    await server.stop();
  }
}

/**
 * Appends by `clients` concurrent loops: `ops` operations of `size` events, store vs raw. The
 * disk's fsync latency drifts during a run, so the two alternate in ROUNDS short rounds and the
 * ratio is the median of the per-round ratios.
 */
async function compare(label: string, ops: number, clients: number, store: PostgresEventStore, pool: pg.Pool, size: number, target: number | null): Promise<Row> {
  const warm = Math.max(clients * 5, 50);
  await run(warm, clients, storeWriter(store, size));
  await run(warm, clients, rawWriter(pool, size));
  const perRound = Math.ceil(ops / ROUNDS);
  const rounds: { store: number; raw: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const rawFirst = r % 2 === 0;
    const first = await run(perRound, clients, rawFirst ? rawWriter(pool, size) : storeWriter(store, size));
    const second = await run(perRound, clients, rawFirst ? storeWriter(store, size) : rawWriter(pool, size));
    const [raw, stored] = rawFirst ? [first, second] : [second, first];
    rounds.push({ store: (perRound * size) / stored, raw: (perRound * size) / raw });
  }
  return summarise(label, rounds, target);
}

function summarise(label: string, rounds: { store: number; raw: number }[], target: number | null): Row {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    case: label,
    store: median(rounds.map((r) => r.store)),
    raw: median(rounds.map((r) => r.raw)),
    ratio: median(rounds.map((r) => r.store / r.raw)),
    spread: [Math.min(...rounds.map((r) => r.store / r.raw)), Math.max(...rounds.map((r) => r.store / r.raw))],
    target,
  };
}

/** Each client writes streams of `eventsPerStream` appends: the first `no_stream`, then exact revisions. */
function storeWriter(store: PostgresEventStore, size: number) {
  return () => {
    let stream = '';
    let revision = -1;
    return async (i: number) => {
      if (revision < 0 || revision >= COUNTS.eventsPerStream * size - 1) {
        stream = `pairing-${randomUUID()}`;
        revision = -1;
      }
      const events = Array.from({ length: size }, (_, k) => event(i * size + k));
      const r = await store.append(stream, events, { expectedRevision: revision < 0 ? 'no_stream' : revision });
      revision = r.revision;
    };
  };
}

function rawWriter(pool: pg.Pool, size: number) {
  return () => async (i: number) => {
    const params: unknown[] = [];
    const rows: string[] = [];
    for (let k = 0; k < size; k++) {
      params.push(`pairing-${randomUUID()}`, 'VisitRecorded', JSON.stringify(payload(i * size + k)), JSON.stringify(metadata));
      const n = params.length;
      rows.push(`($${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`);
    }
    await pool.query(`insert into raw_events (stream_id, type, data, metadata) values ${rows.join(', ')}`, params);
  };
}

/** Seconds to run `ops` operations spread over `clients` sequential loops. */
async function run(ops: number, clients: number, writer: () => (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    const write = writer();
    for (let i = next++; i < ops; i = next++) await write(i);
  }));
  return (performance.now() - started) / 1000;
}

async function catchUp(store: PostgresEventStore, pool: pg.Pool): Promise<Row> {
  const rawRead = async () => {
    let after = 0;
    let total = 0;
    for (;;) {
      const { rows } = await pool.query<{ position: string }>(
        `select position, stream_id, type, data, metadata, recorded_at from raw_events where position > $1 order by position limit $2`,
        [after, COUNTS.page],
      );
      total += rows.length;
      if (rows.length < COUNTS.page) return total;
      after = Number(rows[rows.length - 1].position);
    }
  };
  const storeRead = async () => {
    let total = 0;
    let after;
    for (;;) {
      const page = await store.readAll({ after, maxCount: COUNTS.page });
      total += page.length;
      if (page.length < COUNTS.page) return total;
      after = page[page.length - 1].checkpoint;
    }
  };
  const rate = async (read: () => Promise<number>) => {
    const started = performance.now();
    const rows = await read();
    return rows / ((performance.now() - started) / 1000);
  };
  await rawRead();
  await storeRead();
  const rounds: { store: number; raw: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const raw = await rate(rawRead);
    rounds.push({ raw, store: await rate(storeRead) });
  }
  const logSize = Number((await pool.query<{ n: string }>('select count(*) as n from event_store.events')).rows[0].n);
  const rawSize = Number((await pool.query<{ n: string }>('select count(*) as n from raw_events')).rows[0].n);
  return summarise(`catch-up, pages of ${COUNTS.page} (${logSize} events; raw ${rawSize} rows)`, rounds, 0.5);
}

function print(rows: Row[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('');
  console.log(`medians of ${ROUNDS} alternating rounds`);
  console.log('| case | store rows/s | raw rows/s | store/raw | rounds min–max | target |');
  console.log('|---|---:|---:|---:|---|---|');
  for (const r of rows) {
    const verdict = r.target === null ? '—' : `≥ ${r.target} ${r.ratio >= r.target ? 'met' : 'MISSED'}`;
    console.log(`| ${r.case} | ${fmt(r.store)} | ${fmt(r.raw)} | ${r.ratio.toFixed(2)} | ${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)} | ${verdict} |`);
  }
}

async function openServer(): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'kn-bench-pg-'));
  chmodSync(dir, 0o755); // the unprivileged postgres user must reach its data directory
  const handle = await startEmbeddedPostgres({ dataDir: dir });
  return {
    url: handle.url,
    embedded: true,
    stop: async () => {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
