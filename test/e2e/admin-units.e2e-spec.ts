import { startApi, type Harness } from '../support/api-harness.js';

const unit = (over: Record<string, unknown> = {}) => ({
  kind: 'commune',
  name: 'Phan Sơn',
  code: '22912',
  parentId: null,
  classifications: ['ethnic_minority_commune'],
  establishedOn: '2013-01-01',
  ...over,
});

describe('administrative units over HTTP', () => {
  let h: Harness;
  let provinceId: string;
  beforeAll(async () => {
    h = await startApi();
    const p = await h.admin.post(
      '/api/admin-units',
      unit({ kind: 'province', name: 'Bình Thuận', code: '60', classifications: [] }),
    );
    provinceId = p.body.id;
  });
  afterAll(async () => h?.close());

  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);

  it('establishes a commune: 201, {id, streamId, revision, position}, ETag, then lists and reads it', async () => {
    const r = await h.admin.post('/api/admin-units', unit({ parentId: provinceId }));
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      streamId: `adminunit-${r.body.id}`,
      revision: 0,
      position: expect.any(Number),
    });
    expect(r.headers.get('etag')).toBe('"0"');
    const one = await h.admin.get(`/api/admin-units/${r.body.id}`, { 'x-min-position': String(r.body.position) });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: r.body.id,
      name: 'Phan Sơn',
      kind: 'commune',
      status: 'active',
      parentId: provinceId,
      revision: 0,
    });
    const list = await h.admin.get(
      `/api/admin-units?kind=commune&parentId=${provinceId}&classification=ethnic_minority_commune`,
    );
    expect(list.body.items.map((u: { id: string }) => u.id)).toContain(r.body.id);
  });

  it('answers 400 with a field error for each kind of bad input, and appends nothing', async () => {
    const before = await eventCount();
    const cases: [Record<string, unknown>, string][] = [
      [unit({ kind: 'hamlet' }), 'kind'],
      [unit({ establishedOn: '2013-02-30' }), 'establishedOn'],
      [unit({ establishedOn: '2099-01-01' }), 'establishedOn'],
      [unit({ parentId: 'not-a-uuid' }), 'parentId'],
      [unit({ classifications: ['rich'] }), 'classifications'],
      [unit({ name: 42 }), 'name'],
      [unit({ color: 'red' }), 'color'],
    ];
    for (const [body, field] of cases) {
      const r = await h.admin.post('/api/admin-units', body);
      expect([r.status, r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        400,
        expect.arrayContaining([field]),
      ]);
    }
    expect((await h.admin.post('/api/admin-units/nope/rename', { name: 'X', effectiveOn: '2020-01-01' })).status).toBe(
      400,
    );
    expect(await eventCount()).toBe(before);
  });

  it('answers 404 for an unknown unit and 409 with the rule for a broken one', async () => {
    const missing = await h.admin.get('/api/admin-units/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d');
    expect(missing.status).toBe(404);
    const village = await h.admin.post(
      '/api/admin-units',
      unit({ kind: 'village', name: 'Thôn 1', code: 'T1', classifications: [], parentId: provinceId }),
    );
    const r = await h.admin.post('/api/admin-units', unit({ parentId: village.body.id }));
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('admin_unit.parent_must_be_higher_kind');
  });

  it('lets exactly one of many concurrent If-Match renames win; the rest get 412', async () => {
    const c = await h.admin.post('/api/admin-units', unit({ parentId: provinceId, name: 'Phan Lâm' }));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        h.admin.post(
          `/api/admin-units/${c.body.id}/rename`,
          { name: `Phan Lâm ${i}`, effectiveOn: '2020-01-01' },
          { 'if-match': '"0"' },
        ),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    expect(results.find((r) => r.status === 412)!.body.code).toBe('precondition_failed');
    expect(results.find((r) => r.status === 200)!.headers.get('etag')).toBe('"1"');
  });

  it('returns the first response to a retry with the same Idempotency-Key and appends nothing; 422 for another body', async () => {
    const headers = { 'idempotency-key': 'establish-phan-hiep' };
    const first = await h.admin.post('/api/admin-units', unit({ parentId: provinceId, name: 'Phan Hiệp' }), headers);
    const count = await eventCount();
    const retries = await Promise.all(
      [1, 2, 3].map(() => h.admin.post('/api/admin-units', unit({ parentId: provinceId, name: 'Phan Hiệp' }), headers)),
    );
    for (const r of retries) {
      expect([r.status, r.body, r.headers.get('etag')]).toEqual([201, first.body, '"0"']);
    }
    expect(await eventCount()).toBe(count);
    const other = await h.admin.post('/api/admin-units', unit({ parentId: provinceId, name: 'Phan Hòa' }), headers);
    expect(other.status).toBe(422);
  });

  it('shows hundreds of concurrent commands on different streams in the read model', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.admin.post(
          '/api/admin-units',
          unit({ kind: 'village', name: `Buôn ${i}`, code: `B${i}`, classifications: [], parentId: provinceId }),
        ),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const maxPosition = Math.max(...results.map((r) => r.body.position));
    const list = await h.admin.get(`/api/admin-units?kind=village&parentId=${provinceId}&q=Buôn&limit=200`, {
      'x-min-position': String(maxPosition),
    });
    expect(list.headers.get('x-consistency')).toBe('caught-up');
    expect(list.body.total).toBe(200);
  });

  it('merges two communes into a successor with lineage; the predecessors point to it', async () => {
    const a = await h.admin.post('/api/admin-units', unit({ parentId: provinceId, name: 'Sông Lũy', code: 'A1' }));
    const b = await h.admin.post(
      '/api/admin-units',
      unit({
        parentId: provinceId,
        name: 'Phan Tiến',
        code: 'B1',
        classifications: ['ethnic_minority_commune', 'extremely_difficult'],
      }),
    );
    const m = await h.admin.post('/api/admin-units/merges', {
      predecessorIds: [a.body.id, b.body.id],
      successor: { kind: 'commune', name: 'Sông Lũy', code: 'M1', parentId: provinceId },
      effectiveOn: '2025-07-01',
      decisionRef: '1666/NQ-UBTVQH15',
    });
    expect(m.status).toBe(201);
    await h.settle();
    const successor = (await h.admin.get(`/api/admin-units/${m.body.id}`)).body;
    expect(successor).toMatchObject({
      status: 'active',
      predecessorIds: [a.body.id, b.body.id],
      classifications: ['ethnic_minority_commune', 'extremely_difficult'],
    });
    const pred = (await h.admin.get(`/api/admin-units/${a.body.id}`)).body;
    expect(pred).toMatchObject({ status: 'merged', successorId: m.body.id, endedOn: '2025-07-01' });
    const again = await h.admin.post('/api/admin-units/merges', {
      predecessorIds: [a.body.id, b.body.id],
      successor: { kind: 'commune', name: 'X', code: 'M2', parentId: provinceId },
      effectiveOn: '2025-07-02',
      decisionRef: 'x',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('admin_unit.merge_predecessor_must_be_active');
  });

  it('reads a unit as it was recorded at an earlier instant', async () => {
    const c = await h.admin.post('/api/admin-units', unit({ parentId: provinceId, name: 'Tên cũ' }));
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const renamed = await h.admin.post(`/api/admin-units/${c.body.id}/rename`, {
      name: 'Tên mới',
      effectiveOn: '2021-01-01',
    });
    expect(renamed.body).toMatchObject({ revision: 1 });
    await h.settle();
    expect((await h.admin.get(`/api/admin-units/${c.body.id}`)).body.name).toBe('Tên mới');
    const then = await h.admin.get(`/api/admin-units/${c.body.id}?asOf=${encodeURIComponent(between)}`);
    expect([then.body.name, then.body.revision]).toEqual(['Tên cũ', 0]);
    expect((await h.admin.get(`/api/admin-units/${c.body.id}?asOf=yesterday`)).status).toBe(400);
  });

  it('only lets admins change reference data', async () => {
    const supervisor = await h.userWith('supervisor');
    const r = await supervisor.post('/api/admin-units', unit());
    expect(r.status).toBe(403);
    expect((await supervisor.get('/api/admin-units')).status).toBe(200);
  });

  it('records refused commands for the audit trail', async () => {
    const rows = await h.infra.dataSource.query(
      `select status, code from app.rejected_commands where code = 'precondition_failed'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
  });
});

describe('organisations over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(async () => h?.close());

  it('registers, renames and dissolves an organisation, as in API.md', async () => {
    const r = await h.admin.post('/api/organizations', {
      name: 'Hội Nông dân tỉnh',
      kind: 'mass_organization',
      shortName: 'HND',
    });
    expect(r.status).toBe(201);
    const renamed = await h.admin.post(`/api/organizations/${r.body.id}/rename`, {
      name: 'Hội Nông dân tỉnh Bình Thuận',
    });
    expect([renamed.status, renamed.body.revision]).toEqual([200, 1]);
    const same = await h.admin.post(`/api/organizations/${r.body.id}/rename`, { name: 'Hội Nông dân tỉnh Bình Thuận' });
    expect([same.status, same.body.code]).toEqual([409, 'organization.name_must_change']);
    const noReason = await h.admin.post(`/api/organizations/${r.body.id}/dissolve`, { dissolvedOn: '2024-01-01' });
    expect(noReason.status).toBe(400);
    const d = await h.admin.post(`/api/organizations/${r.body.id}/dissolve`, {
      dissolvedOn: '2024-01-01',
      reason: 'Sáp nhập',
    });
    const got = await h.admin.get(`/api/organizations/${r.body.id}`, { 'x-min-position': String(d.body.position) });
    expect(got.body).toMatchObject({
      name: 'Hội Nông dân tỉnh Bình Thuận',
      kind: 'mass_organization',
      shortName: 'HND',
      status: 'dissolved',
      revision: 2,
    });
    const list = await h.admin.get('/api/organizations?kind=mass_organization');
    expect(list.body).toMatchObject({ total: 1 });
    const audit = await h.infra.store.readStream(`organization-${r.body.id}`);
    expect(audit.map((e) => e.metadata.commandName)).toEqual([
      'RegisterOrganization',
      'RenameOrganization',
      'DissolveOrganization',
    ]);
    expect(audit[2].metadata).toMatchObject({ actor: { username: 'admin', role: 'admin' }, reason: 'Sáp nhập' });
  });

  it('rejects an unknown kind and unknown fields', async () => {
    const r = await h.admin.post('/api/organizations', { name: 'X', kind: 'club', secret: true });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'secret']);
  });
});
