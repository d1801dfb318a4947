/**
 * System benchmark (issue 8) — not a test. Each figure is printed beside a baseline measured in
 * the same run on the same machine:
 *   - HTTP commands (POST /api/organizations, authenticated, full pipeline) against two bare
 *     endpoints on the same Nest server: one doing nothing, one doing a single raw INSERT;
 *   - projection rebuild events/s against a raw ordered read of the log;
 *   - dashboard, dashboard as-of and entity as-of latency at demo scale;
 *   - API memory under load.
 *
 *   npm run bench            # embedded PostgreSQL 18 in a temp dir (or DATABASE_URL)
 *   BENCH_SECONDS=10 BENCH_HOUSEHOLDS=100000 npm run bench
 *
 * Loopback only, bounded in time and count.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import pg from 'pg';
import { chmodSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { AutomationRunner, loadConfig, openInfrastructure, ProjectionRunner, rebuildReadModels, startEmbeddedPostgres, withDatabase, type Infrastructure } from '../../libs/platform/index.js';
import { UsersService } from '../../libs/identity/index.js';
import { createHttpApp } from '../../apps/api/src/http-app.js';
import { MIGRATIONS_ALL, PROJECTIONS_ALL } from '../../apps/api/src/contexts.js';
import { BenchModule } from './bench-endpoints.js';
import { demoScale } from './demo-scale.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 32;

interface Http { rps: number; p50: number; p99: number; non2xx: number; errors: number }

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => undefined } : await embedded();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${dbName}`);
  const url = withDatabase(server.url, dbName);
  const password = `Bench-${randomBytes(9).toString('base64url')}`;
  const config = loadConfig({ DATABASE_URL: url, ADMIN_PASSWORD: password, LOG_LEVEL: 'error', PERSONAL_DATA_KEY: randomBytes(32).toString('base64') });
  const infra = await openInfrastructure(config, MIGRATIONS_ALL, () => undefined);
  await infra.dataSource.query(`create table public.bench_rows (id bigint generated always as identity primary key, data jsonb not null, recorded_at timestamptz not null default now())`);
  const app = await createHttpApp(infra, { logger: false, extraModules: [BenchModule] });
  await app.get(UsersService).ensureFirstAdmin(password, () => undefined);
  // BENCH_PROJECTOR=separate: the API process projects nothing (a projector process would), to see the split.
  const inProcess = process.env.BENCH_PROJECTOR !== 'separate';
  if (inProcess) {
    await app.get(ProjectionRunner).start();
    await app.get(AutomationRunner).start();
  }
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const login = (await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })).json()) as { accessToken: string };
  const token = login.accessToken;

  console.log(`\nKết Nghĩa system benchmark — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${SECONDS}s per HTTP case, ${CONNECTIONS} connections, projections ${inProcess ? 'in the API process' : 'off during the HTTP cases'}\n`);
  const body = JSON.stringify({ name: 'Hội Nông dân tỉnh Bình Thuận', kind: 'mass_organization', shortName: 'HND' });
  const noop = await load(`${base}/bench/noop`, body, {});
  const insert = await load(`${base}/bench/insert`, body, {});
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 200);
  const command = await load(`${base}/api/organizations`, body, { authorization: `Bearer ${token}` });
  clearInterval(sampler);
  printHttp([['bare endpoint (nothing)', noop], ['bare endpoint (one raw INSERT)', insert], ['command POST /api/organizations', command]]);
  console.log(`commands / raw-INSERT endpoint: ${ratio(command.rps, insert.rps)} (target ≥ 0.60 at p99 < 50 ms: ${command.p99 < 50 && command.rps >= 0.6 * insert.rps ? 'met' : 'NOT met'})`);
  console.log(`API memory (RSS) under the command load: max ${mb(Math.max(...rss))} MB\n`);

  if (!inProcess) await app.get(ProjectionRunner).start();
  await app.get(ProjectionRunner).caughtUp();
  await demoScale(app, infra, base, token);
  await rebuild(infra);

  await app.close();
  await infra.close();
  await admin.query(`drop database ${dbName} with (force)`);
  await admin.end();
  await server.stop();
}

async function load(url: string, body: string, headers: Record<string, string>): Promise<Http> {
  const r = await autocannon({ url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections: CONNECTIONS, duration: SECONDS });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function rebuild(infra: Infrastructure): Promise<void> {
  const [{ n }] = await infra.dataSource.query(`select count(*)::int as n from event_store.events`);
  const started = performance.now();
  let read = 0;
  let after: [string, string] = ['0', '0'];
  for (;;) {
    const rows: { tx_id: string; position: string }[] = await infra.dataSource.query(
      `select * from event_store.events where (tx_id, position) > ($1::xid8, $2) order by tx_id, position limit 5000`, after);
    if (!rows.length) break;
    read += rows.length;
    after = [rows[rows.length - 1].tx_id, rows[rows.length - 1].position];
  }
  const rawRate = read / ((performance.now() - started) / 1000);
  const spent = new Map<string, number>();
  const timed = PROJECTIONS_ALL.map((p) => ({
    ...p,
    apply: async (events: Parameters<typeof p.apply>[0], tx: Parameters<typeof p.apply>[1]) => {
      const t = performance.now();
      await p.apply(events, tx);
      spent.set(p.name, (spent.get(p.name) ?? 0) + performance.now() - t);
    },
  }));
  const t0 = performance.now();
  const r = await rebuildReadModels(infra.dataSource, infra.store, timed);
  const rate = r.applied / ((performance.now() - t0) / 1000);
  console.log(`  time per projection (ms): ${[...spent].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  console.log(`projection rebuild: ${Math.round(rate)} events/s over ${n} events; raw ordered read ${Math.round(rawRate)} rows/s; ratio ${ratio(rate, rawRate)} (target ≥ 0.30: ${rate >= 0.3 * rawRate ? 'met' : 'NOT met'})`);
}

function printHttp(rows: [string, Http][]): void {
  console.log(`${'case'.padEnd(36)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(8)}`);
  for (const [name, h] of rows) console.log(`${name.padEnd(36)} ${String(Math.round(h.rps)).padStart(8)} ${String(h.p50).padStart(7)} ${String(h.p99).padStart(7)} ${String(h.non2xx + h.errors).padStart(8)}`);
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function embedded(): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kn-bench-'));
  chmodSync(dir, 0o755);
  return startEmbeddedPostgres({ dataDir: dir, port: 0 });
}

export type { INestApplication };
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
