import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StartFailure } from './start-failure.js';

/**
 * PostgreSQL refuses to run as root, so a root start runs it as the system user `postgres`
 * (created when missing). That user may not enter the folders root can (e.g. a checkout under
 * /root, mode 700): callers ask `canReach` before handing it a path. Null: not root, the server
 * runs as the current user.
 */
export interface ServerAccount {
  readonly uid: number;
  readonly gid: number;
}

export function serverAccount(): ServerAccount | null {
  if (process.getuid?.() !== 0) return null;
  const ids = lookup() ?? create();
  if (!ids)
    throw new StartFailure(
      'running as root, but no `postgres` user exists and none could be created (useradd); create one, or start as an ordinary user',
    );
  return ids;
}

function lookup(): ServerAccount | null {
  try {
    const uid = Number(
      execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
    const gid = Number(
      execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
    return { uid, gid };
  } catch {
    return null;
  }
}

function create(): ServerAccount | null {
  spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  spawnSync(
    'useradd',
    ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    { stdio: 'ignore' },
  );
  return lookup();
}

/**
 * Whether the server account can `test -x` the path, asked as that account (exactly as the
 * server will be spawned: uid, gid, no supplementary groups), so ACLs and groups count as they
 * will at run time.
 */
export function canReach(account: ServerAccount | null, path: string): boolean {
  if (!account) return true;
  const r = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', resolve(path)], {
    uid: account.uid,
    gid: account.gid,
    stdio: 'ignore',
  });
  return r.status === 0;
}

/** Like canReach, for a path that may not exist yet: its nearest existing folder is asked. */
export function canReachOnceMade(account: ServerAccount | null, path: string): boolean {
  let p = resolve(path);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return canReach(account, p);
}

/** The nearest folder on the way to `path` that the account cannot enter (for the message). */
export function firstBarrier(account: ServerAccount | null, path: string): string {
  let barrier = resolve(path);
  for (let dir = dirname(barrier); dir !== dirname(dir); dir = dirname(dir)) {
    if (!canReach(account, dir)) barrier = dir;
  }
  return barrier;
}
