import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rebuildReadModels } from '@kn/platform';
import { projectionsAll } from '../../apps/api/src/contexts.js';
import { startApi, type Harness } from '../support/api-harness.js';
import { snapshotReadModels } from '../support/read-model-snapshot.js';

const PROJECTOR = 'dist/apps/projector/src/main.js';

/**
 * Issue 5: killing the projector (SIGKILL) mid-batch and restarting it leaves read models equal to
 * a rebuild from zero. The API here runs no projections; the real projector process does.
 */
describe('the standalone projector, killed and restarted', () => {
  let h: Harness;
  beforeAll(async () => {
    if (!existsSync(PROJECTOR))
      throw new Error(`${PROJECTOR} is missing: run \`npm run build\` (npm test does it first)`);
    h = await startApi({ projections: false });
  });
  afterAll(async () => h?.close());

  const checkpoint = async () =>
    Number(
      (await h.infra.dataSource.query(`select coalesce(max(position), 0) as p from rm.projection_checkpoints`))[0].p,
    );
  const until = async (cond: () => Promise<boolean>, ms: number) => {
    const deadline = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const projector = (): ChildProcess =>
    spawn(process.execPath, [PROJECTOR], {
      env: {
        ...process.env,
        DATABASE_URL: h.infra.database.url,
        LOG_LEVEL: 'error',
        PERSONAL_DATA_KEY: h.infra.personalDataKey.toString('base64'),
      },
      stdio: 'ignore',
    });

  it('converges to exactly what a rebuild from zero gives', async () => {
    const province = await h.admin.post('/api/admin-units', {
      kind: 'province',
      name: 'Bình Thuận',
      code: '60',
      parentId: null,
      classifications: [],
      establishedOn: '2013-01-01',
    });
    for (let i = 0; i < 60; i++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          h.admin.post('/api/admin-units', {
            kind: 'village',
            name: `Thôn ${i}-${j}`,
            code: `T${i}-${j}`,
            parentId: province.body.id,
            classifications: [],
            establishedOn: '2014-01-01',
          }),
        ),
      );
    }
    const [{ head }] = await h.infra.dataSource.query(`select max(position)::int as head from event_store.events`);

    const first = projector();
    await until(async () => (await checkpoint()) > 0, 30_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const reached = await checkpoint();
    expect(reached).toBeLessThan(head);

    const second = projector();
    await until(async () => (await checkpoint()) >= head, 60_000);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));

    const live = await snapshotReadModels(h.infra.dataSource);
    expect(live.admin_units).toHaveLength(1201);
    await rebuildReadModels(h.infra.dataSource, h.infra.store, projectionsAll(h.infra));
    expect(await snapshotReadModels(h.infra.dataSource)).toEqual(live);
  }, 180_000);
});
