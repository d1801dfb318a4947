import { startApi, type Harness } from '../support/api-harness.js';

// A trend mark every 3 ledger rows (50,000 in production), so the as-of trend reads marks plus rows.
process.env.KN_DASHBOARD_MARK_EVERY = '3';

const commune = (name: string, code: string, em = true) => ({
  kind: 'commune',
  name,
  code,
  parentId: null,
  classifications: em ? ['ethnic_minority_commune'] : [],
  establishedOn: '2013-01-01',
});
const visit = (occurredOn: string, extra: Record<string, unknown> = {}) => ({
  kind: 'visit',
  occurredOn,
  initiator: 'organization',
  locationName: 'Nhà văn hóa xã',
  participants: { organizationMembers: 10, residents: 50 },
  summary: 'Thăm hỏi',
  resources: [{ type: 'cash', valueVnd: 10_000_000, source: 'state_budget' }],
  beneficiaryHouseholdIds: [],
  ...extra,
});

describe('dashboard over HTTP', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  let activities: string[] = [];

  beforeAll(async () => {
    h = await startApi();
    for (const [k, name, code] of [
      ['a', 'Phan Sơn', 'A'],
      ['b', 'Phan Lâm', 'B'],
      ['c', 'Sông Lũy', 'C'],
    ])
      ids[k] = (await h.admin.post('/api/admin-units', commune(name, code))).body.id;
    ids.d = (await h.admin.post('/api/admin-units', commune('Phan Rí Thành', 'D', false))).body.id;
    ids.hnd = (
      await h.admin.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' })
    ).body.id;
    ids.ca = (await h.admin.post('/api/organizations', { name: 'Công an tỉnh', kind: 'police' })).body.id;
    const pa = await h.admin.post('/api/pairings', {
      organizationId: ids.hnd,
      adminUnitId: ids.a,
      establishedOn: '2013-08-15',
      decisionRef: '197-TB/VPTU',
    });
    const pb = await h.admin.post('/api/pairings', {
      organizationId: ids.ca,
      adminUnitId: ids.b,
      establishedOn: '2013-08-15',
      decisionRef: '197-TB/VPTU',
    });
    expect([pa.status, pb.status]).toEqual([201, 201]);
    ids.pa = pa.body.id;
    const bodies = [
      visit('2015-02-10'),
      visit('2015-05-10', { initiator: 'commune' }),
      { ...visit('2015-08-01'), kind: 'immersion_stay', nights: 3, hostHouseholdIds: [] },
      {
        ...visit('2015-11-20'),
        kind: 'study_tour',
        destination: 'Lâm Đồng',
        modelsStudied: ['cà phê'],
        resources: [{ type: 'cash', valueVnd: 5_000_000, source: 'social_mobilization' }],
      },
    ];
    activities = [];
    for (const b of bodies) {
      const r = await h.admin.post(`/api/pairings/${ids.pa}/activities`, b);
      expect([r.status, r.body.errors ?? r.body.detail]).toEqual([200, undefined]);
      activities.push(r.body.id);
    }
    const hh = await h.admin.post('/api/households', {
      communeId: ids.a,
      villageId: null,
      code: 'HN-1',
      head: { fullName: 'Mấu Thị Lan', birthYear: 1978, gender: 'female', idNumber: '060178000001' },
      ethnicity: 'Raglai',
      memberCount: 5,
      area: 'rural',
      registeredOn: '2013-09-01',
    });
    ids.hh = hh.body.id;
    expect(
      (
        await h.admin.post(`/api/households/${ids.hh}/assessments`, {
          reviewYear: 2015,
          assessedOn: '2015-11-15',
          incomePerCapitaVnd: 300_000,
          deprivations: [],
        })
      ).body.classification,
    ).toBe('poor');
    expect(
      (
        await h.admin.post(`/api/households/${ids.hh}/commitments`, {
          sponsor: { organizationId: ids.hnd },
          kind: 'livestock',
          description: 'Một con bò',
          valueVnd: 15_000_000,
          dueOn: '2016-06-30',
          committedOn: '2015-12-01',
        })
      ).status,
    ).toBe(200);
    // Poor in the 2015 review, but its only commitment was made after the year: not supported in 2015.
    const late = await h.admin.post('/api/households', {
      communeId: ids.a,
      villageId: null,
      code: 'HN-2',
      head: { fullName: 'Katơ Văn Bình' },
      ethnicity: 'Raglai',
      memberCount: 4,
      area: 'rural',
      registeredOn: '2013-09-01',
    });
    ids.late = late.body.id;
    expect(
      (
        await h.admin.post(`/api/households/${ids.late}/assessments`, {
          reviewYear: 2015,
          assessedOn: '2015-11-16',
          incomePerCapitaVnd: 650_000,
          deprivations: [],
        })
      ).body,
    ).toMatchObject({ standard: 'QD59_2015', classification: 'poor' });
    expect(
      (
        await h.admin.post(`/api/households/${ids.late}/commitments`, {
          sponsor: { individualName: 'Nguyễn Văn An' },
          kind: 'cash',
          description: 'Tiền mặt',
          valueVnd: 2_000_000,
          dueOn: '2016-06-30',
          committedOn: '2016-01-10',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await h.admin.post(`/api/admin-units/${ids.a}/household-counts`, {
          year: 2015,
          totalHouseholds: 400,
          ethnicMinorityHouseholds: 380,
          source: 'Niên giám thống kê huyện 2015',
        })
      ).status,
    ).toBe(201);
    await h.settle();
  });
  afterAll(async () => h?.close());

  it('gives the year’s coverage, activities, resources and households from the events', async () => {
    const r = await h.admin.get('/api/dashboard?year=2015');
    expect(r.status).toBe(200);
    expect(r.body.coverage).toMatchObject({
      targetCommunes: 3,
      pairedCommunes: 2,
      percent: 66.7,
      unpaired: [{ id: ids.c, name: 'Sông Lũy' }],
    });
    expect(r.body.activities).toEqual({
      total: 4,
      byKind: { visit: 2, immersion_stay: 1, study_tour: 1 },
      byQuarter: [1, 1, 1, 1],
      fourTogetherShare: 0.25,
      communeInitiatedShare: 0.25,
      studyTours: 1,
    });
    expect(r.body.resources).toEqual({
      totalVnd: 35_000_000,
      bySource: { state_budget: 30_000_000, social_mobilization: 5_000_000 },
    });
    expect(r.body.households).toMatchObject({
      poor: 2,
      poorEthnicMinority: 2,
      supported: 1,
      unsupported: 1,
      supportedShare: 0.5,
      newlyPoor: 2,
      withoutCommitment: [{ id: ids.late, code: 'HN-2' }],
      povertyRate: {
        percent: 0.5,
        ethnicMinorityPercent: 0.53,
        totalHouseholds: 400,
        ethnicMinorityHouseholds: 380,
        communesMissingCounts: [
          { id: ids.b, name: 'Phan Lâm' },
          { id: ids.c, name: 'Sông Lũy' },
        ],
      },
    });
    expect(r.body.kpis).toMatchObject({
      targetCommunesPaired: 66.7,
      poorWithCommitment: 50,
      immersionStays: { year: 1, previousYear: 0 },
      studyTours: { year: 1, previousYear: 0 },
    });
    expect(r.body.pairings).toEqual({
      active: 2,
      withoutActivity: [{ id: expect.any(String), organizationName: 'Công an tỉnh', adminUnitName: 'Phan Lâm' }],
    });
    expect(r.body.trend).toEqual([{ year: 2015, poor: 2, nearPoor: 0, activities: 4, resourcesVnd: 35_000_000 }]);
    // Judged at the year's end (reportDate 2015-12-31): due in June 2016, still open then.
    expect(r.body).toMatchObject({ reportDate: '2015-12-31', commitments: { open: 1, overdue: 0 } });
    expect((await h.admin.get(`/api/admin-units/${ids.a}/household-counts`)).body.items).toEqual([
      { year: 2015, totalHouseholds: 400, ethnicMinorityHouseholds: 380 },
    ]);
    for (const bad of [
      { year: 2015, totalHouseholds: 10, ethnicMinorityHouseholds: 11, source: 'x' },
      { year: 2015, totalHouseholds: -1, ethnicMinorityHouseholds: 0, source: 'x' },
      { year: 2015, totalHouseholds: 1, ethnicMinorityHouseholds: 0 },
    ]) {
      const refused = await h.admin.post(`/api/admin-units/${ids.a}/household-counts`, bad);
      expect([refused.status, refused.headers.get('content-type')]).toEqual([
        400,
        expect.stringContaining('problem+json'),
      ]);
    }
    expect(
      (
        await h.admin.post(`/api/admin-units/${ids.pa}/household-counts`, {
          year: 2015,
          totalHouseholds: 1,
          ethnicMinorityHouseholds: 0,
          source: 'x',
        })
      ).status,
    ).toBe(409);
    const a = await h.admin.get(`/api/dashboard?year=2015&communeId=${ids.b}`);
    expect(a.body.activities.total).toBe(0);
    expect(a.body.coverage).toMatchObject({ targetCommunes: 1, pairedCommunes: 1 });
  });

  it('shows, as of a moment before later corrections, exactly what it showed then', async () => {
    const then = (await h.admin.get('/api/dashboard?year=2015')).body;
    await new Promise((r) => setTimeout(r, 30));
    const instant = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 30));
    expect(
      (await h.admin.post(`/api/pairings/${ids.pa}/activities/${activities[0]}/void`, { reason: 'Ghi trùng' })).status,
    ).toBe(200);
    expect(
      (
        await h.admin.post(`/api/pairings/${ids.pa}/activities/${activities[1]}/corrections`, {
          changes: { occurredOn: '2015-12-01' },
          reason: 'Sai ngày',
        })
      ).status,
    ).toBe(200);
    await h.admin.post(`/api/pairings/${ids.pa}/end`, { endedOn: '2015-12-20', reason: 'Kết thúc' });
    // A commitment recorded late but dated within 2015: the household leaves today's list, not the list as of then.
    expect(
      (
        await h.admin.post(`/api/households/${ids.late}/commitments`, {
          sponsor: { individualName: 'Trần Thị Bích' },
          kind: 'cash',
          description: 'Tiền mặt',
          valueVnd: 1_000_000,
          dueOn: '2016-03-31',
          committedOn: '2015-12-15',
        })
      ).status,
    ).toBe(200);
    await h.settle();
    const now = (await h.admin.get('/api/dashboard?year=2015')).body;
    expect(now.activities).toMatchObject({ total: 3, byQuarter: [0, 0, 1, 2] });
    expect(now.coverage.pairedCommunes).toBe(1);
    expect(then.households.withoutCommitment).toEqual([{ id: ids.late, code: 'HN-2' }]);
    const [{ marks }] = await h.infra.dataSource.query(`select count(*)::int as marks from rm.dashboard_marks`);
    expect(marks).toBeGreaterThan(5);
    expect(now.households.withoutCommitment).toEqual([]);
    const asOf = (await h.admin.get(`/api/dashboard?year=2015&asOf=${encodeURIComponent(instant)}`)).body;
    const strip = ({ position: _p, asOf: _a, ...rest }: Record<string, unknown>) => rest;
    expect(strip(asOf)).toEqual(strip(then));
  });

  it('lists the years that have recorded activity or reviews', async () => {
    expect((await h.admin.get('/api/dashboard/years')).body).toEqual({ years: [2015] });
  });

  it('rejects a bad year or asOf with 400', async () => {
    expect((await h.admin.get('/api/dashboard?year=abc')).status).toBe(400);
    expect((await h.admin.get('/api/dashboard?asOf=tomorrow')).status).toBe(400);
    expect((await h.admin.get('/api/dashboard?communeId=x')).status).toBe(400);
  });
});
