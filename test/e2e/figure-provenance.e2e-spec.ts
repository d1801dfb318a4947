import { startApi, type Client, type Harness } from '../support/api-harness.js';
import { allItems, checkEveryFigure } from '../support/figure-provenance.js';

const unit = (kind: string, name: string, code: string, parentId: string | null, classifications: string[]) => ({
  kind,
  name,
  code,
  parentId,
  classifications,
  establishedOn: '2013-01-01',
});
const activity = (kind: string, occurredOn: string, extra: Record<string, unknown> = {}) => ({
  kind,
  occurredOn,
  initiator: 'organization',
  locationName: 'Nhà văn hóa xã',
  participants: { organizationMembers: 10, residents: 50 },
  summary: 'Hoạt động',
  resources: [{ type: 'cash', valueVnd: 10_000_000, source: 'state_budget' }],
  beneficiaryHouseholdIds: [],
  ...extra,
});

describe('provenance of every dashboard figure over HTTP (issue 17)', () => {
  let h: Harness;
  let auditor: Client;
  const ids: Record<string, string> = {};
  let instant = '';

  const ok = async (p: Promise<{ status: number; body: any }>) => {
    const r = await p;
    if (r.status !== 200 && r.status !== 201) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const household = async (code: string, commune: string) =>
    (
      await ok(
        h.admin.post('/api/households', {
          communeId: commune,
          villageId: null,
          code,
          head: { fullName: `Chủ hộ ${code}`, birthYear: 1970 },
          ethnicity: 'Raglai',
          memberCount: 4,
          area: 'rural',
          registeredOn: '2013-09-01',
        }),
      )
    ).id as string;
  const assess = (id: string, reviewYear: number, income: number) =>
    ok(
      h.admin.post(`/api/households/${id}/assessments`, {
        reviewYear,
        assessedOn: `${reviewYear}-11-15`,
        incomePerCapitaVnd: income,
        deprivations: [],
      }),
    );
  const commit = async (
    id: string,
    committedOn: string,
    dueOn: string,
    sponsor: Record<string, string> = { organizationId: ids.hnd },
  ) =>
    (
      await ok(
        h.admin.post(`/api/households/${id}/commitments`, {
          sponsor,
          kind: 'livestock',
          description: 'Bò giống',
          valueVnd: 15_000_000,
          dueOn,
          committedOn,
        }),
      )
    ).id as string;

  beforeAll(async () => {
    h = await startApi();
    auditor = await h.userWith('auditor');
    ids.a = (
      await ok(h.admin.post('/api/admin-units', unit('commune', 'Phan Sơn', 'A', null, ['ethnic_minority_commune'])))
    ).id;
    ids.b = (
      await ok(h.admin.post('/api/admin-units', unit('commune', 'Phan Lâm', 'B', null, ['ethnic_minority_commune'])))
    ).id;
    ids.v = (await ok(h.admin.post('/api/admin-units', unit('village', 'Thôn Ú', 'V', ids.b, ['mixed_village'])))).id;
    ids.hnd = (
      await ok(h.admin.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' }))
    ).id;
    ids.ca = (await ok(h.admin.post('/api/organizations', { name: 'Công an tỉnh', kind: 'police' }))).id;
    ids.pa = (
      await ok(
        h.admin.post('/api/pairings', {
          organizationId: ids.hnd,
          adminUnitId: ids.a,
          establishedOn: '2013-08-15',
          decisionRef: '197-TB/VPTU',
        }),
      )
    ).id;
    ids.pv = (
      await ok(
        h.admin.post('/api/pairings', {
          organizationId: ids.ca,
          adminUnitId: ids.v,
          establishedOn: '2014-03-01',
          decisionRef: '12-QĐ',
        }),
      )
    ).id;
    ids.act1 = (await ok(h.admin.post(`/api/pairings/${ids.pa}/activities`, activity('visit', '2015-02-10')))).id;
    await ok(
      h.admin.post(`/api/pairings/${ids.pa}/activities`, activity('visit', '2015-05-10', { initiator: 'commune' })),
    );
    await ok(
      h.admin.post(
        `/api/pairings/${ids.pa}/activities`,
        activity('immersion_stay', '2015-08-01', { nights: 3, hostHouseholdIds: [] }),
      ),
    );
    await ok(
      h.admin.post(
        `/api/pairings/${ids.pv}/activities`,
        activity('study_tour', '2015-11-20', {
          destination: 'Lâm Đồng',
          modelsStudied: ['cà phê'],
          resources: [{ type: 'cash', valueVnd: 5_000_000, source: 'social_mobilization' }],
        }),
      ),
    );
    const staff = await h.userWith('staff', { organizationId: ids.hnd });
    const supervisor = await h.userWith('supervisor');
    ids.project = (
      await ok(
        staff.post('/api/projects', {
          adminUnitId: ids.a,
          pairingId: ids.pa,
          category: 'security_lighting',
          title: 'Ánh sáng an ninh',
          plannedBudgetVnd: 120_000_000,
          plannedStartOn: '2015-03-01',
          plannedEndOn: '2015-09-30',
        }),
      )
    ).id;
    await ok(
      supervisor.post(`/api/projects/${ids.project}/approve`, { approvedOn: '2015-02-01', decisionRef: '45/QĐ-UBND' }),
    );
    await ok(staff.post(`/api/projects/${ids.project}/start`, { startedOn: '2015-03-01' }));
    await ok(
      staff.post(`/api/projects/${ids.project}/complete`, {
        completedOn: '2015-09-20',
        actualCostVnd: 118_000_000,
        outputs: { lights: 60 },
        beneficiaryHouseholds: 320,
      }),
    );
    for (const [k, code, commune] of [
      ['h1', 'HN-1', ids.a],
      ['h2', 'HN-2', ids.a],
      ['h3', 'HN-3', ids.b],
      ['h4', 'HN-4', ids.b],
    ])
      ids[k] = await household(code, commune);
    await assess(ids.h1, 2015, 300_000);
    await assess(ids.h2, 2015, 300_000);
    await assess(ids.h3, 2015, 300_000);
    await assess(ids.h4, 2015, 900_000);
    ids.c1 = await commit(ids.h1, '2015-06-01', '2015-10-30');
    ids.c2 = await commit(ids.h2, '2015-07-01', '2016-06-30');
    ids.c3 = await commit(ids.h3, '2015-08-01', '2015-12-30', { individualName: 'Nguyễn Văn Hảo' });
    await ok(h.admin.post(`/api/households/${ids.h3}/commitments/${ids.c3}/fulfil`, { fulfilledOn: '2015-12-01' }));
    await ok(
      h.admin.post(`/api/admin-units/${ids.a}/household-counts`, {
        year: 2015,
        totalHouseholds: 400,
        ethnicMinorityHouseholds: 380,
        source: 'Niên giám 2015',
      }),
    );
    await h.settle();
    await new Promise((r) => setTimeout(r, 30));
    instant = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 30));
    // Later: a void, a cancellation, a second review with an exit and a relapse, a report issued.
    await ok(h.admin.post(`/api/pairings/${ids.pa}/activities/${ids.act1}/void`, { reason: 'Ghi trùng' }));
    await ok(
      h.admin.post(`/api/households/${ids.h2}/commitments/${ids.c2}/cancel`, { reason: 'Đơn vị không thực hiện' }),
    );
    await assess(ids.h1, 2016, 3_000_000);
    await assess(ids.h4, 2016, 300_000);
    await ok(
      h.admin.post(
        `/api/pairings/${ids.pv}/activities`,
        activity('gift', '2016-01-20', {
          items: [{ name: 'Gạo', quantity: 10, unit: 'bao', valueVnd: 5_000_000 }],
          recipient: 'households',
        }),
      ),
    );
    await h.settle();
  }, 120_000);
  afterAll(async () => h?.close());

  it('sums to every figure of the dashboard, live and as of an earlier instant, in two years', async () => {
    for (const year of [2015, 2016]) {
      // Two items a page, so paging is part of what adds up.
      const live = await checkEveryFigure(auditor, year, null, 2);
      const then = await checkEveryFigure(auditor, year, instant, 2);
      expect([live.mismatches, then.mismatches]).toEqual([[], []]);
      expect(live.traced).toBeGreaterThan(year === 2015 ? 20 : 5);
      if (year === 2015) {
        // The two instants differ, so the check is not the same twice.
        expect([then.dashboard.activities.total, live.dashboard.activities.total]).toEqual([4, 3]);
        expect([then.dashboard.commitments.cancelled, live.dashboard.commitments.cancelled]).toEqual([0, 1]);
      }
    }
  }, 240_000);

  it('names each item and lists the events that put it there, with their type and time', async () => {
    const r = await auditor.get('/api/dashboard/figures/households.poor?year=2015');
    expect(r.body).toMatchObject({ figure: 'households.poor', year: 2015, value: 3, next: null });
    expect(r.body.items.map((i: { title: string }) => i.title)).toEqual(['hộ HN-1', 'hộ HN-2', 'hộ HN-3']);
    // Poor from the review; the commitment re-wrote its fact (the date it counts as supported from).
    expect(r.body.items[0]).toMatchObject({
      streamId: `household-${ids.h1}`,
      value: 1,
      events: [
        expect.objectContaining({
          type: 'PovertyAssessed',
          recordedAt: expect.any(String),
          streamId: `household-${ids.h1}`,
          title: 'Rà soát năm 2015: hộ HN-1 là hộ nghèo',
        }),
        expect.objectContaining({ type: 'SupportCommitted' }),
      ],
    });
    const paired = await auditor.get('/api/dashboard/figures/villages.pairedVillages?year=2015');
    expect(paired.body.items).toEqual([
      expect.objectContaining({ streamId: `adminunit-${ids.v}`, title: 'thôn Thôn Ú', value: 1 }),
    ]);
    expect(paired.body.items[0].events.map((e: { type: string }) => e.type)).toEqual([
      'AdministrativeUnitEstablished',
      'PairingEstablished',
    ]);
    const visits = await auditor.get(
      `/api/dashboard/figures/activities.byKind.visit?year=2015&asOf=${encodeURIComponent(instant)}`,
    );
    expect(visits.body).toMatchObject({
      value: 2,
      items: [
        expect.objectContaining({
          streamId: `pairing-${ids.pa}`,
          title: 'cặp kết nghĩa Hội Nông dân tỉnh – Phan Sơn',
          value: 2,
        }),
      ],
    });
  });

  it('reads an issued report’s figure at the report’s pinned position', async () => {
    const supervisor = await h.userWith('supervisor');
    const before = (await auditor.get('/api/dashboard?year=2016')).body;
    expect((await supervisor.get('/api/reports/annual/2016/figures/households.poor')).body.code).toBe(
      'report.not_issued',
    );
    await ok(
      supervisor.post('/api/reports/annual/2016/draft', {
        sections: {
          limitations: 'Còn hạn chế.',
          causes: 'Nguồn lực ít.',
          directions: 'Mở rộng.',
          recommendations: 'Đề nghị chỉ đạo.',
        },
      }),
    );
    await ok(
      supervisor.post('/api/reports/annual/2016/issue', {
        number: '3-BC/BDVTU',
        issuedOn: '2016-12-20',
        place: 'Phan Thiết',
        signer: { name: 'Nguyễn Văn An', title: 'Phó Trưởng ban' },
        recipients: ['Thường trực Tỉnh ủy'],
      }),
    );
    await assess(ids.h2, 2016, 300_000);
    await h.settle();
    expect((await auditor.get('/api/dashboard?year=2016')).body.households.poor).toBe(before.households.poor + 1);
    const { body, items } = await allItems(auditor, '/api/reports/annual/2016/figures/households.poor', 2);
    expect([body.value, items.reduce((n, i) => n + i.value, 0)]).toEqual([
      before.households.poor,
      before.households.poor,
    ]);
    expect(items.map((i) => i.streamId)).not.toContain(`household-${ids.h2}`);
  });

  it('answers an unknown figure with 404 and bad parameters with 400, as problem+json', async () => {
    for (const [path, status] of [
      ['/api/dashboard/figures/households.poorest?year=2015', 404],
      ['/api/dashboard/figures/coverage.percent', 404],
      ['/api/dashboard/figures/households?year=2015', 400],
      ['/api/dashboard/figures/households.poor?year=abc', 400],
      ['/api/dashboard/figures/households.poor?limit=0', 400],
      ['/api/dashboard/figures/households.poor?asOf=tomorrow', 400],
      ['/api/dashboard/figures/households.poor?communeId=x', 400],
      ['/api/dashboard/figures/households.poor?after=%27%3B', 400],
      ['/api/dashboard/figures/households.poor?year=2015&after=household-00000000-0000-4000-8000-000000000000', 400],
      ['/api/reports/annual/2016/figures/nope.nope', 404],
      ['/api/reports/annual/abc/figures/households.poor', 400],
    ] as const) {
      const r = await auditor.get(path);
      expect([path, r.status, r.headers.get('content-type')]).toEqual([
        path,
        status,
        expect.stringContaining('problem+json'),
      ]);
    }
  });

  it('lets a commune officer trace only their own commune’s figures', async () => {
    const officer = await h.userWith('commune_officer', { communeId: ids.a });
    expect((await officer.get('/api/dashboard/figures/households.poor?year=2015')).status).toBe(403);
    expect((await officer.get(`/api/dashboard/figures/households.poor?year=2015&communeId=${ids.b}`)).status).toBe(403);
    const own = await officer.get(`/api/dashboard/figures/households.poor?year=2015&communeId=${ids.a}`);
    expect([own.status, own.body.value, own.body.items.length]).toEqual([200, 2, 2]);
    expect((await officer.get(`/api/dashboard?year=2015&communeId=${ids.a}`)).body.households.poor).toBe(2);
  });
});
