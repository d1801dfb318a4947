import 'reflect-metadata';
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { INestApplication, Type } from '@nestjs/common';
import { compareCheckpoints, type PostgresEventStore } from '../../libs/event-store/index.js';
import { castOf, createDemoUsers, importDemo, type DemoImportReport } from '../../libs/demo/index.js';
import { PgKeyStore } from '../../libs/households/index.js';
import { UserAudit, UsersService } from '../../libs/identity/index.js';
import {
  AutomationRunner,
  LogSealer,
  loadConfig,
  openInfrastructure,
  ProjectionRunner,
  readCheckpoint,
  rebuildReadModels,
  type Infrastructure,
  type RebuildResult,
} from '../../libs/platform/index.js';
import { vietnamDate } from '../../libs/shared/index.js';
import { createHttpApp } from '../../apps/api/src/http-app.js';
import { MIGRATIONS_ALL, projectionsAll } from '../../apps/api/src/contexts.js';
import { benchDatabase, mb, type BenchDatabase } from './bench-support.js';
import type { LoadJob, LoadResult } from './load-worker.js';

export interface BenchApp {
  readonly app: INestApplication;
  readonly infra: Infrastructure;
  readonly store: PostgresEventStore;
  readonly db: BenchDatabase;
  readonly base: string;
  readonly token: string;
  /** The environment a separate process of the same deployment (the projector) starts with. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** The real API (all modules, as `npm start` composes it) on a scratch database, listening on loopback, the admin signed in. */
export async function startBenchApp(extraModules: Type[] = []): Promise<BenchApp> {
  const db = await benchDatabase('bench');
  const password = `Bench-${randomBytes(9).toString('base64url')}`;
  const env = {
    DATABASE_URL: db.url,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
  };
  const config = loadConfig({ ...env, ADMIN_PASSWORD: password });
  const infra = await openInfrastructure(config, MIGRATIONS_ALL, () => undefined);
  const app = await createHttpApp(infra, { logger: false, extraModules });
  await app.get(UsersService).ensureFirstAdmin(password, () => undefined);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return {
    app,
    infra,
    db,
    base,
    token: accessToken,
    env,
    store: infra.store as PostgresEventStore,
    async close() {
      // Whatever failed before, the scratch server and its files go.
      await app.close().catch(() => undefined);
      await infra.close().catch(() => undefined);
      await db.drop();
    },
  };
}

/** The demo province at `households`, recorded at story time through the store's bulk import path. */
export async function importProvince(
  b: BenchApp,
  households: number,
  progress: (line: string) => void = () => undefined,
): Promise<DemoImportReport> {
  const users = await createDemoUsers(b.app.get(UsersService), b.app.get(UserAudit), 2013);
  return importDemo(
    {
      log: b.store.logImport(),
      keys: new PgKeyStore(b.infra.dataSource, b.infra.personalDataKey),
      cast: castOf(users.map((u) => u.actor)),
    },
    {
      seed: 2013,
      households,
      today: vietnamDate(new Date()),
      spillDir: mkdtempSync(join(process.env.BENCH_DATA_DIR ?? tmpdir(), 'kn-spill-')),
      onProgress: (p) => progress(`${p.phase} ${p.events.toLocaleString('en-US')} events`),
    },
  );
}

/** Events per second of a raw ordered read of the whole log (pages of 5,000, the store's own order). */
export async function rawOrderedRead(b: BenchApp): Promise<number> {
  const started = performance.now();
  let read = 0;
  let after: [string, string] = ['0', '0'];
  for (;;) {
    const { rows } = await b.store.pool.query<{ tx_id: string; position: string }>({
      name: 'bench_raw_read',
      text: `select * from event_store.events where (tx_id, position) > ($1::xid8, $2) order by tx_id, position limit 5000`,
      values: after,
    });
    if (!rows.length) break;
    read += rows.length;
    after = [rows[rows.length - 1].tx_id, rows[rows.length - 1].position];
  }
  return read / ((performance.now() - started) / 1000);
}

export async function rebuild(b: BenchApp): Promise<RebuildResult & { seconds: number }> {
  const t = performance.now();
  const result = await rebuildReadModels(b.infra.dataSource, b.infra.store, projectionsAll(b.infra));
  return { ...result, seconds: (performance.now() - t) / 1000 };
}

/** Projections, automations and the sealer in the API process, as `npm start` runs them. */
export async function startRunners(b: BenchApp): Promise<void> {
  await b.app.get(ProjectionRunner).start();
  await b.app.get(AutomationRunner).start();
  b.app.get(LogSealer).start();
  await b.app.get(ProjectionRunner).caughtUp();
}

/**
 * Moves projections, automations and the sealer out of the API process into `npm run projector`'s
 * own process (as a deployment with PROJECTIONS_IN_PROCESS=false runs them), caught up when it returns.
 */
export async function projectorProcess(b: BenchApp): Promise<{ rssMb(): number; stop(): Promise<void> }> {
  await b.app.get(ProjectionRunner).stop();
  await b.app.get(AutomationRunner).onModuleDestroy();
  await b.app.get(LogSealer).onModuleDestroy();
  const child = fork(new URL('../../apps/projector/src/main.js', import.meta.url), [], {
    env: { ...process.env, ...b.env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([
    caughtUp(b, 600_000),
    exited.then(() => Promise.reject(new Error('the projector process exited'))),
  ]);
  return {
    rssMb: () => processRssMb(child.pid!),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until the stored projection checkpoint (whichever process writes it) reaches the log's head. */
export async function caughtUp(b: BenchApp, timeoutMs = 120_000): Promise<void> {
  const head = await b.store.head();
  const deadline = Date.now() + timeoutMs;
  while (compareCheckpoints(await readCheckpoint(b.infra.dataSource.manager), head) < 0) {
    if (Date.now() > deadline) throw new Error('the read models did not catch up with the log');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function processRssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

/** Runs one job in a forked load process (its own event loop and CPU share). */
export function loadProcess(job: LoadJob): Promise<LoadResult & { workerRssMb: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-worker.js', import.meta.url), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m: LoadResult & { error?: string; workerRssMb: number }) => {
      child.kill();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    child.once('error', reject);
    child.send(job);
  });
}

/** Proportional memory (MB) of the embedded PostgreSQL: the postmaster and its children (shared buffers counted once). */
export function postgresMemoryMb(b: BenchApp): number | null {
  const dir = b.db.dataDir;
  if (!dir) return null;
  try {
    const postmaster = Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let kb = 0;
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (Number(pid) !== postmaster && ppid !== postmaster) continue;
        const pss = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        kb += Number(pss?.[1] ?? 0);
      } catch {
        // a backend that exited meanwhile
      }
    }
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

/** The largest resident size of this process seen while `work` runs (sampled every 200 ms). */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number; peakHeapMb: number }> {
  let peak = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 200);
  try {
    const value = await work();
    return { value, peakMb: mb(Math.max(peak, process.memoryUsage().rss)), peakHeapMb: mb(heap) };
  } finally {
    clearInterval(timer);
  }
}
