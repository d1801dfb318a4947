import { startApi, type Harness } from '../support/api-harness.js';

/**
 * Found by the naughty-strings sweep: two merges of the same predecessors sent at once both
 * passed their checks, both registered a successor, and the loser answered 409 after appending
 * its successor — a unit or organisation that nothing points to. Merges now run alone among the
 * commands naming their streams (CommandPipeline.exclusive).
 */
describe('concurrent merges of the same predecessors', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApi({ projections: false });
  }, 120_000);
  afterAll(async () => h?.close());

  const created = async (p: Promise<{ status: number; body: { id: string } }>) => {
    const r = await p;
    expect(r.status).toBe(201);
    return r.body.id;
  };
  const count = async (type: string) =>
    Number(
      (await h.infra.dataSource.query(`select count(*) as n from event_store.events where type = $1`, [type]))[0].n,
    );

  it('organisations: one merge wins, the others are refused and leave no successor behind', async () => {
    const ids = [
      await created(h.admin.post('/api/organizations', { name: 'Sở A', kind: 'department' })),
      await created(h.admin.post('/api/organizations', { name: 'Sở B', kind: 'department' })),
    ];
    const before = await count('OrganizationRegistered');
    const body = {
      predecessorIds: ids,
      successor: { name: 'Sở AB', kind: 'department' },
      effectiveOn: '2025-07-01',
      decisionRef: 'QĐ-1',
    };
    const answers = await Promise.all(Array.from({ length: 6 }, () => h.admin.post('/api/organizations/merges', body)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await count('OrganizationRegistered')).toBe(before + 1);
  });

  it('administrative units: one merge wins, the others are refused and leave no successor behind', async () => {
    const unit = (code: string) =>
      created(
        h.admin.post('/api/admin-units', {
          kind: 'commune',
          name: `Xã ${code}`,
          code,
          parentId: null,
          classifications: ['ethnic_minority_commune'],
          establishedOn: '2013-01-01',
        }),
      );
    const ids = [await unit('A1'), await unit('A2')];
    const before = await count('AdministrativeUnitEstablished');
    const body = {
      predecessorIds: ids,
      successor: {
        kind: 'commune',
        name: 'Xã Hợp',
        code: 'A12',
        parentId: null,
        classifications: ['ethnic_minority_commune'],
      },
      effectiveOn: '2025-07-01',
      decisionRef: 'NQ-1',
    };
    const answers = await Promise.all(Array.from({ length: 6 }, () => h.admin.post('/api/admin-units/merges', body)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await count('AdministrativeUnitEstablished')).toBe(before + 1);
  });
});
