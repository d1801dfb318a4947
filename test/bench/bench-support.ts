import pg from 'pg';
import { appendFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres, withDatabase } from '../../libs/platform/database/embedded/embedded-postgres.js';

/** One round of a comparison: the system's and the baseline's rate, measured back to back. */
export interface Round {
  store: number;
  raw: number;
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The p-th percentile (0–100) by nearest rank. */
export const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

export interface BenchDatabase {
  readonly url: string;
  readonly serverUrl: string;
  readonly embedded: boolean;
  readonly dataDir: string | null;
  drop(): Promise<void>;
}

/**
 * A scratch database on DATABASE_URL's server, or on an embedded PostgreSQL 18 started in a temp
 * directory (BENCH_DATA_DIR chooses where: large runs need the disk). Dropped, and the embedded
 * server's files removed, by `drop`.
 */
export async function benchDatabase(prefix: string): Promise<BenchDatabase> {
  const server = await openServer();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  return {
    url: withDatabase(server.url, name),
    serverUrl: server.url,
    embedded: server.embedded,
    dataDir: server.dir,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      await server.stop();
    },
  };
}

async function openServer(): Promise<{ url: string; embedded: boolean; dir: string | null; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, dir: null, stop: async () => undefined };
  const dir = mkdtempSync(join(process.env.BENCH_DATA_DIR ?? tmpdir(), 'kn-bench-pg-'));
  chmodSync(dir, 0o755); // the unprivileged postgres user must reach its data directory
  // BENCH_PG_LOG=file keeps the server's own log (what it says when it ends a connection).
  const logFile = process.env.BENCH_PG_LOG;
  const handle = await startEmbeddedPostgres({
    dataDir: dir,
    log: logFile ? (line) => appendFileSync(logFile, `${line}\n`) : undefined,
  });
  return {
    url: handle.url,
    embedded: true,
    dir,
    stop: async () => {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The machine, its load, and the server settings that decide write throughput. */
export async function describeMachine(db: Pick<pg.Pool, 'query'>, embedded: boolean): Promise<string> {
  const { rows } = await db.query<{ name: string; setting: string }>(
    `select name, current_setting(name) as setting from unnest(array['server_version', 'fsync', 'synchronous_commit', 'wal_level',
       'shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'work_mem']) as name`,
  );
  const s = Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  return [
    `machine: ${cpus().length} cpus (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
    `load average at the start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other work on the machine skews absolute numbers; ratios are per round)`,
    `PostgreSQL ${s.server_version}${embedded ? ' (embedded)' : ''}: fsync=${s.fsync} synchronous_commit=${s.synchronous_commit} wal_level=${s.wal_level} ` +
      `shared_buffers=${s.shared_buffers} max_wal_size=${s.max_wal_size} checkpoint_timeout=${s.checkpoint_timeout} work_mem=${s.work_mem}`,
  ].join('\n');
}

export const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
