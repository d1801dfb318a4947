import { startApi, type Harness } from '../support/api-harness.js';

describe('poverty standards, dynamics and what-if over HTTP', () => {
  let h: Harness;
  const commune = async (name: string, code: string) =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name,
        code,
        parentId: null,
        classifications: ['ethnic_minority_commune'],
        establishedOn: '2013-01-01',
      })
    ).body.id as string;
  const register = async (communeId: string, code: string, ethnicity = 'Raglai') => {
    const r = await h.admin.post('/api/households', {
      communeId,
      villageId: null,
      code,
      head: { fullName: `Chủ hộ ${code}` },
      ethnicity,
      memberCount: 4,
      area: 'rural',
      registeredOn: '2015-01-01',
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const assess = async (id: string, reviewYear: number, incomePerCapitaVnd: number, deprivations: string[] = []) => {
    const r = await h.admin.post(`/api/households/${id}/assessments`, {
      reviewYear,
      assessedOn: `${reviewYear}-11-15`,
      incomePerCapitaVnd,
      deprivations,
    });
    expect(r.status).toBe(200);
    return r.body;
  };
  const THREE = ['health_insurance', 'housing_quality', 'hygienic_latrine'];

  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(async () => h?.close());

  it('lists the standards with thresholds and indicators', async () => {
    const r = await h.admin.get('/api/poverty-standards');
    expect(r.status).toBe(200);
    const nd07 = r.body.find((s: { code: string }) => s.code === 'ND07_2021');
    expect(nd07).toMatchObject({
      validFrom: 2022,
      validTo: 2026,
      thresholds: { rural: { povertyLineVnd: 1_500_000 } },
    });
    expect(nd07.indicators).toContainEqual({
      code: 'information_access',
      labelVi: expect.any(String),
      labelEn: expect.any(String),
    });
    expect(r.body.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['QD59_2015', 'ND07_2021', 'ND351_2025']),
    );
  });

  it('poor in 2022, not poor in 2023, poor again in 2024: newly_poor, exited_poverty, relapsed in the timeline and the dynamics', async () => {
    const communeId = await commune('Phước Bình', '22930');
    const id = await register(communeId, 'PB-0001');
    const kinh = await register(communeId, 'PB-0002', 'Kinh');
    expect((await assess(id, 2022, 1_000_000, THREE)).transition).toBe('newly_poor');
    expect((await assess(kinh, 2022, 1_100_000, THREE)).classification).toBe('poor');
    expect((await assess(id, 2023, 3_000_000)).transition).toBe('exited_poverty');
    expect((await assess(id, 2024, 900_000, THREE)).transition).toBe('relapsed');
    await h.settle();
    const timeline = (await h.admin.get(`/api/households/${id}/timeline`)).body.items;
    expect(
      timeline
        .filter((i: { type: string }) => i.type === 'PovertyStatusChanged')
        .map((i: { transition: string; date: string }) => [i.date, i.transition]),
    ).toEqual([
      ['2022-11-15', 'newly_poor'],
      ['2023-11-15', 'exited_poverty'],
      ['2024-11-15', 'relapsed'],
    ]);
    const year = async (y: number) => {
      const r = await h.admin.get(`/api/poverty-dynamics?year=${y}&communeId=${communeId}`);
      expect(r.status).toBe(200);
      expect(r.body.items).toHaveLength(1);
      return r.body.items[0].poor;
    };
    expect(await year(2022)).toEqual({
      start: { total: 0, ethnicMinority: 0 },
      newlyPoor: { total: 2, ethnicMinority: 1 },
      exitedPoverty: { total: 0, ethnicMinority: 0 },
      relapsed: { total: 0, ethnicMinority: 0 },
      end: { total: 2, ethnicMinority: 1 },
    });
    expect(await year(2023)).toMatchObject({
      start: { total: 2, ethnicMinority: 1 },
      exitedPoverty: { total: 1, ethnicMinority: 1 },
      end: { total: 1, ethnicMinority: 0 },
    });
    expect(await year(2024)).toMatchObject({
      relapsed: { total: 1, ethnicMinority: 1 },
      newlyPoor: { total: 0, ethnicMinority: 0 },
      end: { total: 2, ethnicMinority: 1 },
    });
    expect((await h.admin.get(`/api/poverty-dynamics?year=abc`)).status).toBe(400);
    expect((await h.admin.get(`/api/poverty-dynamics`)).status).toBe(400);
  });

  it('classifies 650,000 VND rural in 2018 as poor under QD59_2015 and 1,200,000 with 2 deprivations in 2022 as near-poor under ND07_2021', async () => {
    const communeId = await commune('Phan Hiệp', '22931');
    const a = await register(communeId, 'PH-0001');
    expect(await assess(a, 2018, 650_000)).toMatchObject({ standard: 'QD59_2015', classification: 'poor' });
    const b = await register(communeId, 'PH-0002');
    expect(await assess(b, 2022, 1_200_000, ['health_insurance', 'housing_quality'])).toMatchObject({
      standard: 'ND07_2021',
      classification: 'near_poor',
    });
  });

  it('answers what-if counts under another standard and writes nothing', async () => {
    const communeId = await commune('Phan Điền', '22932');
    const a = await register(communeId, 'PD-0001');
    await assess(a, 2018, 650_000);
    const b = await register(communeId, 'PD-0002');
    await assess(b, 2018, 900_000, ['health_insurance', 'housing_quality', 'water_source']);
    await h.settle();
    const [{ n: before }] = await h.infra.dataSource.query(`select count(*)::int as n from event_store.events`);
    const r = await h.admin.get(
      `/api/poverty-standards/what-if?standard=ND07_2021&communeId=${communeId}&reviewYear=2018`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      standard: 'ND07_2021',
      households: 2,
      now: { poor: 2, near_poor: 0, average_living: 0, not_poor: 0 },
      underStandard: { poor: 1, near_poor: 1, average_living: 0, not_poor: 0 },
      changed: 1,
    });
    const [{ n: after }] = await h.infra.dataSource.query(`select count(*)::int as n from event_store.events`);
    expect(after).toBe(before);
    const unknown = await h.admin.get(`/api/poverty-standards/what-if?standard=QD00_1999`);
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([400, 'standard']);
  });

  it('answers which standard a review uses: the review of year N draws up the lists for N + 1', async () => {
    const answers = await Promise.all(
      [2014, 2015, 2020, 2021, 2025, 2026].map((y) => h.admin.get(`/api/poverty-standards/for-review?reviewYear=${y}`)),
    );
    expect(answers.map((r) => [r.status, r.body.reviewYear, r.body.appliesToYear, r.body.standard])).toEqual([
      [200, 2014, 2015, 'QD09_2011'],
      [200, 2015, 2016, 'QD59_2015'],
      [200, 2020, 2021, 'QD59_2015'],
      [200, 2021, 2022, 'ND07_2021'],
      [200, 2025, 2026, 'ND07_2021'],
      [200, 2026, 2027, 'ND351_2025'],
    ]);
    expect((await h.admin.get('/api/poverty-standards/for-review?reviewYear=abc')).status).toBe(400);
    expect((await h.admin.get('/api/poverty-standards/for-review?reviewYear=2035')).status).toBe(404);
  });

  it('restates a 2015 review recorded under QD09 as QD59: AssessmentRestated, the dynamics and timeline follow', async () => {
    const communeId = await commune('Phan Hòa', '22931');
    const id = await register(communeId, 'PH-0001');
    const r2015 = await h.admin.post(`/api/households/${id}/assessments`, {
      reviewYear: 2015,
      assessedOn: '2015-11-15',
      incomePerCapitaVnd: 500_000,
      deprivations: [],
      standard: 'QD09_2011',
    });
    expect(r2015.body).toMatchObject({ standard: 'QD09_2011', classification: 'near_poor' });
    const restated = await h.admin.post(`/api/households/${id}/assessments/2015/restate`, {
      reason: 'Kỳ rà soát 2015 áp dụng chuẩn QĐ 59/2015',
    });
    expect(restated.status).toBe(200);
    expect(restated.body).toMatchObject({
      reviewYear: 2015,
      from: { standard: 'QD09_2011', classification: 'near_poor' },
      to: { standard: 'QD59_2015', classification: 'poor' },
      transitions: [{ reviewYear: 2015, from: 'became_near_poor', to: 'newly_poor' }],
    });
    await h.settle();
    const dyn = (await h.admin.get(`/api/poverty-dynamics?year=2015&communeId=${communeId}`)).body.items[0];
    expect(dyn.poor.end).toEqual({ total: 1, ethnicMinority: 1 });
    expect((await h.admin.get(`/api/households/${id}`)).body).toMatchObject({
      status: 'poor',
      latestAssessment: { standard: 'QD59_2015', transition: 'newly_poor' },
    });
    const again = await h.admin.post(`/api/households/${id}/assessments/2015/restate`, { reason: 'lần nữa' });
    expect([again.status, again.body.code]).toEqual([409, 'household.restatement_needs_other_standard']);
    expect((await h.admin.post(`/api/households/${id}/assessments/2016/restate`, { reason: 'x' })).status).toBe(404);
    expect((await h.admin.post(`/api/households/${id}/assessments/abc/restate`, { reason: 'x' })).status).toBe(400);
    expect((await h.admin.post(`/api/households/${id}/assessments/2015/restate`, {})).status).toBe(400);
  });
});
