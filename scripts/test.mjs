// `npm test`: every jest project (unit, integration, e2e) against a real PostgreSQL —
// an embedded PostgreSQL 18 started for this run, or the server in DATABASE_URL.
import { spawnSync } from 'node:child_process';

const args = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
process.exit(r.status ?? 1);
