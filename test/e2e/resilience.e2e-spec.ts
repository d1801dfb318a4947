import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import {
  AutomationRunner,
  loadConfig,
  openInfrastructure,
  ProjectionRunner,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type Infrastructure,
} from '@kn/platform';
import { UsersService } from '@kn/identity';
import { createHttpApp } from '../../apps/api/src/http-app.js';
import { MIGRATIONS_ALL } from '../../apps/api/src/contexts.js';
import { client, type Client } from '../support/api-harness.js';

/**
 * SPEC/issue 5: while PostgreSQL is down the API answers 503 problem+json (no hang, no crash) and
 * recovers by itself when it is back. This suite runs its own PostgreSQL so it can stop it.
 */
describe('when PostgreSQL goes away and comes back', () => {
  let dir: string;
  let pg: EmbeddedPostgresHandle;
  let infra: Infrastructure;
  let app: INestApplication;
  let admin: Client;
  let anonymous: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kn-outage-'));
    chmodSync(dir, 0o755);
    pg = await startEmbeddedPostgres({ dataDir: dir, port: 0 });
    const password = `Adm-${randomBytes(9).toString('base64url')}`;
    infra = await openInfrastructure(
      loadConfig({
        DATABASE_URL: pg.url,
        ADMIN_PASSWORD: password,
        LOG_LEVEL: 'error',
        PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
      }),
      MIGRATIONS_ALL,
      () => undefined,
    );
    app = await createHttpApp(infra, { logger: false });
    await app.get(UsersService).ensureFirstAdmin(password, () => undefined);
    await app.get(ProjectionRunner).start();
    await app.get(AutomationRunner).start();
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    anonymous = client(base, null);
    admin = client(base, (await anonymous.post('/api/auth/login', { username: 'admin', password })).body.accessToken);
  });

  afterAll(async () => {
    await app?.close();
    await infra?.close();
    await pg?.stop();
  });

  it('answers 503 problem+json quickly while it is down, then recovers and projects new commands', async () => {
    const before = await admin.post('/api/organizations', { name: 'Công an tỉnh', kind: 'police' });
    expect(before.status).toBe(201);

    await pg.stop();
    const started = Date.now();
    const [list, command, health] = await Promise.all([
      admin.get('/api/organizations'),
      admin.post('/api/organizations', { name: 'Bộ đội Biên phòng tỉnh', kind: 'border_guard' }),
      anonymous.get('/health'),
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect([list.status, list.headers.get('content-type'), list.body.code]).toEqual([
      503,
      expect.stringContaining('application/problem+json'),
      'database_unavailable',
    ]);
    expect(command.status).toBe(503);
    expect(list.headers.get('retry-after')).toBe('5');
    expect([health.status, health.body.status]).toEqual([503, 'down']);

    pg = await startEmbeddedPostgres({ dataDir: dir });
    let after = await admin.get('/api/organizations');
    for (let i = 0; i < 50 && after.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await admin.get('/api/organizations');
    }
    expect(after.status).toBe(200);
    const created = await admin.post('/api/organizations', { name: 'Bộ đội Biên phòng tỉnh', kind: 'border_guard' });
    expect(created.status).toBe(201);
    const listed = await admin.get('/api/organizations', { 'x-min-position': String(created.body.position) });
    expect(listed.headers.get('x-consistency')).toBe('caught-up');
    expect(listed.body.items.map((o: { name: string }) => o.name).sort()).toEqual([
      'Bộ đội Biên phòng tỉnh',
      'Công an tỉnh',
    ]);
  });
});
