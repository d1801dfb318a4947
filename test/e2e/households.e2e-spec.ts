import { startApi, type Harness } from '../support/api-harness.js';

const NO_SUCH_ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

describe('households over HTTP', () => {
  let h: Harness;
  let communeId: string;
  let otherCommuneId: string;
  let orgId: string;
  let unpairedOrgId: string;
  const household = (over: Record<string, unknown> = {}) => ({
    communeId,
    villageId: null,
    code: 'PS-0001',
    head: { fullName: 'Katơr Thị Hoa', birthYear: 1978, gender: 'female', idNumber: '060178000123' },
    ethnicity: 'Raglai',
    memberCount: 5,
    area: 'rural',
    registeredOn: '2013-09-01',
    ...over,
  });
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
  const register = async (over: Record<string, unknown> = {}) => {
    const r = await h.admin.post('/api/households', household(over));
    expect(r.status).toBe(201);
    return r.body as { id: string; position: number };
  };
  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);

  beforeAll(async () => {
    h = await startApi();
    communeId = await commune('Phan Sơn', '22912');
    otherCommuneId = await commune('Phan Lâm', '22915');
    orgId = (
      await h.admin.post('/api/organizations', {
        name: 'Hội Nông dân tỉnh',
        kind: 'mass_organization',
        shortName: 'HND',
      })
    ).body.id;
    unpairedOrgId = (await h.admin.post('/api/organizations', { name: 'Sở Tư pháp', kind: 'department' })).body.id;
    // A sponsoring organisation holds a pairing with the household's commune (issue 12).
    expect(
      (
        await h.admin.post('/api/pairings', {
          organizationId: orgId,
          adminUnitId: communeId,
          establishedOn: '2013-08-15',
          decisionRef: '197-TB/VPTU',
        })
      ).status,
    ).toBe(201);
  });
  afterAll(async () => h?.close());

  it('registers a household with the head sealed in the event, and reads it back per API.md', async () => {
    const r = await h.admin.post('/api/households', household());
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      streamId: `household-${r.body.id}`,
      revision: 0,
      position: expect.any(Number),
      possibleDuplicates: [],
    });
    const [event] = await h.infra.dataSource.query(`select data from event_store.events where stream_id = $1`, [
      r.body.streamId,
    ]);
    expect(Object.keys(event.data.head).sort()).toEqual(['ciphertext', 'keyId']);
    expect(JSON.stringify(event.data)).not.toContain('Katơr');
    const one = await h.admin.get(`/api/households/${r.body.id}`, { 'x-min-position': String(r.body.position) });
    expect(one.body).toMatchObject({
      id: r.body.id,
      code: 'PS-0001',
      communeId,
      villageId: null,
      status: 'unassessed',
      latestAssessment: null,
      commitments: [],
      revision: 0,
      head: { fullName: 'Katơr Thị Hoa', birthYear: 1978, gender: 'female', idNumber: '060178000123' },
      ethnicMinority: true,
    });
    // Staff read a household only through their organisation's pairing with its commune (issue 12), without the head's details.
    const outsider = await h.userWith('staff', { organizationId: unpairedOrgId });
    const unpaired = await outsider.get(`/api/households/${r.body.id}`);
    expect([unpaired.status, unpaired.body.code]).toEqual([403, 'forbidden_scope']);
    const staff = await h.userWith('staff', { organizationId: orgId });
    const seen = await staff.get(`/api/households/${r.body.id}`);
    expect([seen.status, seen.body.head]).toEqual([200, 'masked']);
  });

  it('assesses poverty: the standard by date, the classification and the transition in the response', async () => {
    const { id } = await register({ code: 'PS-0002' });
    const y2018 = await h.admin.post(`/api/households/${id}/assessments`, {
      reviewYear: 2018,
      assessedOn: '2018-11-15',
      incomePerCapitaVnd: 650_000,
      deprivations: [],
    });
    expect([y2018.status, y2018.body.standard, y2018.body.classification, y2018.body.transition]).toEqual([
      200,
      'QD59_2015',
      'poor',
      'newly_poor',
    ]);
    const y2022 = await h.admin.post(`/api/households/${id}/assessments`, {
      reviewYear: 2022,
      assessedOn: '2022-11-15',
      incomePerCapitaVnd: 1_200_000,
      deprivations: ['health_insurance', 'housing_quality'],
    });
    expect(y2022.body).toMatchObject({
      standard: 'ND07_2021',
      classification: 'near_poor',
      transition: 'exited_poverty',
      revision: 4,
    });
    const one = await h.admin.get(`/api/households/${id}`, { 'x-min-position': String(y2022.body.position) });
    expect(one.body).toMatchObject({
      status: 'near_poor',
      latestAssessment: { reviewYear: 2022, standard: 'ND07_2021', transition: 'exited_poverty' },
    });
    const again = await h.admin.post(`/api/households/${id}/assessments`, {
      reviewYear: 2022,
      assessedOn: '2022-12-01',
      incomePerCapitaVnd: 1,
      deprivations: [],
    });
    expect([again.status, again.body.code]).toEqual([409, 'household.one_assessment_per_review_year']);
  });

  it('answers 400 with field errors for bad input and appends nothing', async () => {
    const { id } = await register({ code: 'PS-0003' });
    const before = await eventCount();
    const assessment = (over: Record<string, unknown>) => ({
      reviewYear: 2022,
      assessedOn: '2022-11-15',
      incomePerCapitaVnd: 1_000_000,
      deprivations: [],
      ...over,
    });
    const commitment = (over: Record<string, unknown>) => ({
      sponsor: { individualName: 'Ông Ba' },
      kind: 'livestock',
      description: 'Hai con bò',
      valueVnd: 15_000_000,
      dueOn: '2030-06-30',
      ...over,
    });
    const cases: [string, Record<string, unknown>, string][] = [
      [`/api/households/${id}/assessments`, assessment({ deprivations: ['information_assets'] }), 'deprivations'],
      [`/api/households/${id}/assessments`, assessment({ assessedOn: '2099-01-01' }), 'assessedOn'],
      [`/api/households/${id}/assessments`, assessment({ incomePerCapitaVnd: -1 }), 'incomePerCapitaVnd'],
      [`/api/households/${id}/assessments`, assessment({ standard: 'QD00_1999' }), 'standard'],
      [`/api/households/${id}/assessments`, assessment({ mood: 'sad' }), 'mood'],
      [`/api/households/${id}/commitments`, commitment({ valueVnd: 0 }), 'valueVnd'],
      [`/api/households/${id}/commitments`, commitment({ valueVnd: -5 }), 'valueVnd'],
      [`/api/households/${id}/commitments`, commitment({ kind: 'yacht' }), 'kind'],
      [
        `/api/households/${id}/commitments`,
        commitment({ sponsor: { organizationId: 'nope' } }),
        'sponsor.organizationId',
      ],
      [`/api/households/${id}/move`, { toCommuneId: 'x', movedOn: '2020-01-01' }, 'toCommuneId'],
      [`/api/households/${id}/members`, { memberCount: 0, effectiveOn: '2020-01-01' }, 'memberCount'],
      ['/api/households', household({ communeId: 'not-a-uuid' }), 'communeId'],
      ['/api/households', household({ head: { fullName: '' } }), 'head.fullName'],
      ['/api/households', household({ registeredOn: '2099-01-01' }), 'registeredOn'],
      ['/api/households', household({ area: 'forest' }), 'area'],
    ];
    for (const [path, body, field] of cases) {
      const r = await h.admin.post(path, body);
      expect([path, r.status, r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        path,
        400,
        expect.arrayContaining([field]),
      ]);
    }
    expect((await h.admin.post('/api/households/nope/assessments', assessment({}))).status).toBe(400);
    expect(
      (await h.admin.post(`/api/households/${id}/commitments/nope/fulfil`, { fulfilledOn: '2020-01-01' })).status,
    ).toBe(400);
    expect(await eventCount()).toBe(before);
  });

  it('answers 404 for unknown households and commitments, 409 for broken rules', async () => {
    expect((await h.admin.get(`/api/households/${NO_SUCH_ID}`)).status).toBe(404);
    expect((await h.admin.get(`/api/households/${NO_SUCH_ID}/timeline`)).status).toBe(404);
    expect(
      (await h.admin.post(`/api/households/${NO_SUCH_ID}/members`, { memberCount: 3, effectiveOn: '2020-01-01' }))
        .status,
    ).toBe(404);
    const { id } = await register({ code: 'PS-0004' });
    expect(
      (await h.admin.post(`/api/households/${id}/commitments/${NO_SUCH_ID}/fulfil`, { fulfilledOn: '2020-01-01' }))
        .status,
    ).toBe(404);
    const unknownCommune = await h.admin.post('/api/households', household({ communeId: NO_SUCH_ID }));
    expect([unknownCommune.status, unknownCommune.body.code]).toEqual([409, 'household.commune_must_exist']);
    const same = await h.admin.post(`/api/households/${id}/members`, { memberCount: 5, effectiveOn: '2020-01-01' });
    expect([same.status, same.body.code]).toEqual([409, 'household.member_count_must_change']);
    const early = await h.admin.post(`/api/households/${id}/move`, {
      toCommuneId: otherCommuneId,
      movedOn: '2010-01-01',
    });
    expect([early.status, early.body.code]).toEqual([409, 'household.not_before_registration']);
  });

  it('lets an individual sponsor name their organisation: it must exist and be paired, its staff record and act on it, and it counts as that organisation sponsoring', async () => {
    const { id } = await register({ code: 'PS-0009' });
    const staff = await h.userWith('staff', { organizationId: orgId });
    const outsider = await h.userWith('staff', { organizationId: unpairedOrgId });
    const body = (sponsor: Record<string, unknown>) => ({
      sponsor,
      kind: 'livestock',
      description: 'Một con bò giống',
      valueVnd: 12_000_000,
      dueOn: '2030-06-30',
      committedOn: '2023-02-01',
    });
    const post = (c: typeof staff, sponsor: Record<string, unknown>) =>
      c.post(`/api/households/${id}/commitments`, body(sponsor));
    const unknown = await post(h.admin, {
      individualName: 'Ông Năm',
      organizationId: '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
    });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'organization.not_found']);
    const unpaired = await post(h.admin, { individualName: 'Ông Năm', organizationId: unpairedOrgId });
    expect([unpaired.status, unpaired.body.code]).toEqual([409, 'commitment.sponsor_must_be_paired_with_commune']);
    expect((await post(outsider, { individualName: 'Ông Năm', organizationId: orgId })).status).toBe(403);
    expect((await post(staff, { individualName: 'Ông Năm' })).status).toBe(403);
    const c = await post(staff, { individualName: 'Ông Năm', organizationId: orgId });
    expect(c.status).toBe(200);
    const plain = await post(h.admin, { individualName: 'Bà Sáu', organizationId: null });
    expect(plain.status).toBe(200);
    // Its organisation's staff act on it, as on the organisation's own commitments.
    const d = await staff.post(`/api/households/${id}/commitments/${c.body.id}/deliveries`, {
      deliveredOn: '2023-03-01',
      description: 'Bò cái',
      valueVnd: 12_000_000,
    });
    expect(d.status).toBe(200);
    expect(
      (await staff.post(`/api/households/${id}/commitments/${plain.body.id}/fulfil`, { fulfilledOn: '2023-07-15' }))
        .status,
    ).toBe(403);
    await h.settle();
    const listed = await h.admin.get(`/api/commitments?sponsorOrganizationId=${orgId}`);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: c.body.id, sponsor: { individualName: 'Ông Năm', organizationId: orgId } }),
      ]),
    );
    expect(listed.body.items.map((x: { id: string }) => x.id)).not.toContain(plain.body.id);
  });

  it('tracks a commitment through deliveries to fulfilment; cancelling it afterwards is a 409', async () => {
    const { id } = await register({ code: 'PS-0005' });
    const staff = await h.userWith('staff', { organizationId: orgId });
    const c = await staff.post(`/api/households/${id}/commitments`, {
      sponsor: { organizationId: orgId },
      kind: 'livestock',
      description: 'Hai con bò giống',
      valueVnd: 15_000_000,
      dueOn: '2023-06-30',
      committedOn: '2023-01-10',
    });
    expect([c.status, c.body.streamId, c.body.id === id]).toEqual([200, `household-${id}`, false]);
    const cid = c.body.id;
    const d = await staff.post(`/api/households/${id}/commitments/${cid}/deliveries`, {
      deliveredOn: '2023-03-01',
      description: 'Bò cái',
      valueVnd: 8_000_000,
    });
    expect(d.body).toMatchObject({
      deliveryId: expect.any(String),
      deliveredToDateVnd: 8_000_000,
      exceedsCommitmentByVnd: 0,
    });
    await h.settle();
    const overdue = await h.admin.get(`/api/commitments?status=overdue&sponsorOrganizationId=${orgId}`);
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ id: cid, householdId: id, communeId, status: 'overdue', deliveredVnd: 8_000_000 }),
    ]);
    expect(
      (await h.admin.get(`/api/households?hasOpenCommitment=true&communeId=${communeId}`)).body.items.map(
        (x: { id: string }) => x.id,
      ),
    ).toContain(id);
    const f = await staff.post(`/api/households/${id}/commitments/${cid}/fulfil`, { fulfilledOn: '2023-07-15' });
    expect(f.status).toBe(200);
    const one = await h.admin.get(`/api/households/${id}`, { 'x-min-position': String(f.body.position) });
    expect(one.body.commitments).toEqual([
      expect.objectContaining({
        id: cid,
        kind: 'livestock',
        status: 'fulfilled',
        valueVnd: 15_000_000,
        deliveredVnd: 8_000_000,
        dueOn: '2023-06-30',
      }),
    ]);
    expect(
      (await h.admin.get(`/api/commitments?status=fulfilled&communeId=${communeId}`)).body.items.map(
        (x: { id: string }) => x.id,
      ),
    ).toEqual([cid]);
    expect(
      (await h.admin.get(`/api/households?hasOpenCommitment=true`)).body.items.map((x: { id: string }) => x.id),
    ).not.toContain(id);
    const cancel = await staff.post(`/api/households/${id}/commitments/${cid}/cancel`, { reason: 'nhầm' });
    expect([cancel.status, cancel.body.code]).toEqual([409, 'household.commitment_must_be_open']);
    // A commitment by an individual is no organisation's: the commune's officer records and cancels it; staff may not (SPEC §5).
    const individual = {
      sponsor: { individualName: 'Bà Tư' },
      kind: 'cash',
      description: 'Tiền',
      valueVnd: 1_000_000,
      dueOn: '2035-01-01',
    };
    const refused = await staff.post(`/api/households/${id}/commitments`, individual);
    expect([refused.status, refused.body.code]).toEqual([403, 'forbidden_scope']);
    const officer = await h.userWith('commune_officer', { communeId });
    const c2 = await officer.post(`/api/households/${id}/commitments`, individual);
    expect(c2.status).toBe(200);
    const staffCancel = await staff.post(`/api/households/${id}/commitments/${c2.body.id}/cancel`, {
      reason: 'Nhà tài trợ rút',
    });
    expect([staffCancel.status, staffCancel.body.code]).toEqual([403, 'forbidden_scope']);
    const cancelled = await officer.post(`/api/households/${id}/commitments/${c2.body.id}/cancel`, {
      reason: 'Nhà tài trợ rút',
    });
    expect(cancelled.status).toBe(200);
    await h.settle();
    expect((await h.admin.get(`/api/commitments?status=cancelled`)).body.items).toEqual([
      expect.objectContaining({ id: c2.body.id, cancellationReason: 'Nhà tài trợ rút' }),
    ]);
  });

  it('moves a household and changes its members; lists filter by commune, status and ethnicity', async () => {
    const { id } = await register({ code: 'PS-0006', ethnicity: 'Kinh' });
    const moved = await h.admin.post(`/api/households/${id}/move`, {
      toCommuneId: otherCommuneId,
      toVillageId: null,
      movedOn: '2020-05-01',
    });
    expect(moved.status).toBe(200);
    const members = await h.admin.post(`/api/households/${id}/members`, { memberCount: 6, effectiveOn: '2021-01-01' });
    const one = await h.admin.get(`/api/households/${id}`, { 'x-min-position': String(members.body.position) });
    expect(one.body).toMatchObject({ communeId: otherCommuneId, memberCount: 6, ethnicMinority: false, revision: 2 });
    const list = await h.admin.get(
      `/api/households?communeId=${otherCommuneId}&ethnicMinority=false&status=unassessed`,
    );
    expect(list.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id })] });
    expect((await h.admin.get(`/api/households?ethnicMinority=maybe`)).status).toBe(400);
    const timeline = await h.admin.get(`/api/households/${id}/timeline`);
    expect(timeline.body.items.map((i: { type: string }) => i.type)).toEqual([
      'HouseholdRegistered',
      'HouseholdMoved',
      'HouseholdMembersChanged',
    ]);
    expect(timeline.body.items[0]).toMatchObject({ date: '2013-09-01', title: expect.any(String) });
  });

  it("defaults a household's area from its commune's type: a xã is rural, a phường urban; given explicitly it wins", async () => {
    const unit = async (body: Record<string, unknown>) =>
      h.admin.post('/api/admin-units', { kind: 'commune', parentId: null, establishedOn: '2013-01-01', ...body });
    const ward = await unit({ name: 'Hàm Tiến', code: '22933', communeType: 'phuong' });
    const xa = await unit({ name: 'Tiến Thành', code: '22936', communeType: 'xa' });
    expect([ward.status, xa.status]).toEqual([201, 201]);
    const wardDoc = await h.admin.get(`/api/admin-units/${ward.body.id}`, {
      'x-min-position': String(xa.body.position),
    });
    expect(wardDoc.body).toMatchObject({
      communeType: 'phuong',
      history: [{ summary: 'Thành lập Phường Hàm Tiến (mã 22933)' }],
    });

    const area = async (over: Record<string, unknown>) => {
      const r = await register({ area: undefined, ...over });
      return (await h.admin.get(`/api/households/${r.id}`, { 'x-min-position': String(r.position) })).body.area;
    };
    expect(await area({ code: 'HT-0001', communeId: ward.body.id })).toBe('urban');
    expect(await area({ code: 'TT-0001', communeId: xa.body.id })).toBe('rural');
    expect(await area({ code: 'HT-0002', communeId: ward.body.id, area: 'rural' })).toBe('rural');

    // Moving from the xã to the ward without an area takes the ward's.
    const mover = await register({ code: 'TT-0002', communeId: xa.body.id, area: undefined });
    const moved = await h.admin.post(`/api/households/${mover.id}/move`, {
      toCommuneId: ward.body.id,
      toVillageId: null,
      movedOn: '2020-05-01',
    });
    expect(moved.status).toBe(200);
    const after = await h.admin.get(`/api/households/${mover.id}`, { 'x-min-position': String(moved.body.position) });
    expect(after.body.area).toBe('urban');

    // A commune recorded without its type gives no default: 400 on area, nothing appended.
    const before = await eventCount();
    const untyped = await h.admin.post('/api/households', household({ code: 'PS-0099', area: undefined }));
    expect([untyped.status, untyped.body.code]).toEqual([400, 'household.area_required']);
    expect(untyped.body.errors).toEqual([expect.objectContaining({ field: 'area' })]);
    // Only a commune has a type; an unknown type is a field error.
    const village = await h.admin.post('/api/admin-units', {
      kind: 'village',
      name: 'Thôn 1',
      code: '22933-01',
      parentId: ward.body.id,
      establishedOn: '2013-01-01',
      communeType: 'xa',
    });
    expect([village.status, village.body.code]).toEqual([400, 'admin_unit.commune_type_only_for_communes']);
    const bogus = await unit({ name: 'Đặc khu', code: '22939', communeType: 'quan' });
    expect([bogus.status, bogus.body.errors?.map((e: { field: string }) => e.field)]).toEqual([400, ['communeType']]);
    expect(await eventCount()).toBe(before);
  });

  it('gives a merged commune the type its predecessors share unless the decision names one', async () => {
    const unit = async (name: string, code: string) =>
      (
        await h.admin.post('/api/admin-units', {
          kind: 'commune',
          name,
          code,
          parentId: null,
          establishedOn: '2013-01-01',
          communeType: 'xa',
        })
      ).body.id as string;
    const [a, b, c, d] = [
      await unit('Tân Bình', '22940'),
      await unit('Tân Tiến', '22941'),
      await unit('Tiến Lợi', '22942'),
      await unit('Thiện Nghiệp', '22943'),
    ];
    const merge = (predecessorIds: string[], successor: Record<string, unknown>) =>
      h.admin.post('/api/admin-units/merges', {
        predecessorIds,
        successor: { kind: 'commune', parentId: null, ...successor },
        effectiveOn: '2025-07-01',
        decisionRef: '1671/NQ-UBTVQH15',
      });
    const inherited = await merge([a, b], { name: 'Tân Hải', code: '23500' });
    const named = await merge([c, d], { name: 'Mũi Né', code: '23507', communeType: 'phuong' });
    expect([inherited.status, named.status]).toEqual([201, 201]);
    const read = async (id: string) =>
      (await h.admin.get(`/api/admin-units/${id}`, { 'x-min-position': String(named.body.position) })).body;
    expect((await read(inherited.body.id)).communeType).toBe('xa');
    expect((await read(named.body.id)).communeType).toBe('phuong');
  });

  it('reads a household as recorded at an earlier instant', async () => {
    const { id } = await register({ code: 'PS-0007' });
    await new Promise((r) => setTimeout(r, 20));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await h.admin.post(`/api/households/${id}/members`, { memberCount: 7, effectiveOn: '2021-01-01' });
    const then = await h.admin.get(`/api/households/${id}?asOf=${encodeURIComponent(between)}`);
    expect([then.body.memberCount, then.body.revision]).toEqual([5, 0]);
    expect((await h.admin.get(`/api/households/${id}?asOf=yesterday`)).status).toBe(400);
  });

  it('checks roles: auditors and staff cannot register, only supervisors and admins erase', async () => {
    const auditor = await h.userWith('auditor');
    expect((await auditor.post('/api/households', household({ code: 'X' }))).status).toBe(403);
    expect((await auditor.get('/api/households')).status).toBe(200);
    const staff = await h.userWith('staff', { organizationId: orgId });
    expect((await staff.post('/api/households', household({ code: 'X' }))).status).toBe(403);
    const { id } = await register({ code: 'PS-0008' });
    const officer = await h.userWith('commune_officer', { communeId });
    expect((await officer.post(`/api/households/${id}/erase-personal-data`, { reason: 'yêu cầu' })).status).toBe(403);
    expect((await h.anonymous.get('/api/households')).status).toBe(401);
  });
});
