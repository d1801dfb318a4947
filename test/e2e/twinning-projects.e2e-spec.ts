import { startApi, type Client, type Harness } from '../support/api-harness.js';

const NO_SUCH_ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

describe('projects (công trình) over HTTP', () => {
  let h: Harness;
  let communeId: string;
  let villageId: string;
  let otherCommuneId: string;
  let orgId: string;
  let pairingId: string;
  let supervisor: Client;
  let staff: Client;

  const unit = async (over: Record<string, unknown>) =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        parentId: null,
        classifications: ['ethnic_minority_commune'],
        establishedOn: '2013-01-01',
        ...over,
      })
    ).body.id as string;
  const proposal = (over: Record<string, unknown> = {}) => ({
    adminUnitId: communeId,
    pairingId,
    category: 'security_lighting',
    title: 'Ánh sáng an ninh thôn 1',
    plannedBudgetVnd: 120_000_000,
    plannedStartOn: '2014-03-01',
    plannedEndOn: '2014-09-30',
    ...over,
  });
  const propose = async (over: Record<string, unknown> = {}) => {
    const r = await staff.post('/api/projects', proposal(over));
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const step = async (client: Client, id: string, action: string, body: Record<string, unknown>) => {
    const r = await client.post(`/api/projects/${id}/${action}`, body);
    expect([action, r.status]).toEqual([action, 200]);
    return r;
  };
  const started = async () => {
    const id = await propose();
    await step(supervisor, id, 'approve', { approvedOn: '2014-02-01', decisionRef: '45/QĐ-UBND' });
    await step(staff, id, 'start', { startedOn: '2014-03-01' });
    return id;
  };
  const expectProblem = (r: { status: number; body: { code?: string } }, status: number, code: string) =>
    expect([r.status, r.body.code]).toEqual([status, code]);
  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);

  beforeAll(async () => {
    h = await startApi();
    communeId = await unit({ name: 'Phan Sơn', code: '22912' });
    villageId = await unit({ kind: 'village', name: 'Thôn 1', code: 'PS1', parentId: communeId, classifications: [] });
    otherCommuneId = await unit({ name: 'Phan Lâm', code: '22915' });
    orgId = (await h.admin.post('/api/organizations', { name: 'Công an tỉnh', kind: 'police' })).body.id;
    supervisor = await h.userWith('supervisor');
    staff = await h.userWith('staff', { organizationId: orgId });
    pairingId = (
      await supervisor.post('/api/pairings', {
        organizationId: orgId,
        adminUnitId: communeId,
        establishedOn: '2013-08-15',
        decisionRef: '197-TB/VPTU',
      })
    ).body.id;
  });
  afterAll(async () => h?.close());

  it('proposes a project: 201, on the board as proposed; a village of the paired commune is covered too', async () => {
    const r = await staff.post('/api/projects', proposal());
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      streamId: `project-${r.body.id}`,
      revision: 0,
      position: expect.any(Number),
    });
    expect(r.headers.get('etag')).toBe('"0"');
    const one = await staff.get(`/api/projects/${r.body.id}`, { 'x-min-position': String(r.body.position) });
    expect(one.body).toMatchObject({
      id: r.body.id,
      status: 'proposed',
      category: 'security_lighting',
      adminUnitId: communeId,
      pairingId,
      plannedBudgetVnd: 120_000_000,
      pledgedVnd: 0,
      receivedVnd: 0,
      progress: 0,
      revision: 0,
    });
    expect((await staff.post('/api/projects', proposal({ adminUnitId: villageId }))).status).toBe(201);
    // A project needs no pairing, but then it belongs to no organisation: the supervisor proposes it, staff may not (SPEC §5).
    expect(
      (await supervisor.post('/api/projects', proposal({ adminUnitId: otherCommuneId, pairingId: null }))).status,
    ).toBe(201);
    expectProblem(
      await staff.post('/api/projects', proposal({ adminUnitId: otherCommuneId, pairingId: null })),
      403,
      'forbidden_scope',
    );
  });

  it('refuses bad proposals: 400 per field, 404 unknown unit or pairing, 409 a pairing elsewhere', async () => {
    const officer = await h.userWith('commune_officer', { communeId });
    const before = await eventCount();
    for (const [body, field] of [
      [proposal({ category: 'stadium' }), 'category'],
      [proposal({ plannedBudgetVnd: -5 }), 'plannedBudgetVnd'],
      [proposal({ plannedStartOn: '2014-02-30' }), 'plannedStartOn'],
      [proposal({ adminUnitId: 'x' }), 'adminUnitId'],
      [proposal({ colour: 'red' }), 'colour'],
      [proposal({ plannedEndOn: '2014-01-01' }), 'plannedEndOn'],
    ] as const) {
      const r = await staff.post('/api/projects', body);
      expect([r.status, r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        400,
        expect.arrayContaining([field]),
      ]);
    }
    expectProblem(
      await staff.post('/api/projects', proposal({ adminUnitId: NO_SUCH_ID })),
      404,
      'admin_unit.not_found',
    );
    expectProblem(
      await supervisor.post('/api/projects', proposal({ pairingId: NO_SUCH_ID })),
      404,
      'pairing.not_found',
    );
    expectProblem(
      await staff.post('/api/projects', proposal({ adminUnitId: otherCommuneId })),
      409,
      'project.pairing_must_cover_unit',
    );
    expectProblem(await officer.post('/api/projects', proposal()), 403, 'forbidden_role');
    expect(await eventCount()).toBe(before);
  });

  it('takes a project from proposal to hand-over, with funding by source, and shows it on the board', async () => {
    const id = await propose();
    await step(staff, id, 'funding', {
      kind: 'pledged',
      source: 'social_mobilization',
      amountVnd: 50_000_000,
      on: '2014-01-20',
      sponsorOrganizationId: orgId,
      sponsorName: null,
    });
    await step(supervisor, id, 'approve', { approvedOn: '2014-02-01', decisionRef: '45/QĐ-UBND' });
    await step(staff, id, 'funding', {
      kind: 'received',
      source: 'social_mobilization',
      amountVnd: 30_000_000,
      on: '2014-02-10',
      sponsorName: 'Ông Nguyễn Văn A',
    });
    await step(staff, id, 'funding', {
      kind: 'received',
      source: 'state_budget',
      amountVnd: 70_000_000,
      on: '2014-02-15',
    });
    await step(staff, id, 'start', { startedOn: '2014-03-01' });
    await step(staff, id, 'progress', { percent: 40, on: '2014-05-01', note: 'Đã dựng 24 cột' });
    await step(staff, id, 'complete', {
      completedOn: '2014-09-20',
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
    });
    const last = await step(staff, id, 'hand-over', { handedOverOn: '2014-10-01', toAdminUnitId: communeId });
    expect(last.headers.get('etag')).toBe('"8"');
    const board = (await staff.get(`/api/projects/${id}`, { 'x-min-position': String(last.body.position) })).body;
    expect(board).toMatchObject({
      status: 'handed_over',
      approvedOn: '2014-02-01',
      startedOn: '2014-03-01',
      progress: 100,
      completedOn: '2014-09-20',
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
      handedOverOn: '2014-10-01',
      handedOverToAdminUnitId: communeId,
      pledgedVnd: 50_000_000,
      receivedVnd: 100_000_000,
      bySource: {
        social_mobilization: { pledgedVnd: 50_000_000, receivedVnd: 30_000_000 },
        state_budget: { pledgedVnd: 0, receivedVnd: 70_000_000 },
      },
      revision: 8,
    });
    const listed = (
      await staff.get(`/api/projects?status=handed_over&category=security_lighting&adminUnitId=${communeId}`)
    ).body;
    expect(listed.items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await staff.get('/api/projects?status=dreaming')).status).toBe(400);
    expectProblem(await staff.get(`/api/projects/${NO_SUCH_ID}`), 404, 'project.not_found');
  });

  it('refuses illegal transitions with 409 naming the rule', async () => {
    const id = await propose();
    expectProblem(
      await staff.post(`/api/projects/${id}/start`, { startedOn: '2014-03-01' }),
      409,
      'project.start_requires_approved',
    );
    expectProblem(
      await staff.post(`/api/projects/${id}/complete`, {
        completedOn: '2014-09-20',
        actualCostVnd: 1,
        outputs: {},
        beneficiaryHouseholds: 0,
      }),
      409,
      'project.complete_requires_in_progress',
    );
    expectProblem(
      await staff.post(`/api/projects/${id}/approve`, { approvedOn: '2014-02-01', decisionRef: 'x' }),
      403,
      'forbidden_role',
    );
    await step(supervisor, id, 'approve', { approvedOn: '2014-02-01', decisionRef: '45/QĐ-UBND' });
    expectProblem(
      await supervisor.post(`/api/projects/${id}/approve`, { approvedOn: '2014-02-02', decisionRef: 'x' }),
      409,
      'project.approve_requires_proposed',
    );
    expectProblem(
      await staff.post(`/api/projects/${id}/start`, { startedOn: '2014-01-01' }),
      409,
      'project.start_not_before_approval',
    );
    expectProblem(
      await staff.post(`/api/projects/${id}/hand-over`, { handedOverOn: '2014-10-01', toAdminUnitId: communeId }),
      409,
      'project.hand_over_requires_completed',
    );
    const going = await started();
    await step(staff, going, 'progress', { percent: 50, on: '2014-05-01' });
    expectProblem(
      await staff.post(`/api/projects/${going}/progress`, { percent: 40, on: '2014-06-01' }),
      409,
      'project.progress_never_decreases',
    );
    expectProblem(
      await staff.post(`/api/projects/${going}/progress`, { percent: 60, on: '2014-04-01' }),
      409,
      'project.progress_not_before_previous_report',
    );
    expectProblem(
      await staff.post(`/api/projects/${going}/complete`, {
        completedOn: '2014-04-20',
        actualCostVnd: 1,
        outputs: {},
        beneficiaryHouseholds: 0,
      }),
      409,
      'project.completion_not_before_start',
    );
    await step(staff, going, 'cancel', { reason: 'hết kinh phí' });
    expectProblem(
      await staff.post(`/api/projects/${going}/progress`, { percent: 60, on: '2014-06-01' }),
      409,
      'project.closed_after_cancel',
    );
    expectProblem(
      await staff.post(`/api/projects/${going}/funding`, {
        kind: 'received',
        source: 'state_budget',
        amountVnd: 1,
        on: '2014-06-01',
      }),
      409,
      'project.closed_after_cancel',
    );
    expectProblem(
      await staff.post(`/api/projects/${going}/cancel`, { reason: 'lần nữa' }),
      409,
      'project.closed_after_cancel',
    );
    await h.settle();
    expect((await staff.get(`/api/projects/${going}`)).body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'hết kinh phí',
      progress: 50,
    });
  });

  it('closes the books after hand-over, refuses finished projects a cancellation, and unknown projects with 404', async () => {
    const id = await started();
    await step(staff, id, 'complete', {
      completedOn: '2014-09-20',
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
    });
    expectProblem(await staff.post(`/api/projects/${id}/cancel`, { reason: 'x' }), 409, 'project.cancel_requires_open');
    await step(staff, id, 'funding', {
      kind: 'received',
      source: 'enterprise',
      amountVnd: 5_000_000,
      on: '2014-09-25',
    }); // paid after completion
    expectProblem(
      await staff.post(`/api/projects/${id}/hand-over`, { handedOverOn: '2014-10-01', toAdminUnitId: NO_SUCH_ID }),
      404,
      'admin_unit.not_found',
    );
    expectProblem(
      await staff.post(`/api/projects/${id}/hand-over`, { handedOverOn: '2014-09-01', toAdminUnitId: communeId }),
      409,
      'project.hand_over_not_before_completion',
    );
    await step(staff, id, 'hand-over', { handedOverOn: '2014-10-01', toAdminUnitId: communeId });
    expectProblem(
      await staff.post(`/api/projects/${id}/funding`, {
        kind: 'pledged',
        source: 'enterprise',
        amountVnd: 1,
        on: '2014-10-02',
      }),
      409,
      'project.funding_closed_after_hand_over',
    );
    for (const action of ['approve', 'funding', 'start', 'progress', 'complete', 'hand-over', 'cancel']) {
      const body: Record<string, Record<string, unknown>> = {
        approve: { approvedOn: '2014-02-01', decisionRef: 'x' },
        funding: { kind: 'pledged', source: 'enterprise', amountVnd: 1, on: '2014-01-01' },
        start: { startedOn: '2014-03-01' },
        progress: { percent: 1, on: '2014-03-02' },
        complete: { completedOn: '2014-09-20', actualCostVnd: 1, outputs: {}, beneficiaryHouseholds: 0 },
        'hand-over': { handedOverOn: '2014-10-01', toAdminUnitId: communeId },
        cancel: { reason: 'x' },
      };
      expectProblem(
        await supervisor.post(`/api/projects/${NO_SUCH_ID}/${action}`, body[action]),
        404,
        'project.not_found',
      );
    }
  });

  it('checks each command body: 400 per field, future dates, sponsors', async () => {
    const id = await started();
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['progress', { percent: 120, on: '2014-05-01' }, 'project.progress_percent_range', 'percent'],
      ['progress', { percent: 10, on: '2030-05-01' }, 'project.progress_on_in_future', 'on'],
      [
        'funding',
        { kind: 'promised', source: 'state_budget', amountVnd: 1, on: '2014-05-01' },
        'validation_failed',
        'kind',
      ],
      [
        'funding',
        { kind: 'pledged', source: 'state_budget', amountVnd: 0, on: '2014-05-01' },
        'validation_failed',
        'amountVnd',
      ],
      [
        'funding',
        {
          kind: 'pledged',
          source: 'enterprise',
          amountVnd: 1,
          on: '2014-05-01',
          sponsorOrganizationId: orgId,
          sponsorName: 'Bà B',
        },
        'project.funding_one_sponsor',
        'sponsorName',
      ],
      [
        'complete',
        { completedOn: '2014-09-20', actualCostVnd: 1, outputs: { lights: -1 }, beneficiaryHouseholds: 0 },
        'project.outputs_invalid',
        'outputs',
      ],
      [
        'complete',
        { completedOn: '2014-09-20', actualCostVnd: 1.5, outputs: {}, beneficiaryHouseholds: 0 },
        'validation_failed',
        'actualCostVnd',
      ],
      ['cancel', { reason: 'x', cancelledOn: '2030-01-01' }, 'project.cancelled_on_in_future', 'cancelledOn'],
      ['cancel', {}, 'validation_failed', 'reason'],
    ];
    for (const [action, body, code, field] of cases) {
      const r = await staff.post(`/api/projects/${id}/${action}`, body);
      expect([action, r.status, r.body.code, r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        action,
        400,
        code,
        expect.arrayContaining([field]),
      ]);
    }
    expectProblem(
      await supervisor.post(`/api/projects/${id}/funding`, {
        kind: 'pledged',
        source: 'enterprise',
        amountVnd: 1,
        on: '2014-05-01',
        sponsorOrganizationId: NO_SUCH_ID,
      }),
      404,
      'organization.not_found',
    );
    // Staff name only their own organisation as a sponsor (issue 12).
    expectProblem(
      await staff.post(`/api/projects/${id}/funding`, {
        kind: 'pledged',
        source: 'enterprise',
        amountVnd: 1,
        on: '2014-05-01',
        sponsorOrganizationId: NO_SUCH_ID,
      }),
      403,
      'forbidden_reference',
    );
    expect((await staff.post(`/api/projects/nope/start`, { startedOn: '2014-03-01' })).status).toBe(400);
  });

  it('replays a retry with the same Idempotency-Key; 412 on a stale If-Match; reads the board as of an earlier instant', async () => {
    const id = await propose();
    const headers = { 'idempotency-key': 'pledge-001' };
    const pledge = { kind: 'pledged', source: 'enterprise', amountVnd: 10_000_000, on: '2014-01-10' };
    const first = await staff.post(`/api/projects/${id}/funding`, pledge, headers);
    const count = await eventCount();
    const retry = await staff.post(`/api/projects/${id}/funding`, pledge, headers);
    expect([retry.status, retry.body, retry.headers.get('etag')]).toEqual([200, first.body, '"1"']);
    expect(await eventCount()).toBe(count);
    expect((await staff.post(`/api/projects/${id}/funding`, { ...pledge, amountVnd: 9 }, headers)).status).toBe(422);
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    expectProblem(
      await supervisor.post(
        `/api/projects/${id}/approve`,
        { approvedOn: '2014-02-01', decisionRef: 'x' },
        { 'if-match': '"0"' },
      ),
      412,
      'precondition_failed',
    );
    expect(
      (
        await supervisor.post(
          `/api/projects/${id}/approve`,
          { approvedOn: '2014-02-01', decisionRef: 'x' },
          { 'if-match': '"1"' },
        )
      ).status,
    ).toBe(200);
    await h.settle();
    expect((await staff.get(`/api/projects/${id}`)).body).toMatchObject({
      status: 'approved',
      pledgedVnd: 10_000_000,
      revision: 2,
    });
    expect((await staff.get(`/api/projects/${id}?asOf=${between}`)).body).toMatchObject({
      status: 'proposed',
      pledgedVnd: 10_000_000,
      revision: 1,
    });
    const auditor = await h.userWith('auditor');
    const trail = (await auditor.get(`/api/audit/streams/project-${id}`)).body;
    expect(trail.events[2].changes).toEqual(
      expect.arrayContaining([{ path: 'status', before: 'proposed', after: 'approved' }]),
    );
  });
});
