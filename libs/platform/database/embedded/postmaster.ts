import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { StartFailure } from './start-failure.js';

/**
 * `postmaster.pid` in a data directory names the server that holds it. After a crash of the app
 * (kill -9, the OOM killer) its PostgreSQL keeps running and holding the directory: the next start
 * finds it here and stops it cleanly (fast shutdown: open transactions roll back, committed
 * ones stay) before starting its own.
 */
export interface Postmaster {
  readonly pid: number;
  /** Line 8 of postmaster.pid: `starting`, `ready`, `stopping` or `standby`. */
  readonly status: string;
}

export function readPostmaster(databaseDir: string): Postmaster | null {
  const file = join(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid, status: (lines[7] ?? '').trim() } : null;
}

/** The process still runs and is a PostgreSQL serving this data directory (not a reused pid). */
export function isServing(pid: number, databaseDir: string): boolean {
  if (!alive(pid)) return false;
  return commandLine(pid).includes('postgres') && commandLine(pid).includes(databaseDir);
}

export async function stopOrphan(databaseDir: string, log: (line: string) => void): Promise<void> {
  const orphan = readPostmaster(databaseDir);
  if (!orphan || !isServing(orphan.pid, databaseDir)) return;
  log(
    `PostgreSQL (pid ${orphan.pid}) from an earlier run that did not stop cleanly still holds ${databaseDir}: stopping it before starting`,
  );
  if (!(await signalAndWait(orphan.pid, 'SIGINT', 30_000)) && !(await signalAndWait(orphan.pid, 'SIGQUIT', 10_000))) {
    throw new StartFailure(
      `PostgreSQL pid ${orphan.pid} from an earlier run still holds ${databaseDir} and did not stop; stop it (kill ${orphan.pid}) and start again`,
    );
  }
}

/** Sends the signal and waits for the process to be gone; false when it outlives the timeout. */
export async function signalAndWait(pid: number, signal: NodeJS.Signals, timeoutMs: number): Promise<boolean> {
  try {
    process.kill(pid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return true;
    throw new StartFailure(
      `PostgreSQL pid ${pid} holds the data directory and may not be stopped by this user (${(e as Error).message}); stop it and start again`,
    );
  }
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !zombie(pid);
}

/** An exited child nobody has reaped yet (no init reaping in some containers) counts as gone. */
function zombie(pid: number): boolean {
  try {
    return / Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)/, ''));
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    if (existsSync(`/proc/${pid}/cmdline`)) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  } catch {
    return '';
  }
}
