// npm run dev: the API in watch mode (nest start --watch: tsc --watch, restarting node on each
// successful compile) beside Vite's dev server for the web app, which proxies /api and /health to
// the API (apps/web/vite.config.ts). Ctrl-C, or either one stopping, stops both.
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const children = [
  spawn(bin('nest'), ['start', 'api', '--watch', '--preserveWatchOutput'], { stdio: 'inherit', detached: true }),
  spawn(bin('vite'), ['--config', 'apps/web/vite.config.ts'], { stdio: 'inherit', detached: true }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  // Each child leads its own process group, so the API that nest started stops with it.
  for (const child of children)
    if (child.exitCode === null)
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
