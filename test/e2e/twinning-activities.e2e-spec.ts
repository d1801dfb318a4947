import { startApi, type Client, type Harness } from '../support/api-harness.js';

const NO_SUCH_ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

describe('activities of a pairing over HTTP', () => {
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

  it('records every kind with its own fields; "id" is the activityId', async () => {
    const id = await establish({ adminUnitId: await unit() });
    const bodies = [
      visit(),
      visit({
        kind: 'gift',
        items: [{ name: 'Gạo', quantity: 500, unit: 'kg', valueVnd: 7_500_000 }],
        recipient: 'households',
        resources: [{ type: 'in_kind', valueVnd: 7_500_000, source: 'social_mobilization' }],
      }),
      visit({ kind: 'exchange', exchangeKind: 'sports' }),
      visit({ kind: 'outreach', topics: ['law', 'family_planning'] }),
      visit({ kind: 'immersion_stay', nights: 3, hostHouseholdIds: [] }),
      visit({
        kind: 'study_tour',
        locationAdminUnitId: null,
        locationName: 'Lâm Đồng',
        destination: 'Đà Lạt',
        modelsStudied: ['rau sạch'],
      }),
      visit({ kind: 'volunteer_work', labourDays: 40 }),
    ];
    for (const body of bodies) {
      const r = await staff.post(`/api/pairings/${id}/activities`, body);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        id: expect.any(String),
        streamId: `pairing-${id}`,
        pairingId: id,
        revision: expect.any(Number),
        position: expect.any(Number),
      });
    }
    await h.settle();
    const summary = (await staff.get(`/api/pairings/${id}`)).body;
    expect(summary.activityCounts).toEqual({
      visit: 1,
      gift: 1,
      exchange: 1,
      outreach: 1,
      immersion_stay: 1,
      study_tour: 1,
      volunteer_work: 1,
    });
    const log = (await staff.get(`/api/activities?pairingId=${id}&kind=gift`)).body;
    expect(log.items).toEqual([
      expect.objectContaining({
        kind: 'gift',
        recipient: 'households',
        items: [expect.objectContaining({ name: 'Gạo' })],
        pairingId: id,
        adminUnitId: summary.adminUnitId,
      }),
    ]);
  });

  it('records co-organising organisations (each active, not the pairing own, once), shows them, and credits each in the report by organisation', async () => {
    const id = await establish({ adminUnitId: await unit() });
    const partner = await org('Tỉnh đoàn');
    const gone = await org('Hội Cựu chiến binh huyện');
    expect(
      (await h.admin.post(`/api/organizations/${gone}/dissolve`, { dissolvedOn: '2014-01-01', reason: 'Sáp nhập' }))
        .status,
    ).toBe(200);
    const post = (over: Record<string, unknown>) => staff.post(`/api/pairings/${id}/activities`, visit(over));
    const bad = async (over: Record<string, unknown>, status: number, code: string, field?: string) => {
      const r = await post(over);
      expectProblem(r, status, code);
      if (field) expect(r.body.errors?.[0]?.field ?? r.body.field).toBe(field);
    };
    await bad({ coOrganizerIds: [NO_SUCH_ID] }, 404, 'organization.not_found');
    await bad({ coOrganizerIds: [orgId] }, 400, 'activity.co_organizer_is_own_organization');
    await bad({ coOrganizerIds: [gone] }, 400, 'activity.co_organizer_not_active');
    const dup = await post({ coOrganizerIds: [partner, partner] });
    expect(dup.status).toBe(400);
    const r = await post({ coOrganizerIds: [partner], occurredOn: '2014-03-01' });
    expect(r.status).toBe(200);
    await h.settle();
    const log = (await staff.get(`/api/activities?pairingId=${id}`)).body;
    expect(log.items).toEqual([expect.objectContaining({ coOrganizerIds: [partner] })]);
    const report = await supervisor.get('/api/reports/annual?year=2014&format=json');
    expect(report.status).toBe(200);
    const rows = report.body.figures.byOrganization.rows as { organizationId: string; activities: number }[];
    expect(rows.find((x) => x.organizationId === partner)).toMatchObject({ activities: 1 });
  });

  it('refuses bad activity bodies with 400 naming the field, an unknown pairing with 404, dates outside the pairing with 409', async () => {
    const place = await unit();
    const id = await establish({ adminUnitId: place });
    const cases: [Record<string, unknown>, string, string][] = [
      [visit({ kind: 'gift', recipient: 'school' }), 'activity.gift_items_required', 'items'],
      [visit({ kind: 'immersion_stay', nights: 0 }), 'activity.immersion_nights_at_least_one', 'nights'],
      [visit({ kind: 'exchange' }), 'activity.exchange_kind_unknown', 'exchangeKind'],
      [visit({ nights: 2 }), 'activity.field_not_of_kind', 'nights'],
      [
        visit({ locationAdminUnitId: place, locationName: 'Chợ' }),
        'activity.location_exactly_one',
        'locationAdminUnitId',
      ],
      [visit({ occurredOn: '2030-01-01' }), 'activity.occurred_on_in_future', 'occurredOn'],
      [visit({ kind: 'party' }), 'validation_failed', 'kind'],
      [
        visit({ participants: { organizationMembers: -1, residents: 0 } }),
        'validation_failed',
        'participants.organizationMembers',
      ],
      [visit({ weather: 'rain' }), 'validation_failed', 'weather'],
    ];
    for (const [body, code, field] of cases) {
      const r = await staff.post(`/api/pairings/${id}/activities`, body);
      expect([r.status, r.body.code, r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        400,
        code,
        expect.arrayContaining([field]),
      ]);
    }
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities`, visit({ occurredOn: '2013-01-01' })),
      409,
      'pairing.activity_not_before_established',
    );
    expectProblem(await staff.post(`/api/pairings/${NO_SUCH_ID}/activities`, visit()), 404, 'pairing.not_found');
    expect((await staff.post(`/api/pairings/nope/activities`, visit())).status).toBe(400);
  });

  it('lets a commune officer record what the commune initiated, and nothing else; auditors record nothing', async () => {
    const pairedCommune = await unit();
    const id = await establish({ adminUnitId: pairedCommune });
    const officer = await h.userWith('commune_officer', { communeId: pairedCommune });
    expect((await officer.post(`/api/pairings/${id}/activities`, visit({ initiator: 'commune' }))).status).toBe(200);
    expectProblem(await officer.post(`/api/pairings/${id}/activities`, visit()), 403, 'forbidden_initiator');
    expectProblem(
      await officer.post(`/api/pairings/${id}/plans`, {
        year: 2014,
        objectives: [],
        plannedActivities: {},
        budgetVnd: 0,
      }),
      403,
      'forbidden_role',
    );
    const otherOfficer = await h.userWith('commune_officer', { communeId });
    expectProblem(
      await otherOfficer.post(`/api/pairings/${id}/activities`, visit({ initiator: 'commune' })),
      403,
      'forbidden_scope',
    );
    const auditor = await h.userWith('auditor');
    expectProblem(
      await auditor.post(`/api/pairings/${id}/activities`, visit({ initiator: 'commune' })),
      403,
      'forbidden_role',
    );
  });

  it('corrects and voids a record; the read models follow; refused corrections and voids say why', async () => {
    const id = await establish({ adminUnitId: await unit() });
    const stay = (await staff.post(`/api/pairings/${id}/activities`, visit({ kind: 'immersion_stay', nights: 2 }))).body
      .id;
    const other = (await staff.post(`/api/pairings/${id}/activities`, visit({ occurredOn: '2014-03-01' }))).body.id;
    const c = await staff.post(`/api/pairings/${id}/activities/${stay}/corrections`, {
      changes: { nights: 4, occurredOn: '2014-02-12' },
      reason: 'sai số đêm',
    });
    expect([c.status, c.body.id, c.body.activityId]).toEqual([200, id, stay]);
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${stay}/corrections`, {
        changes: { kind: 'visit' },
        reason: 'x',
      }),
      400,
      'pairing.correction_cannot_change_identity',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${stay}/corrections`, {
        changes: { labourDays: 3 },
        reason: 'x',
      }),
      400,
      'pairing.correction_unknown_field',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${stay}/corrections`, { changes: { nights: 0 }, reason: 'x' }),
      400,
      'activity.immersion_nights_at_least_one',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${stay}/corrections`, {
        changes: { occurredOn: '2012-01-01' },
        reason: 'x',
      }),
      409,
      'pairing.activity_not_before_established',
    );
    expect(
      (await staff.post(`/api/pairings/${id}/activities/${stay}/corrections`, { changes: { nights: 5 } })).status,
    ).toBe(400);
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${NO_SUCH_ID}/corrections`, {
        changes: { nights: 5 },
        reason: 'x',
      }),
      404,
      'activity.not_found',
    );
    const v = await staff.post(`/api/pairings/${id}/activities/${other}/void`, { reason: 'ghi trùng' });
    expect([v.status, v.body.activityId]).toEqual([200, other]);
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${other}/void`, { reason: 'lần nữa' }),
      409,
      'pairing.activity_already_voided',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${other}/corrections`, {
        changes: { summary: 'x' },
        reason: 'x',
      }),
      409,
      'pairing.cannot_correct_voided_activity',
    );
    expectProblem(
      await staff.post(`/api/pairings/${id}/activities/${NO_SUCH_ID}/void`, { reason: 'x' }),
      404,
      'activity.not_found',
    );
    await h.settle();
    expect((await staff.get(`/api/pairings/${id}`)).body).toMatchObject({
      activityCounts: { visit: 0, immersion_stay: 1 },
      lastActivityOn: '2014-02-12',
    });
    expect((await staff.get(`/api/activities?pairingId=${id}`)).body).toEqual({
      items: [
        expect.objectContaining({ id: stay, nights: 4, occurredOn: '2014-02-12', correctedCount: 1, voided: false }),
      ],
      total: 1,
    });
    const all = (await staff.get(`/api/activities?pairingId=${id}&includeVoided=true`)).body;
    expect(
      all.items.map((a: { id: string; voided: boolean; voidReason: string | null }) => [a.id, a.voided, a.voidReason]),
    ).toEqual([
      [other, true, 'ghi trùng'],
      [stay, false, null],
    ]);
  });

  it('filters the activity log by organisation, unit, kind, initiator and dates, and pages it', async () => {
    const otherOrg = await org('Tỉnh đoàn');
    const place = await unit({ name: 'Phan Điền' });
    const id = await establish({ organizationId: otherOrg, adminUnitId: place });
    // The other organisation's own staff records its activities; the province-wide supervisor reads the
    // whole log, so the filters have the earlier tests' activities (of orgId) to leave out.
    const otherStaff = await h.userWith('staff', { organizationId: otherOrg });
    for (const [occurredOn, initiator, kind] of [
      ['2014-01-05', 'organization', 'visit'],
      ['2014-06-01', 'commune', 'visit'],
      ['2015-03-03', 'commune', 'exchange'],
    ]) {
      expect(
        (
          await otherStaff.post(
            `/api/pairings/${id}/activities`,
            visit({ occurredOn, initiator, kind, ...(kind === 'exchange' ? { exchangeKind: 'cultural' } : {}) }),
          )
        ).status,
      ).toBe(200);
    }
    await h.settle();
    const dates = async (query: string, reader: Client = supervisor) =>
      (await reader.get(`/api/activities?${query}`)).body.items.map((a: { occurredOn: string }) => a.occurredOn);
    expect(await dates(`organizationId=${otherOrg}`)).toEqual(['2015-03-03', '2014-06-01', '2014-01-05']);
    expect(await dates(`adminUnitId=${place}&initiator=commune`)).toEqual(['2015-03-03', '2014-06-01']);
    expect(await dates(`organizationId=${otherOrg}&kind=visit&from=2014-02-01&to=2014-12-31`)).toEqual(['2014-06-01']);
    const page = (await supervisor.get(`/api/activities?organizationId=${otherOrg}&limit=1&offset=1`)).body;
    expect([page.total, page.items.map((a: { occurredOn: string }) => a.occurredOn)]).toEqual([3, ['2014-06-01']]);
    expect(await dates(`adminUnitId=${place}&initiator=commune`, otherStaff)).toEqual(['2015-03-03', '2014-06-01']);
    expect(await dates(`organizationId=${otherOrg}`, staff)).toEqual([]);
    for (const bad of [
      'kind=party',
      'from=2014-13-01',
      'initiator=x',
      'includeVoided=yes',
      'limit=500',
      'pairingId=x',
    ]) {
      expect((await staff.get(`/api/activities?${bad}`)).status).toBe(400);
    }
  });

  it("sets each year's plan against its activities: voided left out, corrections applied, years ascending", async () => {
    const id = await establish({ adminUnitId: await unit() });
    const plan = (year: number, plannedActivities: Record<string, number>, budgetVnd: number) =>
      staff.post(`/api/pairings/${id}/plans`, { year, objectives: ['Thăm hỏi'], plannedActivities, budgetVnd });
    expect((await plan(2014, { visit: 4, gift: 2 }, 50_000_000)).status).toBe(200);
    expect((await plan(2016, { visit: 1 }, 10_000_000)).status).toBe(200);
    const record = async (over: Record<string, unknown>) => {
      const r = await staff.post(`/api/pairings/${id}/activities`, visit(over));
      expect(r.status).toBe(200);
      return r.body.id as string;
    };
    const gift = (occurredOn: string, valueVnd: number) => ({
      kind: 'gift',
      occurredOn,
      items: [{ name: 'Gạo', quantity: 100, unit: 'kg', valueVnd }],
      recipient: 'households',
      resources: [{ type: 'in_kind', valueVnd, source: 'social_mobilization' }],
    });
    await record({ occurredOn: '2014-02-10' });
    const voided = await record({ occurredOn: '2014-05-01' });
    await record(gift('2014-03-01', 7_500_000));
    const moved = await record({ occurredOn: '2014-09-01' });
    await record(gift('2015-03-03', 1_000_000));
    expect((await staff.post(`/api/pairings/${id}/activities/${voided}/void`, { reason: 'ghi trùng' })).status).toBe(
      200,
    );
    expect(
      (
        await staff.post(`/api/pairings/${id}/activities/${moved}/corrections`, {
          changes: { occurredOn: '2015-01-05' },
          reason: 'Sai ngày',
        })
      ).status,
    ).toBe(200);
    await h.settle();
    const r = await staff.get(`/api/pairings/${id}/plans`);
    expect([r.status, r.body]).toEqual([
      200,
      [
        {
          year: 2014,
          planned: { visit: 4, gift: 2 },
          actual: { visit: 1, gift: 1 },
          budgetVnd: 50_000_000,
          resourcesVnd: 7_500_000,
        },
        { year: 2015, planned: {}, actual: { visit: 1, gift: 1 }, budgetVnd: null, resourcesVnd: 1_000_000 },
        { year: 2016, planned: { visit: 1 }, actual: {}, budgetVnd: 10_000_000, resourcesVnd: 0 },
      ],
    ]);
    const missing = await staff.get(`/api/pairings/${NO_SUCH_ID}/plans`);
    expect([missing.status, missing.headers.get('content-type')]).toEqual([
      404,
      expect.stringContaining('problem+json'),
    ]);
    const stranger = await h.userWith('staff', { organizationId: await org('Hội Phụ nữ tỉnh') });
    expect((await stranger.get(`/api/pairings/${id}/plans`)).status).toBe(403);
  });
});
