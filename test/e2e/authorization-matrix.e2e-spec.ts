import { randomUUID } from 'node:crypto';
import { client, startApi, type Client, type Harness } from '../support/api-harness.js';

/**
 * Issue 6: every command endpoint × every role, allowed or 403 — including staff of one
 * organisation and the officer of one commune aiming at another's records by id.
 * "Allowed" means not refused for who the caller is (401/403); a business answer (200, 201, 400,
 * 404, 409) is fine, since earlier rows change the records later rows act on.
 */
type Role = 'admin' | 'supervisor' | 'staff' | 'officer' | 'auditor';
const ALL: Role[] = ['admin', 'supervisor', 'staff', 'officer', 'auditor'];

describe('who may do what (role × endpoint matrix)', () => {
  let h: Harness;
  const id: Record<string, string> = {};
  const as: Partial<Record<Role, Client>> = {};

  const commune = (name: string, code: string) => ({
    kind: 'commune',
    name,
    code,
    parentId: null,
    classifications: ['ethnic_minority_commune'],
    establishedOn: '2013-01-01',
  });
  const activity = (initiator = 'commune') => ({
    kind: 'visit',
    occurredOn: '2015-02-10',
    initiator,
    locationName: 'Xã',
    participants: { organizationMembers: 1, residents: 1 },
    summary: 'Thăm',
    resources: [],
    beneficiaryHouseholdIds: [],
  });
  const household = (communeId: string) => ({
    communeId,
    villageId: null,
    code: `HN-${randomUUID().slice(0, 6)}`,
    head: { fullName: 'Ka Thị Hoa', birthYear: 1980, gender: 'female', idNumber: '060180000001' },
    ethnicity: 'Raglai',
    memberCount: 4,
    area: 'rural',
    registeredOn: '2014-01-01',
  });
  const signIn = async (username: string, password: string) =>
    client(h.baseUrl, (await h.anonymous.post('/api/auth/login', { username, password })).body.accessToken);

  beforeAll(async () => {
    h = await startApi();
    const a = h.admin;
    id.X = (await a.post('/api/admin-units', commune('Phan Sơn', 'X'))).body.id;
    id.Y = (await a.post('/api/admin-units', commune('Phan Lâm', 'Y'))).body.id;
    id.A = (await a.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' })).body.id;
    id.B = (await a.post('/api/organizations', { name: 'Công an tỉnh', kind: 'police' })).body.id;
    id.PA = (
      await a.post('/api/pairings', {
        organizationId: id.A,
        adminUnitId: id.X,
        establishedOn: '2013-08-15',
        decisionRef: 'QĐ-1',
      })
    ).body.id;
    id.PB = (
      await a.post('/api/pairings', {
        organizationId: id.B,
        adminUnitId: id.Y,
        establishedOn: '2013-08-15',
        decisionRef: 'QĐ-2',
      })
    ).body.id;
    id.actA = (await a.post(`/api/pairings/${id.PA}/activities`, activity('organization'))).body.id;
    id.actB = (await a.post(`/api/pairings/${id.PB}/activities`, activity('organization'))).body.id;
    const project = (pairingId: string, adminUnitId: string) => ({
      adminUnitId,
      pairingId,
      category: 'security_lighting',
      title: 'Ánh sáng an ninh',
      plannedBudgetVnd: 100_000_000,
      plannedStartOn: '2015-01-01',
      plannedEndOn: '2015-12-31',
    });
    id.JA = (await a.post('/api/projects', project(id.PA, id.X))).body.id;
    id.JB = (await a.post('/api/projects', project(id.PB, id.Y))).body.id;
    id.HX = (await a.post('/api/households', household(id.X))).body.id;
    id.HY = (await a.post('/api/households', household(id.Y))).body.id;
    const commit = (org: string) => ({
      sponsor: { organizationId: org },
      kind: 'livestock',
      description: 'Bò giống',
      valueVnd: 10_000_000,
      dueOn: '2030-06-30',
    });
    id.CX = (await a.post(`/api/households/${id.HX}/commitments`, commit(id.A))).body.id;
    id.CY = (await a.post(`/api/households/${id.HY}/commitments`, commit(id.B))).body.id;
    for (const [role, user] of [
      ['supervisor', { role: 'supervisor' }],
      ['staff', { role: 'staff', organizationId: id.A }],
      ['officer', { role: 'commune_officer', communeId: id.X }],
      ['auditor', { role: 'auditor' }],
    ] as const) {
      const username = `${role}.matrix`;
      const password = `Pw-${randomUUID()}`;
      expect((await a.post('/api/users', { username, displayName: role, password, ...user })).status).toBe(201);
      as[role] = await signIn(username, password);
    }
    as.admin = a;
    await h.settle();
  });
  afterAll(async () => h?.close());

  // [what, path, body, roles allowed]
  const rows = (): [string, string, unknown, Role[]][] => [
    ['establish a unit', '/api/admin-units', commune('Mới', `N${randomUUID().slice(0, 4)}`), ['admin']],
    [
      'rename a unit',
      `/api/admin-units/${id.Y}/rename`,
      { name: `Tên ${randomUUID().slice(0, 4)}`, effectiveOn: '2020-01-01' },
      ['admin'],
    ],
    ['register an organisation', '/api/organizations', { name: 'Sở Y tế', kind: 'department' }, ['admin']],
    [
      'create a user',
      '/api/users',
      { username: `u${randomUUID().slice(0, 8)}`, displayName: 'X', password: 'Một-mật-khẩu-dài-1', role: 'auditor' },
      ['admin'],
    ],
    [
      'establish a pairing',
      '/api/pairings',
      { organizationId: id.B, adminUnitId: id.X, establishedOn: '2014-01-01', decisionRef: 'QĐ-3' },
      ['admin', 'supervisor'],
    ],
    [
      'adopt a plan (own pairing)',
      `/api/pairings/${id.PA}/plans`,
      { year: 2016, objectives: ['Thăm hỏi'], plannedActivities: { visit: 2 }, budgetVnd: 1_000_000 },
      ['admin', 'supervisor', 'staff'],
    ],
    [
      'adopt a plan (other organisation)',
      `/api/pairings/${id.PB}/plans`,
      { year: 2017, objectives: ['Thăm hỏi'], plannedActivities: { visit: 2 }, budgetVnd: 1_000_000 },
      ['admin', 'supervisor'],
    ],
    [
      'record a commune-initiated activity (own)',
      `/api/pairings/${id.PA}/activities`,
      activity('commune'),
      ['admin', 'supervisor', 'staff', 'officer'],
    ],
    [
      'record an activity (other organisation and commune)',
      `/api/pairings/${id.PB}/activities`,
      activity('commune'),
      ['admin', 'supervisor'],
    ],
    [
      'correct an activity (own)',
      `/api/pairings/${id.PA}/activities/${id.actA}/corrections`,
      { changes: { summary: 'Sửa' }, reason: 'Sai' },
      ['admin', 'supervisor', 'staff'],
    ],
    [
      'correct an activity (other)',
      `/api/pairings/${id.PB}/activities/${id.actB}/corrections`,
      { changes: { summary: 'Sửa' }, reason: 'Sai' },
      ['admin', 'supervisor'],
    ],
    [
      'void an activity (other)',
      `/api/pairings/${id.PB}/activities/${id.actB}/void`,
      { reason: 'Trùng' },
      ['admin', 'supervisor'],
    ],
    ['end a pairing', `/api/pairings/${id.PB}/end`, { endedOn: '2010-01-01', reason: 'x' }, ['admin', 'supervisor']],
    [
      'propose a project (own pairing)',
      '/api/projects',
      {
        adminUnitId: id.X,
        pairingId: id.PA,
        category: 'school',
        title: 'Trường',
        plannedBudgetVnd: 1,
        plannedStartOn: '2016-01-01',
        plannedEndOn: '2016-12-31',
      },
      ['admin', 'supervisor', 'staff'],
    ],
    [
      'propose a project (other pairing)',
      '/api/projects',
      {
        adminUnitId: id.Y,
        pairingId: id.PB,
        category: 'school',
        title: 'Trường',
        plannedBudgetVnd: 1,
        plannedStartOn: '2016-01-01',
        plannedEndOn: '2016-12-31',
      },
      ['admin', 'supervisor'],
    ],
    [
      'approve a project',
      `/api/projects/${id.JA}/approve`,
      { approvedOn: '2015-01-05', decisionRef: 'QĐ-P' },
      ['admin', 'supervisor'],
    ],
    [
      'fund a project (own)',
      `/api/projects/${id.JA}/funding`,
      {
        kind: 'pledged',
        source: 'social_mobilization',
        amountVnd: 1_000_000,
        on: '2015-01-06',
        sponsorOrganizationId: null,
        sponsorName: 'Doanh nghiệp X',
      },
      ['admin', 'supervisor', 'staff'],
    ],
    [
      'fund a project (other)',
      `/api/projects/${id.JB}/funding`,
      {
        kind: 'pledged',
        source: 'social_mobilization',
        amountVnd: 1_000_000,
        on: '2015-01-06',
        sponsorOrganizationId: null,
        sponsorName: 'Doanh nghiệp X',
      },
      ['admin', 'supervisor'],
    ],
    ['start a project (other)', `/api/projects/${id.JB}/start`, { startedOn: '2015-01-10' }, ['admin', 'supervisor']],
    [
      'report progress (other)',
      `/api/projects/${id.JB}/progress`,
      { percent: 10, on: '2015-02-01', note: 'x' },
      ['admin', 'supervisor'],
    ],
    [
      'complete a project (other)',
      `/api/projects/${id.JB}/complete`,
      { completedOn: '2015-06-01', actualCostVnd: 1, outputs: {}, beneficiaryHouseholds: 1 },
      ['admin', 'supervisor'],
    ],
    [
      'hand over a project (other)',
      `/api/projects/${id.JB}/hand-over`,
      { handedOverOn: '2015-07-01', toAdminUnitId: id.Y },
      ['admin', 'supervisor'],
    ],
    ['cancel a project (other)', `/api/projects/${id.JB}/cancel`, { reason: 'Không đủ vốn' }, ['admin', 'supervisor']],
    ['register a household (own commune)', '/api/households', household(id.X), ['admin', 'supervisor', 'officer']],
    ['register a household (other commune)', '/api/households', household(id.Y), ['admin', 'supervisor']],
    [
      'assess a household (own commune)',
      `/api/households/${id.HX}/assessments`,
      { reviewYear: 2015, assessedOn: '2015-11-15', incomePerCapitaVnd: 300_000, deprivations: [] },
      ['admin', 'supervisor', 'officer'],
    ],
    [
      'assess a household (other commune)',
      `/api/households/${id.HY}/assessments`,
      { reviewYear: 2015, assessedOn: '2015-11-15', incomePerCapitaVnd: 300_000, deprivations: [] },
      ['admin', 'supervisor'],
    ],
    [
      'commit support (own organisation, own commune)',
      `/api/households/${id.HX}/commitments`,
      {
        sponsor: { organizationId: id.A },
        kind: 'seeds_inputs',
        description: 'Giống',
        valueVnd: 1_000_000,
        dueOn: '2030-01-01',
      },
      ['admin', 'supervisor', 'staff', 'officer'],
    ],
    [
      'commit support on behalf of another organisation',
      `/api/households/${id.HY}/commitments`,
      {
        sponsor: { organizationId: id.B },
        kind: 'seeds_inputs',
        description: 'Giống',
        valueVnd: 1_000_000,
        dueOn: '2030-01-01',
      },
      ['admin', 'supervisor'],
    ],
    [
      'deliver (own)',
      `/api/households/${id.HX}/commitments/${id.CX}/deliveries`,
      { deliveredOn: '2024-01-01', description: 'Giao bò', valueVnd: 1_000_000 },
      ['admin', 'supervisor', 'staff', 'officer'],
    ],
    [
      'deliver (other)',
      `/api/households/${id.HY}/commitments/${id.CY}/deliveries`,
      { deliveredOn: '2024-01-01', description: 'Giao bò', valueVnd: 1_000_000 },
      ['admin', 'supervisor'],
    ],
    [
      'fulfil (other)',
      `/api/households/${id.HY}/commitments/${id.CY}/fulfil`,
      { fulfilledOn: '2024-02-01' },
      ['admin', 'supervisor'],
    ],
    [
      'cancel a commitment (other)',
      `/api/households/${id.HY}/commitments/${id.CY}/cancel`,
      { reason: 'Hộ chuyển đi' },
      ['admin', 'supervisor'],
    ],
    [
      'change members (other commune)',
      `/api/households/${id.HY}/members`,
      { memberCount: 6, effectiveOn: '2016-01-01' },
      ['admin', 'supervisor'],
    ],
    [
      'move a household (other commune)',
      `/api/households/${id.HY}/move`,
      { toCommuneId: id.Y, toVillageId: null, movedOn: '2016-01-01' },
      ['admin', 'supervisor'],
    ],
    [
      'erase personal data',
      `/api/households/${id.HY}/erase-personal-data`,
      { reason: 'Yêu cầu của chủ hộ' },
      ['admin', 'supervisor'],
    ],
    [
      // Into a household that does not exist: the supervisor passes the role check and gets a 404, nothing merges.
      'merge a duplicate household',
      `/api/households/${id.HY}/merge-into`,
      { survivorId: '00000000-0000-4000-8000-00000000dead', reason: 'Đăng ký trùng' },
      ['supervisor'],
    ],
  ];

  it('answers 403 exactly where the role or scope forbids, for every command endpoint', async () => {
    const wrong: string[] = [];
    for (const [what, path, body, allowed] of rows()) {
      for (const role of ALL) {
        const r = await as[role]!.post(path, body);
        const refused = r.status === 403;
        if (r.status >= 500 || r.status === 401 || refused === allowed.includes(role))
          wrong.push(`${what} as ${role}: ${r.status} ${r.body?.code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps scoped roles to their own records in lists and detail pages', async () => {
    await h.settle();
    const staffPairings = (await as.staff!.get('/api/pairings')).body.items.map((p: { id: string }) => p.id);
    expect(staffPairings).toEqual([id.PA]);
    expect((await as.staff!.get(`/api/pairings/${id.PB}`)).status).toBe(403);
    expect(
      (await as.staff!.get('/api/activities')).body.items.every(
        (a: { organizationId: string }) => a.organizationId === id.A,
      ),
    ).toBe(true);
    expect((await as.staff!.get('/api/commitments')).body.items.map((c: { id: string }) => c.id)).not.toContain(id.CY);
    const officerHouseholds = (await as.officer!.get('/api/households')).body.items.map(
      (x: { communeId: string }) => x.communeId,
    );
    expect(new Set(officerHouseholds)).toEqual(new Set([id.X]));
    expect((await as.officer!.get(`/api/households/${id.HY}`)).status).toBe(403);
    expect((await as.officer!.get(`/api/households/${id.HX}/timeline`)).status).toBe(200);
    expect((await as.supervisor!.get(`/api/households/${id.HY}`)).status).toBe(200);
  });
});
