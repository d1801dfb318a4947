// One PostgreSQL per test run: the server in DATABASE_URL when given (CI also runs the suites
// against the machine's PostgreSQL 15), otherwise an embedded PostgreSQL 18 in a temp directory
// with a random password, started by the app's own launcher (libs/platform/database/embedded:
// as root it runs the server as `postgres`, from a reachable copy of the binaries when the
// checkout is private). Each test file then creates its own database (test/support/database.ts).
// Plain JS: jest loads global setup outside its transform and module mapper, so the launcher's
// few files are transpiled here (no build needed).
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAUNCHER = join(ROOT, 'libs/platform/database/embedded');

async function loadLauncher() {
  // A folder of this run's own (worktrees may share node_modules by hard links; runs may overlap),
  // inside node_modules so the launcher resolves its packages; gone once the modules are loaded.
  const out = join(ROOT, 'node_modules', '.cache', 'ket-nghia', `embedded-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  for (const file of readdirSync(LAUNCHER).filter(
    (f) => f.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(f),
  )) {
    const { outputText } = ts.transpileModule(readFileSync(join(LAUNCHER, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), outputText);
  }
  try {
    return await import(pathToFileURL(join(out, 'embedded-postgres.js')).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.KN_TEST_SERVER_URL = process.env.DATABASE_URL;
    console.log(`\n[test] PostgreSQL from DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`);
    return;
  }
  const { startEmbeddedPostgres } = await loadLauncher();
  const dataDir = mkdtempSync(join(tmpdir(), 'kn-test-pg-'));
  chmodSync(dataDir, 0o711); // as root the server runs as `postgres`, who must pass through it
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: 0,
    throwaway: true,
    settings: { max_connections: 300, fsync: 'off' },
    log: (line) => console.log(`[test] ${line}`),
  });
  globalThis.__KN_PG__ = pg;
  process.env.KN_TEST_SERVER_URL = pg.url;
  console.log(`\n[test] embedded PostgreSQL 18 on ${new URL(pg.url).host}`);
}
