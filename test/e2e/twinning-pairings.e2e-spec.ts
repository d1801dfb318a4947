import { startApi, type Client, type Harness } from '../support/api-harness.js';

const NO_SUCH_ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

describe('pairings and activities over HTTP', () => {
  let h: Harness;
  let provinceId: string;
  let communeId: string;
  let orgId: string;
  let supervisor: Client;
  let staff: Client;
  let codes = 0;

  const unit = async (over: Record<string, unknown> = {}) =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name: 'Phan Sơn',
        code: `C${++codes}`,
        parentId: provinceId,
        classifications: ['ethnic_minority_commune'],
        establishedOn: '2013-01-01',
        ...over,
      })
    ).body.id as string;
  const org = async (name: string) =>
    (await h.admin.post('/api/organizations', { name, kind: 'mass_organization' })).body.id as string;
  const pairing = (over: Record<string, unknown> = {}) => ({
    organizationId: orgId,
    adminUnitId: communeId,
    establishedOn: '2013-08-15',
    decisionRef: '197-TB/VPTU',
    ...over,
  });
  const establish = async (over: Record<string, unknown> = {}) => {
    const r = await supervisor.post('/api/pairings', pairing(over));
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const visit = (over: Record<string, unknown> = {}) => ({
    kind: 'visit',
    occurredOn: '2014-02-10',
    initiator: 'organization',
    locationAdminUnitId: null,
    locationName: 'Nhà văn hoá xã',
    participants: { organizationMembers: 12, residents: 80 },
    summary: 'Thăm hỏi đầu xuân',
    ...over,
  });
  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);
  const expectProblem = (r: { status: number; body: { code?: string } }, status: number, code: string) =>
    expect([r.status, r.body.code]).toEqual([status, code]);

  beforeAll(async () => {
    h = await startApi();
    provinceId = (
      await h.admin.post('/api/admin-units', {
        kind: 'province',
        name: 'Bình Thuận',
        code: '60',
        parentId: null,
        classifications: [],
        establishedOn: '2013-01-01',
      })
    ).body.id;
    communeId = await unit();
    orgId = await org('Hội Nông dân tỉnh');
    supervisor = await h.userWith('supervisor');
    staff = await h.userWith('staff', { organizationId: orgId });
  });
  afterAll(async () => h?.close());

  it('establishes a pairing: 201 with {id, streamId, revision, position} and ETag; reads and lists it', async () => {
    const other = await unit({ name: 'Phan Lâm' });
    const r = await supervisor.post('/api/pairings', pairing({ adminUnitId: other }));
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      streamId: `pairing-${r.body.id}`,
      revision: 0,
      position: expect.any(Number),
    });
    expect(r.headers.get('etag')).toBe('"0"');
    const one = await h.admin.get(`/api/pairings/${r.body.id}`, { 'x-min-position': String(r.body.position) });
    expect(one.body).toMatchObject({
      id: r.body.id,
      organizationId: orgId,
      adminUnitId: other,
      status: 'active',
      establishedOn: '2013-08-15',
      decisionRef: '197-TB/VPTU',
      revision: 0,
      activityCounts: {
        visit: 0,
        gift: 0,
        exchange: 0,
        outreach: 0,
        immersion_stay: 0,
        study_tour: 0,
        volunteer_work: 0,
      },
      lastActivityOn: null,
      plans: [],
    });
    const listed = await staff.get(`/api/pairings?organizationId=${orgId}&adminUnitId=${other}&status=active`);
    expect(listed.body).toEqual({ items: [expect.objectContaining({ id: r.body.id })], total: 1 });
    expect((await staff.get(`/api/pairings?adminUnitId=${other}&status=ended`)).body.total).toBe(0);
    expect((await staff.get('/api/pairings?status=paused')).status).toBe(400);
    expectProblem(await staff.get(`/api/pairings/${NO_SUCH_ID}`), 404, 'pairing.not_found');
  });

  it('refuses bad establishments: 400 per field, 403 for staff, 404 unknown unit or organisation, 409 per rule', async () => {
    const before = await eventCount();
    for (const [body, field] of [
      [pairing({ organizationId: 'x' }), 'organizationId'],
      [pairing({ establishedOn: '2013-02-30' }), 'establishedOn'],
      [pairing({ decisionRef: '' }), 'decisionRef'],
      [pairing({ color: 'red' }), 'color'],
    ] as const) {
      const r = await supervisor.post('/api/pairings', body);
      expect([r.status, r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        400,
        expect.arrayContaining([field]),
      ]);
    }
    expectProblem(
      await supervisor.post('/api/pairings', pairing({ adminUnitId: await unit(), establishedOn: '2030-01-01' })),
      400,
      'pairing.established_on_in_future',
    );
    expectProblem(await staff.post('/api/pairings', pairing()), 403, 'forbidden_role');
    expectProblem(
      await supervisor.post('/api/pairings', pairing({ adminUnitId: NO_SUCH_ID })),
      404,
      'admin_unit.not_found',
    );
    expectProblem(
      await supervisor.post('/api/pairings', pairing({ organizationId: NO_SUCH_ID })),
      404,
      'organization.not_found',
    );
    expectProblem(
      await supervisor.post('/api/pairings', pairing({ adminUnitId: provinceId })),
      409,
      'pairing.unit_must_be_commune_or_village',
    );
    const gone = await org('Hội đã giải thể');
    await h.admin.post(`/api/organizations/${gone}/dissolve`, { dissolvedOn: '2014-01-01', reason: 'sáp nhập' });
    expectProblem(
      await supervisor.post('/api/pairings', pairing({ organizationId: gone, adminUnitId: await unit() })),
      409,
      'pairing.organization_must_be_active',
    );
    const before2 = await eventCount();
    expect(before2 - before).toBe(4); // the two units, the organisation and its dissolution
    const fresh = await unit();
    await establish({ adminUnitId: fresh });
    // Immediately, without waiting for the read side: the command waits for it before checking.
    expectProblem(
      await supervisor.post('/api/pairings', pairing({ adminUnitId: fresh })),
      409,
      'pairing.one_active_per_organization_unit',
    );
  });

  it('adopts one plan per year within the pairing life', async () => {
    const id = await establish({ adminUnitId: await unit() });
    const plan = {
      year: 2014,
      objectives: ['Thăm hỏi hộ nghèo'],
      plannedActivities: { visit: 4, immersion_stay: 1 },
      budgetVnd: 50_000_000,
    };
    const r = await staff.post(`/api/pairings/${id}/plans`, plan);
    expect([r.status, r.body.revision, r.headers.get('etag')]).toEqual([200, 1, '"1"']);
    expectProblem(await staff.post(`/api/pairings/${id}/plans`, plan), 409, 'pairing.plan_once_per_year');
    expectProblem(
      await staff.post(`/api/pairings/${id}/plans`, { ...plan, year: 2012 }),
      409,
      'pairing.plan_year_within_pairing_life',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/plans`, { ...plan, year: 2015, plannedActivities: { party: 1 } }),
      400,
      'pairing.plan_activity_kind_unknown',
    );
    expect((await staff.post(`/api/pairings/${id}/plans`, { ...plan, budgetVnd: -1 })).status).toBe(400);
    expectProblem(await staff.post(`/api/pairings/${NO_SUCH_ID}/plans`, plan), 404, 'pairing.not_found');
    await h.settle();
    expect((await staff.get(`/api/pairings/${id}`)).body.plans).toEqual([
      {
        year: 2014,
        objectives: ['Thăm hỏi hộ nghèo'],
        plannedActivities: { visit: 4, immersion_stay: 1 },
        budgetVnd: 50_000_000,
      },
    ]);
  });

  it('ends a pairing: not before its recorded activities, once, and nothing recorded after it', async () => {
    const id = await establish({ adminUnitId: await unit() });
    await staff.post(`/api/pairings/${id}/activities`, visit({ occurredOn: '2015-05-05' }));
    expectProblem(
      await staff.post(`/api/pairings/${id}/end`, { endedOn: '2015-12-31', reason: 'x' }),
      403,
      'forbidden_role',
    );
    expectProblem(
      await supervisor.post(`/api/pairings/${id}/end`, { endedOn: '2015-01-01', reason: 'hết nhiệm kỳ' }),
      409,
      'pairing.end_not_before_recorded_activities',
    );
    expectProblem(
      await supervisor.post(`/api/pairings/${id}/end`, { endedOn: '2030-01-01', reason: 'hết nhiệm kỳ' }),
      400,
      'pairing.ended_on_in_future',
    );
    expect((await supervisor.post(`/api/pairings/${id}/end`, { endedOn: '2015-12-31' })).status).toBe(400);
    expect(
      (await supervisor.post(`/api/pairings/${id}/end`, { endedOn: '2015-12-31', reason: 'hết nhiệm kỳ' })).status,
    ).toBe(200);
    expectProblem(
      await supervisor.post(`/api/pairings/${id}/end`, { endedOn: '2015-12-31', reason: 'lần nữa' }),
      409,
      'pairing.already_ended',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities`, visit({ occurredOn: '2016-01-02' })),
      409,
      'pairing.activity_not_after_end',
    );
    expect((await staff.post(`/api/pairings/${id}/activities`, visit({ occurredOn: '2015-12-30' }))).status).toBe(200); // a late record of its life
    await h.settle();
    expect((await staff.get(`/api/pairings/${id}`)).body).toMatchObject({
      status: 'ended',
      endedOn: '2015-12-31',
      endReason: 'hết nhiệm kỳ',
      activityCounts: { visit: 2 },
    });
  });

  it('replays an activity retry with the same Idempotency-Key (same activityId, nothing appended); 412 on a stale If-Match', async () => {
    const id = await establish({ adminUnitId: await unit() });
    const headers = { 'idempotency-key': 'visit-tet-2014' };
    const first = await staff.post(`/api/pairings/${id}/activities`, visit(), headers);
    const count = await eventCount();
    const retry = await staff.post(`/api/pairings/${id}/activities`, visit(), headers);
    expect([retry.status, retry.body, retry.headers.get('etag')]).toEqual([200, first.body, '"1"']);
    expect(await eventCount()).toBe(count);
    expect((await staff.post(`/api/pairings/${id}/activities`, visit({ summary: 'khác' }), headers)).status).toBe(422);
    const stale = await staff.post(`/api/pairings/${id}/activities`, visit(), { 'if-match': '"0"' });
    expect([stale.status, stale.body.code]).toEqual([412, 'precondition_failed']);
    expect((await staff.post(`/api/pairings/${id}/activities`, visit(), { 'if-match': '"1"' })).status).toBe(200);
  });

  it('reads a pairing as recorded at an earlier instant, and shows its history with field diffs in the audit trail', async () => {
    const id = await establish({ adminUnitId: await unit() });
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await staff.post(`/api/pairings/${id}/activities`, visit());
    await h.settle();
    expect((await staff.get(`/api/pairings/${id}`)).body).toMatchObject({ revision: 1, activityCounts: { visit: 1 } });
    expect((await staff.get(`/api/pairings/${id}?asOf=${between}`)).body).toMatchObject({
      revision: 0,
      activityCounts: { visit: 0 },
    });
    expect((await staff.get(`/api/pairings/${id}?asOf=yesterday`)).status).toBe(400);
    const auditor = await h.userWith('auditor');
    const trail = (await auditor.get(`/api/audit/streams/pairing-${id}`)).body;
    expect(trail.events[1].changes).toEqual(
      expect.arrayContaining([{ path: 'activityCounts.visit', before: 0, after: 1 }]),
    );
  });

  it('lets exactly one of many concurrent establishments of the same organisation–unit pairing win', async () => {
    const unit = await h.admin.post('/api/admin-units', {
      kind: 'commune',
      name: 'Xã Đồng Thời',
      code: 'DT1',
      parentId: null,
      classifications: ['ethnic_minority_commune'],
      establishedOn: '2013-01-01',
    });
    const org = await h.admin.post('/api/organizations', { name: 'Đoàn Thanh niên tỉnh', kind: 'mass_organization' });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        h.admin.post('/api/pairings', {
          organizationId: org.body.id,
          adminUnitId: unit.body.id,
          establishedOn: '2014-01-01',
          decisionRef: 'QĐ-DT',
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.code === 'pairing.one_active_per_organization_unit'),
    ).toBe(true);
    const created = results.find((r) => r.status === 201)!;
    expect(
      (await h.admin.post(`/api/pairings/${created.body.id}/end`, { endedOn: '2015-01-01', reason: 'Kết thúc' }))
        .status,
    ).toBe(200);
    expect(
      (
        await h.admin.post('/api/pairings', {
          organizationId: org.body.id,
          adminUnitId: unit.body.id,
          establishedOn: '2016-01-01',
          decisionRef: 'QĐ-DT2',
        })
      ).status,
    ).toBe(201);
  });
});
