import { AutomationRunner } from '@kn/platform';
import { startApi, type Harness } from '../support/api-harness.js';

const unit = (kind: string, name: string, code: string, parentId: string | null, classifications: string[] = []) => ({
  kind,
  name,
  code,
  parentId,
  classifications,
  establishedOn: '2013-01-01',
});
const household = (communeId: string, villageId: string | null, code: string) => ({
  communeId,
  villageId,
  code,
  head: { fullName: 'Katơr Thị Lành', birthYear: 1980, gender: 'female', idNumber: `0601800${code.slice(-5)}` },
  ethnicity: 'Raglai',
  memberCount: 4,
  area: 'rural',
  registeredOn: '2013-09-01',
});
const visit = (occurredOn: string) => ({
  kind: 'visit',
  occurredOn,
  initiator: 'organization',
  locationName: 'Nhà văn hóa xã',
  participants: { organizationMembers: 10, residents: 40 },
  summary: 'Thăm hỏi',
  resources: [{ type: 'cash', valueVnd: 5_000_000, source: 'organization_fund' }],
  beneficiaryHouseholdIds: [],
});

/** The 2025 reform, step by step, over HTTP, with the automations following each decision. */
describe('the 2025 reorganisation: province merger, district dissolution, village transfer', () => {
  let h: Harness;
  const id: Record<string, string> = {};
  let dashboard2015: unknown;

  /** Automations react to the log; each may cause others (a merge moves units, which moves households). */
  async function followed(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await h.settle();
      await h.app.get(AutomationRunner).caughtUp();
    }
    await h.settle();
  }
  const get = async (path: string) => (await h.admin.get(path)).body;
  const ok = async (path: string, body: unknown) => {
    const r = await h.admin.post(path, body);
    expect([r.status, r.body.code]).toEqual([expect.any(Number), undefined]);
    expect(r.status).toBeLessThan(300);
    return r.body;
  };

  beforeAll(async () => {
    h = await startApi();
    id.bt = (await ok('/api/admin-units', unit('province', 'Bình Thuận', '60', null))).id;
    id.ld = (await ok('/api/admin-units', unit('province', 'Lâm Đồng', '68', null))).id;
    id.dn = (await ok('/api/admin-units', unit('province', 'Đắk Nông', '67', null))).id;
    id.tuyPhong = (await ok('/api/admin-units', unit('district', 'Tuy Phong', '601', id.bt))).id;
    id.phanDung = (
      await ok('/api/admin-units', unit('commune', 'Phan Dũng', '22870', id.tuyPhong, ['ethnic_minority_commune']))
    ).id;
    id.phongPhu = (
      await ok('/api/admin-units', unit('commune', 'Phong Phú', '22873', id.tuyPhong, ['ethnic_minority_commune']))
    ).id;
    id.chiCong = (await ok('/api/admin-units', unit('commune', 'Chí Công', '22885', id.tuyPhong))).id;
    id.nhaMe = (
      await ok('/api/admin-units', unit('village', 'Thôn Nha Mé', '22873-01', id.phongPhu, ['mixed_village']))
    ).id;
    id.hnd = (await ok('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' })).id;
    id.ca = (await ok('/api/organizations', { name: 'Công an tỉnh', kind: 'police' })).id;
    id.p1 = (
      await ok('/api/pairings', {
        organizationId: id.hnd,
        adminUnitId: id.phanDung,
        establishedOn: '2013-08-15',
        decisionRef: '197-TB/VPTU',
      })
    ).id;
    id.p2 = (
      await ok('/api/pairings', {
        organizationId: id.ca,
        adminUnitId: id.phongPhu,
        establishedOn: '2013-08-15',
        decisionRef: '197-TB/VPTU',
      })
    ).id;
    id.p3 = (
      await ok('/api/pairings', {
        organizationId: id.hnd,
        adminUnitId: id.nhaMe,
        establishedOn: '2014-03-01',
        decisionRef: '12-QĐ/BDVTU',
      })
    ).id;
    await ok(`/api/pairings/${id.p1}/activities`, visit('2015-03-10'));
    await ok(`/api/pairings/${id.p2}/activities`, visit('2015-06-10'));
    id.h1 = (await ok('/api/households', household(id.phanDung, null, 'HN-00001'))).id;
    id.h2 = (await ok('/api/households', household(id.phongPhu, id.nhaMe, 'HN-00002'))).id;
    for (const hh of [id.h1, id.h2])
      await ok(`/api/households/${hh}/assessments`, {
        reviewYear: 2015,
        assessedOn: '2015-11-15',
        incomePerCapitaVnd: 300_000,
        deprivations: [],
      });
    const project = (adminUnitId: string, pairingId: string, title: string) => ({
      adminUnitId,
      pairingId,
      category: 'security_lighting',
      title,
      plannedBudgetVnd: 120_000_000,
      plannedStartOn: '2015-04-01',
      plannedEndOn: '2015-10-01',
    });
    id.lights = (await ok('/api/projects', project(id.phanDung, id.p1, 'Ánh sáng an ninh Phan Dũng'))).id;
    await ok(`/api/projects/${id.lights}/approve`, { approvedOn: '2015-03-15', decisionRef: '45/QĐ-UBND' });
    id.dropped = (await ok('/api/projects', project(id.phanDung, id.p1, 'Nhà văn hóa thôn'))).id;
    await ok(`/api/projects/${id.dropped}/cancel`, { reason: 'Không bố trí được vốn đối ứng' });
    await followed();
    dashboard2015 = strip(await get('/api/dashboard?year=2015'));
  }, 180_000);
  afterAll(async () => h?.close());

  /** Where pairings and households stand, and the 2015 dashboard under today's units. */
  const homes = async () => ({
    pairings: await Promise.all(
      [id.p1, id.p2, id.p3].map(async (p) => {
        const { adminUnitId, status } = await get(`/api/pairings/${p}`);
        return { adminUnitId, status };
      }),
    ),
    households: await Promise.all(
      [id.h1, id.h2].map(async (x) => {
        const { communeId, villageId } = await get(`/api/households/${x}`);
        return { communeId, villageId };
      }),
    ),
  });
  /** A unit's chain of parents today, nearest first. */
  const ancestors = async (unitId: string) => {
    const out: string[] = [];
    for (let u = await get(`/api/admin-units/${unitId}`); u.parentId; u = await get(`/api/admin-units/${u.parentId}`))
      out.push(u.parentId);
    return out;
  };

  // The list of pairings without activity names each pairing's unit of today (its label, not a figure): compared by id.
  const strip = (d: Record<string, any>) => ({
    ...d,
    position: undefined,
    pairings: d.pairings && {
      ...d.pairings,
      withoutActivity: d.pairings.withoutActivity?.map((p: { id: string }) => p.id),
    },
  });

  it('a province merger makes a new province whose predecessors point to it; their children move under it', async () => {
    const merged = await ok('/api/admin-units/merges', {
      predecessorIds: [id.bt, id.ld, id.dn],
      successor: { kind: 'province', name: 'Lâm Đồng', code: '68', parentId: null },
      effectiveOn: '2025-07-01',
      decisionRef: 'Nghị quyết 202/2025/QH15',
    });
    id.newLd = merged.id;
    await followed();
    expect(await get(`/api/admin-units/${id.bt}`)).toMatchObject({
      status: 'merged',
      successorId: id.newLd,
      endedOn: '2025-07-01',
    });
    expect(await get(`/api/admin-units/${id.newLd}`)).toMatchObject({
      name: 'Lâm Đồng',
      predecessorIds: [id.bt, id.ld, id.dn],
    });
    const district = await get(`/api/admin-units/${id.tuyPhong}`);
    expect(district).toMatchObject({
      parentId: id.newLd,
      parentHistory: [
        { parentId: id.bt, from: '2013-01-01' },
        { parentId: id.newLd, from: '2025-07-01' },
      ],
    });
    expect(district.history.at(-1)).toMatchObject({
      type: 'AdministrativeUnitReparented',
      summary: expect.stringContaining('202/2025/QH15'),
    });
    // Pairings and households stay on their commune, whose lineage now reaches the new province.
    expect(await homes()).toEqual({
      pairings: [
        { adminUnitId: id.phanDung, status: 'active' },
        { adminUnitId: id.phongPhu, status: 'active' },
        { adminUnitId: id.nhaMe, status: 'active' },
      ],
      households: [
        { communeId: id.phanDung, villageId: null },
        { communeId: id.phongPhu, villageId: id.nhaMe },
      ],
    });
    expect(await ancestors(id.nhaMe)).toEqual([id.phongPhu, id.tuyPhong, id.newLd]);
    expect(strip(await get('/api/dashboard?year=2015'))).toEqual(dashboard2015);
    // No commune merged: today's units give 2015 the same figures.
    const today = await get('/api/dashboard?year=2015&boundaries=today');
    expect(strip({ ...today, boundaries: 'then' })).toEqual(dashboard2015);
  }, 120_000);

  it('a district dissolution names where its communes go, and they move there', async () => {
    await ok(`/api/admin-units/${id.tuyPhong}/dissolve`, {
      effectiveOn: '2025-07-01',
      decisionRef: 'Luật 72/2025/QH15',
      childrenTo: id.newLd,
    });
    await followed();
    expect(await get(`/api/admin-units/${id.tuyPhong}`)).toMatchObject({ status: 'dissolved', endedOn: '2025-07-01' });
    for (const c of [id.phanDung, id.phongPhu, id.chiCong])
      expect(await get(`/api/admin-units/${c}`)).toMatchObject({ status: 'active', parentId: id.newLd });
    const refused = await h.admin.post(`/api/admin-units/${id.chiCong}/reparent`, {
      newParentId: id.tuyPhong,
      effectiveOn: '2025-07-02',
      decisionRef: 'x',
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'admin_unit.parent_must_be_active']);
    expect(await get(`/api/admin-units/${id.phanDung}`)).toMatchObject({
      parentHistory: [
        { parentId: id.tuyPhong, from: '2013-01-01' },
        { parentId: id.newLd, from: '2025-07-01' },
      ],
    });
    expect(await ancestors(id.nhaMe)).toEqual([id.phongPhu, id.newLd]);
    expect((await homes()).pairings.every((p) => p.status === 'active')).toBe(true);
    expect((await homes()).households.map((x) => x.communeId)).toEqual([id.phanDung, id.phongPhu]);
    expect(strip(await get('/api/dashboard?year=2015'))).toEqual(dashboard2015);
    const today = await get('/api/dashboard?year=2015&boundaries=today');
    expect(strip({ ...today, boundaries: 'then' })).toEqual(dashboard2015);
  }, 120_000);

  it('a village transfer takes its households to the other commune; the pairing of the commune stays', async () => {
    await ok(`/api/admin-units/${id.nhaMe}/transfer`, {
      toCommuneId: id.chiCong,
      effectiveOn: '2025-07-01',
      decisionRef: 'Nghị quyết 1671/NQ-UBTVQH15',
    });
    await followed();
    expect(await get(`/api/admin-units/${id.nhaMe}`)).toMatchObject({ parentId: id.chiCong });
    expect(await get(`/api/households/${id.h2}`)).toMatchObject({ communeId: id.chiCong, villageId: id.nhaMe });
    const events = (await get(`/api/audit/streams/household-${id.h2}`)).events;
    const transfer = events.find((e: { type: string }) => e.type === 'HouseholdTransferred');
    expect(transfer.data).toMatchObject({
      fromCommuneId: id.phongPhu,
      toCommuneId: id.chiCong,
      mergeDecisionRef: 'Nghị quyết 1671/NQ-UBTVQH15',
    });
    const cause = (await get(`/api/audit/streams/adminunit-${id.nhaMe}`)).events.at(-1);
    expect(cause.type).toBe('AdministrativeUnitReparented');
    expect(transfer.metadata).toMatchObject({
      commandName: 'TransferHousehold',
      reason: 'households_follow_merges (AdministrativeUnitReparented)',
    });
    const refused = await h.admin.post(`/api/admin-units/${id.phanDung}/transfer`, {
      toCommuneId: id.chiCong,
      effectiveOn: '2025-07-01',
      decisionRef: 'x',
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'admin_unit.transfer_only_villages']);
    // The village's own pairing goes with the village; its lineage now runs through Chí Công.
    expect(await get(`/api/pairings/${id.p3}`)).toMatchObject({ adminUnitId: id.nhaMe, status: 'active' });
    expect(await ancestors(id.nhaMe)).toEqual([id.chiCong, id.newLd]);
    expect(await get(`/api/admin-units/${id.nhaMe}`)).toMatchObject({
      parentHistory: [
        { parentId: id.phongPhu, from: '2013-01-01' },
        { parentId: id.chiCong, from: '2025-07-01' },
      ],
    });
    expect(strip(await get('/api/dashboard?year=2015'))).toEqual(dashboard2015);
    // 2015 under today's units: the mixed village counts under Chí Công, where it lies now.
    const villages = async (q: string) => (await get(`/api/dashboard?year=2015&${q}`)).villages.targetVillages;
    expect(await villages(`communeId=${id.phongPhu}`)).toBe(1);
    expect(await villages(`boundaries=today&communeId=${id.chiCong}`)).toBe(1);
    expect(await villages(`boundaries=today&communeId=${id.phongPhu}`)).toBe(0);
  }, 120_000);

  it('a commune merger re-homes pairings and households; 2015 reads the same then, and rolls up under today’s commune', async () => {
    const merged = await ok('/api/admin-units/merges', {
      predecessorIds: [id.phanDung, id.phongPhu],
      successor: { kind: 'commune', name: 'Tuy Phong', code: '22871', parentId: id.newLd },
      effectiveOn: '2025-07-01',
      decisionRef: 'Nghị quyết 1671/NQ-UBTVQH15',
    });
    id.xaTuyPhong = merged.id;
    await followed();
    expect(await get(`/api/households/${id.h1}`)).toMatchObject({ communeId: id.xaTuyPhong });
    expect(await get(`/api/pairings/${id.p1}`)).toMatchObject({ adminUnitId: id.xaTuyPhong, status: 'active' });
    expect(await get(`/api/pairings/${id.p2}`)).toMatchObject({ adminUnitId: id.xaTuyPhong, status: 'active' });

    // Projects in hand follow too (the merge as causation); a cancelled one stays where it was.
    expect(await get(`/api/projects/${id.lights}`)).toMatchObject({
      adminUnitId: id.xaTuyPhong,
      transfers: [{ fromAdminUnitId: id.phanDung, toAdminUnitId: id.xaTuyPhong, effectiveOn: '2025-07-01' }],
    });
    expect(await get(`/api/projects/${id.dropped}`)).toMatchObject({ adminUnitId: id.phanDung, status: 'cancelled' });
    const moved = (await get(`/api/audit/streams/project-${id.lights}`)).events.at(-1);
    const mergeEvent = (await get(`/api/audit/streams/adminunit-${id.phanDung}`)).events.find(
      (e: { type: string }) => e.type === 'AdministrativeUnitMergedInto',
    );
    expect(moved).toMatchObject({
      type: 'ProjectTransferred',
      data: { mergeDecisionRef: 'Nghị quyết 1671/NQ-UBTVQH15' },
      metadata: { commandName: 'TransferProject', reason: 'projects_follow_merges (AdministrativeUnitMergedInto)' },
    });
    expect(moved.metadata.causationId).toEqual(expect.any(String));
    expect(moved.metadata.correlationId).toBe(mergeEvent.metadata.correlationId);
    expect((await get(`/api/projects?adminUnitId=${id.xaTuyPhong}`)).total).toBe(1);
    expect((await get(`/api/dashboard?year=2015&communeId=${id.phanDung}`)).projects.byStatus).toMatchObject({
      approved: 1,
    });

    const then = await get('/api/dashboard?year=2015');
    expect(strip(then)).toEqual(dashboard2015);
    expect(then).toMatchObject({
      boundaries: 'then',
      coverage: { targetCommunes: 2, pairedCommunes: 2 },
      households: { poor: 2 },
    });
    expect((await get(`/api/dashboard?year=2015&communeId=${id.phanDung}`)).activities.total).toBe(1);

    const today = await get('/api/dashboard?year=2015&boundaries=today');
    expect(today).toMatchObject({
      boundaries: 'today',
      coverage: { targetCommunes: 1, pairedCommunes: 1 },
      activities: { total: 2 },
      households: { poor: 2 },
    });
    const underTuyPhong = await get(`/api/dashboard?year=2015&boundaries=today&communeId=${id.xaTuyPhong}`);
    expect(underTuyPhong).toMatchObject({ activities: { total: 2 }, households: { poor: 2 } });
    expect((await h.admin.get('/api/dashboard?year=2015&boundaries=tomorrow')).status).toBe(400);
  }, 120_000);

  it('coverage, poverty dynamics, figure provenance and a draft report take the same boundaries; an issued report reads as issued', async () => {
    // Coverage of 2015: the two communes of the time, or today's one commune they merged into.
    expect(await get('/api/coverage?year=2015')).toMatchObject({
      boundaries: 'then',
      targetCommunes: 2,
      pairedCommunes: 2,
    });
    expect(await get('/api/coverage?year=2015&boundaries=today')).toMatchObject({
      boundaries: 'today',
      targetCommunes: 1,
      pairedCommunes: 1,
      unpaired: [],
    });
    expect((await h.admin.get('/api/coverage?year=2015&boundaries=later')).status).toBe(400);

    // Poverty dynamics: one row per commune of the time, or one under today's commune.
    const then = await get('/api/poverty-dynamics?year=2015');
    expect(then.items.map((r: { communeId: string }) => r.communeId).sort()).toEqual([id.phanDung, id.phongPhu].sort());
    const today = await get('/api/poverty-dynamics?year=2015&boundaries=today');
    expect(today).toMatchObject({ boundaries: 'today', total: 1 });
    expect(today.items[0]).toMatchObject({ communeId: id.xaTuyPhong, poor: { end: { total: 2 } } });
    expect((await get(`/api/poverty-dynamics?year=2015&boundaries=today&communeId=${id.xaTuyPhong}`)).total).toBe(1);
    expect((await get(`/api/poverty-dynamics?year=2015&communeId=${id.xaTuyPhong}`)).total).toBe(0);

    // Provenance under either boundaries sums to the dashboard's figure under the same.
    for (const boundaries of ['then', 'today'])
      for (const communeId of [null, id.xaTuyPhong, id.phanDung, id.chiCong]) {
        const scope = `year=2015&boundaries=${boundaries}${communeId ? `&communeId=${communeId}` : ''}`;
        const d = await get(`/api/dashboard?${scope}`);
        for (const [figure, shown] of [
          ['households.poor', d.households.poor],
          ['activities.total', d.activities.total],
          ['coverage.targetCommunes', d.coverage.targetCommunes],
          ['villages.targetVillages', d.villages.targetVillages],
          ['resources.totalVnd', d.resources.totalVnd],
        ]) {
          const p = await get(`/api/dashboard/figures/${figure}?${scope}`);
          expect([figure, scope, p.value, p.boundaries]).toEqual([figure, scope, shown, boundaries]);
          expect(p.items.reduce((n: number, i: { value: number }) => n + i.value, 0)).toBe(shown);
        }
      }
    const targets = await get('/api/dashboard/figures/coverage.targetCommunes?year=2015&boundaries=today');
    expect(targets.items.map((i: { streamId: string }) => i.streamId)).toEqual([`adminunit-${id.xaTuyPhong}`]);
    expect((await h.admin.get('/api/dashboard/figures/households.poor?year=2015&boundaries=x')).status).toBe(400);

    // The mixed village moved to Chí Công in 2025: 2015 keeps it under Phong Phú; today it counts under Chí Công.
    const village = (scope: string) => get(`/api/dashboard?year=2015&${scope}`).then((d) => d.villages.targetVillages);
    expect(await village(`communeId=${id.phongPhu}`)).toBe(1);
    expect(await village(`communeId=${id.chiCong}`)).toBe(0);
    expect(await village(`boundaries=today&communeId=${id.chiCong}`)).toBe(1);
    expect(await village(`boundaries=today&communeId=${id.xaTuyPhong}`)).toBe(0);

    // A draft report's tables by commune under today's communes; once issued, only as issued.
    const draft = await get('/api/reports/annual?year=2015&boundaries=today');
    expect(draft).toMatchObject({ status: 'draft', boundaries: 'today' });
    expect(draft.figures.byCommune.rows.map((r: { communeId: string }) => r.communeId)).toContain(id.xaTuyPhong);
    expect(draft.figures.byCommune.rows.map((r: { communeId: string }) => r.communeId)).not.toContain(id.phanDung);
    const draftThen = await get('/api/reports/annual?year=2015');
    expect(draftThen.boundaries).toBe('then');
    expect(draftThen.figures.byCommune.rows.map((r: { communeId: string }) => r.communeId)).toEqual(
      expect.arrayContaining([id.phanDung, id.phongPhu]),
    );
    expect(draftThen.figures.byCommune.total.poorEnd).toBe(draft.figures.byCommune.total.poorEnd);
    await ok('/api/reports/annual/2015/draft', {
      sections: {
        limitations: 'Chưa đều.',
        causes: 'Nguồn lực hạn chế.',
        directions: 'Duy trì.',
        recommendations: 'Bố trí kinh phí.',
      },
    });
    await ok('/api/reports/annual/2015/issue', {
      number: '21-BC/BDVTU',
      issuedOn: '2015-12-20',
      place: 'Phan Thiết',
      signer: { name: 'Nguyễn Văn An', title: 'Phó Trưởng ban' },
      recipients: ['Thường trực Tỉnh ủy'],
    });
    expect(await get('/api/reports/annual?year=2015')).toMatchObject({ status: 'issued', boundaries: 'then' });
    const refused = await h.admin.get('/api/reports/annual?year=2015&boundaries=today');
    expect([refused.status, refused.body.code]).toEqual([409, 'report.issued_as_issued']);
  }, 120_000);

  it('an organisation merger passes pairings, open sponsored commitments and staff to the successor, which inherits their history', async () => {
    const commitment = await ok(`/api/households/${id.h1}/commitments`, {
      sponsor: { organizationId: id.hnd },
      kind: 'livestock',
      description: 'Một con bò',
      valueVnd: 15_000_000,
      dueOn: '2026-12-31',
      committedOn: '2025-08-01',
    });
    expect(commitment).toBeDefined();
    const staff = await h.admin.post('/api/users', {
      username: 'hnd.staff',
      displayName: 'Cán bộ HND',
      password: 'Mat-khau-dai-12',
      role: 'staff',
      organizationId: id.hnd,
    });
    expect(staff.status).toBe(201);
    await followed();
    const merged = await ok('/api/organizations/merges', {
      predecessorIds: [id.hnd, id.ca],
      successor: { name: 'Khối Dân vận - Nội chính', kind: 'other' },
      effectiveOn: '2025-09-01',
      decisionRef: 'Quyết định 01-QĐ/TU',
    });
    await followed();
    expect(await get(`/api/organizations/${id.hnd}`)).toMatchObject({
      status: 'merged',
      successorId: merged.id,
      mergedOn: '2025-09-01',
    });
    expect(await get(`/api/organizations/${merged.id}`)).toMatchObject({
      status: 'active',
      predecessorIds: [id.hnd, id.ca],
    });
    const p1 = await get(`/api/pairings/${id.p1}`);
    const p2 = await get(`/api/pairings/${id.p2}`);
    // Both were on the merged commune: one passes to the successor, the other ends (one pairing per organisation and unit).
    expect([p1.status, p2.status].sort()).toEqual(['active', 'ended']);
    const kept = p1.status === 'active' ? p1 : p2;
    expect(kept).toMatchObject({ organizationId: merged.id, formerOrganizationIds: [expect.any(String)] });
    const activities = await get(`/api/activities?organizationId=${merged.id}&limit=50`);
    expect(activities.total).toBeGreaterThanOrEqual(1);
    const tracked = await get(`/api/households/${id.h1}`);
    expect(tracked.commitments.find((c: { status: string }) => c.status === 'open')?.sponsor).toEqual({
      organizationId: merged.id,
    });
    expect((await get(`/api/users/${staff.body.id}`)).organizationId).toBe(merged.id);
  }, 120_000);
});
