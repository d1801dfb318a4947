import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@kn/platform';

export const API_MAIN = 'dist/apps/api/src/main.js';

/** The built API (`npm start` without the build) as its own process, as a user runs it. */
export interface ApiProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** stdout and stderr so far. */
  output(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

export async function spawnApi(options: {
  cwd?: string;
  env: Record<string, string | undefined>;
  port?: number;
}): Promise<ApiProcess> {
  const cwd = options.cwd ?? process.cwd();
  if (!existsSync(join(cwd, API_MAIN)))
    throw new Error(`${API_MAIN} is missing: run \`npm run build\` (npm test does it first)`);
  const port = options.port ?? (await freePort());
  // The run's own database settings must not leak into the process under test.
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    KN_TEST_SERVER_URL: undefined,
    DATA_DIR: undefined,
    NO_COLOR: '1',
    PORT: String(port),
    ...options.env,
  };
  const child = spawn(process.execPath, [API_MAIN], {
    cwd,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => ((err += d), (out += d)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => out, stderr: () => err, exited };
}

/** Resolves when /health answers 200; fails with the process's output when it exits first. */
export async function healthy(api: ApiProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void api.exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the API exited before serving /health:\n${api.output()}`);
    const status = await fetch(`${api.baseUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API did not serve /health within ${timeoutMs} ms:\n${api.output()}`);
}

export async function stopApi(api: ApiProcess): Promise<number | null> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
  return api.exited;
}
