import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, openInfrastructure, type Infrastructure } from '@kn/platform';
import { COMMANDS } from '../../apps/cli/src/commands.js';
import { MIGRATIONS_ALL } from '../../apps/api/src/contexts.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startApi, type Harness } from '../support/api-harness.js';

/**
 * Issue 9: the event log exported from one store and imported into another verifies intact —
 * with the same hashes, since import keeps each event's recorded time. An altered file is caught.
 */
/** Export and import work on the store alone: they issue no command, so they never ask for the app. */
const noApp = () => Promise.reject(new Error('log:export and log:import issue no command'));

describe('moving the event log between stores (log:export / log:import)', () => {
  let source: Harness;
  let target: TestDatabase;
  let into: Infrastructure;
  const dir = mkdtempSync(join(tmpdir(), 'kn-log-'));
  const file = join(dir, 'events.ndjson');

  beforeAll(async () => {
    source = await startApi();
    const unit = await source.admin.post('/api/admin-units', {
      kind: 'commune',
      name: 'Phan Sơn',
      code: '22912',
      parentId: null,
      classifications: ['ethnic_minority_commune'],
      establishedOn: '2013-01-01',
    });
    await source.admin.post(`/api/admin-units/${unit.body.id}/rename`, {
      name: 'Phan Sơn mới',
      effectiveOn: '2020-01-01',
    });
    await source.admin.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' });
    await source.settle();
    target = await createTestDatabase('import');
    into = await openInfrastructure(
      loadConfig({
        DATABASE_URL: target.url,
        LOG_LEVEL: 'error',
        PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
      }),
      MIGRATIONS_ALL,
      () => undefined,
    );
  });
  afterAll(async () => {
    await into?.close();
    await target?.drop();
    await source?.close();
  });

  it('imports every event with the hash it had, and the chain verifies', async () => {
    expect(await COMMANDS['log:export'].run(source.infra, { file }, noApp)).toBe(0);
    const exported = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(exported.map((e) => e.type)).toEqual([
      'AdministrativeUnitEstablished',
      'AdministrativeUnitRenamed',
      'OrganizationRegistered',
    ]);
    expect(await COMMANDS['log:import'].run(into, { file }, noApp)).toBe(0);
    for (const e of exported) {
      const [stored] = await into.store.readStream(e.streamId, { fromRevision: e.revision, maxCount: 1 });
      expect([stored.eventId, stored.hash, stored.recordedAt.toISOString()]).toEqual([e.eventId, e.hash, e.recordedAt]);
    }
    expect((await into.store.verify()).ok).toBe(true);
  });

  it('refuses a file whose events were altered after export', async () => {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const e = JSON.parse(lines[lines.length - 1]);
    lines[lines.length - 1] = JSON.stringify({ ...e, data: { ...e.data, name: 'Tên bị sửa' } });
    const altered = join(dir, 'altered.ndjson');
    writeFileSync(altered, lines.join('\n'));
    const other = await createTestDatabase('import');
    const infra = await openInfrastructure(
      loadConfig({
        DATABASE_URL: other.url,
        LOG_LEVEL: 'error',
        PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
      }),
      MIGRATIONS_ALL,
      () => undefined,
    );
    try {
      expect(await COMMANDS['log:import'].run(infra, { file: altered }, noApp)).toBe(1);
    } finally {
      await infra.close();
      await other.drop();
    }
  });
});
