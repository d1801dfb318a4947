import { startApi, type Harness } from '../support/api-harness.js';

describe('audit trail over HTTP', () => {
  let h: Harness;
  let unitId: string;
  beforeAll(async () => {
    h = await startApi();
    const u = await h.admin.post('/api/admin-units', { kind: 'commune', name: 'Phan Sơn', code: '22912', parentId: null, classifications: [], establishedOn: '2013-01-01' });
    unitId = u.body.id;
    await h.admin.post(`/api/admin-units/${unitId}/rename`, { name: 'Phan Sơn mới', effectiveOn: '2020-01-01' });
    await h.admin.post(`/api/admin-units/${unitId}/classifications`, { add: ['ethnic_minority_commune'], remove: [], effectiveOn: '2020-01-01' });
    await h.admin.post(`/api/admin-units/${unitId}/rename`, { name: 'Phan Sơn mới', effectiveOn: '2021-01-01' }); // refused: same name
    await h.settle();
  });
  afterAll(async () => h?.close());

  it('shows a stream with actor, command, hashes and a field-level diff per event', async () => {
    const auditor = await h.userWith('auditor');
    const r = await auditor.get(`/api/audit/streams/adminunit-${unitId}`);
    expect(r.status).toBe(200);
    const [first, second, third] = r.body.events;
    expect(r.body.events).toHaveLength(3);
    expect(first).toMatchObject({ revision: 0, type: 'AdministrativeUnitEstablished', prevHash: null, metadata: { actor: { username: 'admin' }, commandName: 'EstablishAdministrativeUnit' } });
    expect(second.prevHash).toBe(first.hash);
    expect(second.changes).toEqual(expect.arrayContaining([{ path: 'name', before: 'Phan Sơn', after: 'Phan Sơn mới' }]));
    expect(third.changes).toEqual(expect.arrayContaining([{ path: 'classifications.0', before: null, after: 'ethnic_minority_commune' }]));
  });

  it('pages the event index with filters and a cursor', async () => {
    const page1 = await h.admin.get('/api/audit/events?actor=admin&limit=2');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.next).toMatch(/^\d+:\d+$/);
    const page2 = await h.admin.get(`/api/audit/events?actor=admin&limit=2&after=${page1.body.next}`);
    expect(page2.body.items[0].position).toBeGreaterThan(page1.body.items[1].position);
    const renames = await h.admin.get('/api/audit/events?type=AdministrativeUnitRenamed');
    expect(renames.body.items.map((i: { streamId: string }) => i.streamId)).toEqual([`adminunit-${unitId}`]);
    expect((await h.admin.get('/api/audit/events?after=garbage')).status).toBe(400);
  });

  it('verifies the hash chain and lists refused commands', async () => {
    const v = await h.admin.get('/api/audit/verify');
    const [{ n }] = await h.infra.dataSource.query(`select count(*)::int as n from event_store.events`);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(v.body).toMatchObject({ ok: true, checked: n, firstBroken: null });
    expect(v.body.headHash).toMatch(/^[0-9a-f]{64}$/);
    const rejected = await h.admin.get('/api/audit/rejected-commands');
    expect(rejected.body.items[0]).toMatchObject({ username: 'admin', commandName: 'RenameAdministrativeUnit', status: 409, code: 'admin_unit.name_must_change' });
  });

  it('is closed to staff and commune officers', async () => {
    const staff = await h.userWith('commune_officer', { communeId: unitId });
    expect((await staff.get('/api/audit/events')).status).toBe(403);
  });
});
