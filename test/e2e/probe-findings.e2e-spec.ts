import { randomUUID } from 'node:crypto';
import { startApi, type ApiResponse, type Client, type Harness } from '../support/api-harness.js';

/**
 * Issue 12: each finding of the probe of the running API, as a test named for it. Each failed on
 * the code the probe ran against and passes now.
 */
describe('issue 12: the probe findings', () => {
  let h: Harness;
  const id: Record<string, string> = {};
  let staffA: Client;
  let officerX: Client;

  const commune = (name: string, code: string, extra: Record<string, unknown> = {}) => ({
    kind: 'commune',
    name,
    code,
    parentId: null,
    classifications: ['ethnic_minority_commune'],
    establishedOn: '2013-01-01',
    ...extra,
  });
  const household = (communeId: string, extra: Record<string, unknown> = {}) => ({
    communeId,
    villageId: null,
    code: `HN-${randomUUID().slice(0, 6)}`,
    head: { fullName: 'Ka Thị Hoa', birthYear: 1980, gender: 'female', idNumber: '060180000001' },
    ethnicity: 'Raglai',
    memberCount: 4,
    area: 'rural',
    registeredOn: '2014-01-01',
    ...extra,
  });
  const commitment = (sponsor: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    sponsor,
    kind: 'livestock',
    description: 'Bò giống',
    valueVnd: 10_000_000,
    dueOn: '2030-06-30',
    ...extra,
  });
  const activity = (extra: Record<string, unknown> = {}) => ({
    kind: 'visit',
    occurredOn: '2015-02-10',
    initiator: 'organization',
    locationName: 'Xã',
    participants: { organizationMembers: 1, residents: 1 },
    summary: 'Thăm',
    resources: [],
    ...extra,
  });
  const created = async (p: Promise<{ status: number; body: { id: string } }>) => {
    const r = await p;
    if (r.status !== 201 && r.status !== 200) throw new Error(`setup failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  };
  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);
  /** The answer is a refusal of this status and code, and nothing was appended. */
  const refused = async (send: () => Promise<ApiResponse>, status: number, code?: string): Promise<ApiResponse> => {
    const before = await eventCount();
    const r = await send();
    expect({ status: r.status, code: r.body?.code }).toEqual({ status, code: code ?? r.body?.code });
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(await eventCount()).toBe(before);
    return r;
  };

  beforeAll(async () => {
    h = await startApi();
    const a = h.admin;
    id.X = await created(a.post('/api/admin-units', commune('Phan Sơn', 'X')));
    id.Y = await created(a.post('/api/admin-units', commune('Phan Lâm', 'Y')));
    id.VX = await created(
      a.post('/api/admin-units', {
        kind: 'village',
        name: 'Thôn 1',
        code: 'X1',
        parentId: id.X,
        classifications: [],
        establishedOn: '2013-01-01',
      }),
    );
    id.A = await created(a.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' }));
    id.B = await created(a.post('/api/organizations', { name: 'Công an tỉnh', kind: 'police' }));
    id.PA = await created(
      a.post('/api/pairings', {
        organizationId: id.A,
        adminUnitId: id.X,
        establishedOn: '2013-08-15',
        decisionRef: 'QĐ-1',
      }),
    );
    id.PB = await created(
      a.post('/api/pairings', {
        organizationId: id.B,
        adminUnitId: id.Y,
        establishedOn: '2013-08-15',
        decisionRef: 'QĐ-2',
      }),
    );
    id.HX = await created(a.post('/api/households', household(id.X)));
    id.HY = await created(a.post('/api/households', household(id.Y)));
    id.JA = await created(
      a.post('/api/projects', {
        adminUnitId: id.X,
        pairingId: id.PA,
        category: 'school',
        title: 'Trường',
        plannedBudgetVnd: 100_000_000,
        plannedStartOn: '2015-01-01',
        plannedEndOn: '2015-12-31',
      }),
    );
    staffA = await h.userWith('staff', { organizationId: id.A });
    officerX = await h.userWith('commune_officer', { communeId: id.X });
    await h.settle();
  }, 120_000);
  afterAll(async () => h?.close());

  describe('High', () => {
    it('finding 1: staff cannot widen their read scope by sponsoring a household of a commune their organisation is not paired with', async () => {
      await refused(
        () => staffA.post(`/api/households/${id.HY}/commitments`, commitment({ organizationId: id.A })),
        403,
        'forbidden_scope',
      );
      await h.settle();
      expect((await staffA.get(`/api/households/${id.HY}`)).status).toBe(403);
      const list = await staffA.get('/api/households?limit=200');
      expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([id.HX]);
    }, 120_000);

    it('finding 1: a household is visible to an organisation through a pairing, and no longer once it ends', async () => {
      const C = await created(h.admin.post('/api/admin-units', commune('Phan Hòa', 'Z')));
      const HZ = await created(h.admin.post('/api/households', household(C)));
      expect((await staffA.get(`/api/households/${HZ}`)).status).toBe(403);
      const P = await created(
        h.admin.post('/api/pairings', {
          organizationId: id.A,
          adminUnitId: C,
          establishedOn: '2014-01-01',
          decisionRef: 'QĐ-9',
        }),
      );
      await h.settle();
      expect((await staffA.get(`/api/households/${HZ}`)).status).toBe(200);
      expect(
        (await staffA.get('/api/households?limit=200')).body.items.map((x: { id: string }) => x.id).sort(),
      ).toEqual([id.HX, HZ].sort());
      expect((await h.admin.post(`/api/pairings/${P}/end`, { endedOn: '2020-01-01', reason: 'Hết hạn' })).status).toBe(
        200,
      );
      expect((await staffA.get(`/api/households/${HZ}`)).status).toBe(403);
    }, 120_000);

    it('finding 2: a commune officer cannot credit a commitment to an organisation not paired with the commune', async () => {
      const r = await refused(
        () => officerX.post(`/api/households/${id.HX}/commitments`, commitment({ organizationId: id.B })),
        409,
        'commitment.sponsor_must_be_paired_with_commune',
      );
      expect(r.body.errors[0].field).toBe('sponsor.organizationId');
      // Staff of B gain nothing on that household.
      const staffB = await h.userWith('staff', { organizationId: id.B });
      expect((await staffB.get(`/api/households/${id.HX}`)).status).toBe(403);
      // The paired organisation may be credited; so may a named person.
      expect(
        (await officerX.post(`/api/households/${id.HX}/commitments`, commitment({ organizationId: id.A }))).status,
      ).toBe(200);
      expect(
        (await officerX.post(`/api/households/${id.HX}/commitments`, commitment({ individualName: 'Nguyễn Văn B' })))
          .status,
      ).toBe(200);
    }, 120_000);

    it('finding 2: staff sponsor only as their own organisation, even on a commune both are paired with', async () => {
      await created(
        h.admin.post('/api/pairings', {
          organizationId: id.B,
          adminUnitId: id.X,
          establishedOn: '2014-01-01',
          decisionRef: 'QĐ-3',
        }),
      );
      const r = await refused(
        () => staffA.post(`/api/households/${id.HX}/commitments`, commitment({ organizationId: id.B })),
        403,
        'forbidden_reference',
      );
      expect(r.body.errors[0].field).toBe('sponsor.organizationId');
      expect(
        (await staffA.post(`/api/households/${id.HX}/commitments`, commitment({ organizationId: id.A }))).status,
      ).toBe(200);
    }, 120_000);
  });

  describe('Medium', () => {
    it('finding 6: staff of A cannot pledge project funding in the name of organisation B', async () => {
      const pledge = { kind: 'pledged', source: 'social_mobilization', amountVnd: 1_000_000, on: '2015-01-06' };
      const r = await refused(
        () => staffA.post(`/api/projects/${id.JA}/funding`, { ...pledge, sponsorOrganizationId: id.B }),
        403,
        'forbidden_reference',
      );
      expect(r.body.errors[0].field).toBe('sponsorOrganizationId');
      expect(
        (await staffA.post(`/api/projects/${id.JA}/funding`, { ...pledge, sponsorOrganizationId: id.A })).status,
      ).toBe(200);
      expect(
        (await h.admin.post(`/api/projects/${id.JA}/funding`, { ...pledge, sponsorOrganizationId: id.B })).status,
      ).toBe(200);
    }, 120_000);

    it("finding 7: an activity's location, beneficiaries and hosts lie in the pairing's commune", async () => {
      const rule = (field: string, code: string) => ({ field, code });
      let r = await refused(
        () =>
          staffA.post(`/api/pairings/${id.PA}/activities`, activity({ locationAdminUnitId: id.Y, locationName: null })),
        409,
        'activity.location_in_pairing_commune',
      );
      expect(rule(r.body.errors[0].field, r.body.code)).toEqual(
        rule('locationAdminUnitId', 'activity.location_in_pairing_commune'),
      );
      r = await refused(
        () => staffA.post(`/api/pairings/${id.PA}/activities`, activity({ beneficiaryHouseholdIds: [id.HX, id.HY] })),
        409,
        'activity.households_in_pairing_commune',
      );
      expect(r.body.errors[0].field).toBe('beneficiaryHouseholdIds');
      await refused(
        () =>
          staffA.post(
            `/api/pairings/${id.PA}/activities`,
            activity({ kind: 'immersion_stay', nights: 2, hostHouseholdIds: [id.HY] }),
          ),
        409,
        'activity.households_in_pairing_commune',
      );
      await refused(
        () => h.admin.post(`/api/pairings/${id.PA}/activities`, activity({ beneficiaryHouseholdIds: [randomUUID()] })),
        409,
        'activity.households_in_pairing_commune',
      );
      // Inside the commune (the commune itself, a village of it, its own households) is fine.
      const ok = await staffA.post(
        `/api/pairings/${id.PA}/activities`,
        activity({ locationAdminUnitId: id.VX, locationName: null, beneficiaryHouseholdIds: [id.HX] }),
      );
      expect(ok.status).toBe(200);
      // A correction cannot move it out either.
      await refused(
        () =>
          staffA.post(`/api/pairings/${id.PA}/activities/${ok.body.id}/corrections`, {
            changes: { beneficiaryHouseholdIds: [id.HY] },
            reason: 'Sửa',
          }),
        409,
        'activity.households_in_pairing_commune',
      );
    }, 120_000);

    it('finding 7: a commune officer cannot move a household into another commune; a supervisor can', async () => {
      const HX2 = await created(h.admin.post('/api/households', household(id.X)));
      const r = await refused(
        () =>
          officerX.post(`/api/households/${HX2}/move`, { toCommuneId: id.Y, toVillageId: null, movedOn: '2016-01-01' }),
        403,
        'forbidden_reference',
      );
      expect(r.body.errors[0].field).toBe('toCommuneId');
      expect(
        (
          await officerX.post(`/api/households/${HX2}/move`, {
            toCommuneId: id.X,
            toVillageId: id.VX,
            movedOn: '2016-01-01',
          })
        ).status,
      ).toBe(200);
      const supervisor = await h.userWith('supervisor');
      expect(
        (
          await supervisor.post(`/api/households/${HX2}/move`, {
            toCommuneId: id.Y,
            toVillageId: null,
            movedOn: '2016-02-01',
          })
        ).status,
      ).toBe(200);
    }, 120_000);
  });
  describe('Medium: the edge', () => {
    it('finding 3: dates far out of range (0000-01-01) are refused before they reach the log', async () => {
      let r = await refused(
        () => h.admin.post('/api/admin-units', commune('Xã Cổ', 'OLD', { establishedOn: '0000-01-01' })),
        400,
        'validation_failed',
      );
      expect(r.body.errors).toEqual([expect.objectContaining({ field: 'establishedOn', code: 'date_out_of_range' })]);
      r = await refused(
        () =>
          h.admin.post('/api/pairings', {
            organizationId: id.B,
            adminUnitId: id.X,
            establishedOn: '0000-01-01',
            decisionRef: 'QĐ-0',
          }),
        400,
        'validation_failed',
      );
      expect(r.body.errors[0].field).toBe('establishedOn');
      for (const date of ['1899-12-31', '10000-01-01', '+002024-01-01']) {
        await refused(
          () => h.admin.post('/api/admin-units', commune('Xã Cổ', 'OLD', { establishedOn: date })),
          400,
          'validation_failed',
        );
      }
      // Nothing parked on the read side: the log holds nothing the projections cannot store.
      await h.settle();
      expect((await h.admin.get('/health')).body.status).toBe('ok');
    }, 120_000);

    it('finding 4: NUL and unpaired surrogates in any text, and impossible dates in a query, are 400 — never 500', async () => {
      const nul = 'a\u0000b';
      const lone = 'a\ud800b';
      const cases: [string, () => Promise<ApiResponse>, string][] = [
        [
          'login username',
          () => h.anonymous.post('/api/auth/login', { username: nul, password: 'x'.repeat(12) }),
          'username',
        ],
        ['household code (NUL)', () => h.admin.post('/api/households', household(id.X, { code: nul })), 'code'],
        ['household code (surrogate)', () => h.admin.post('/api/households', household(id.X, { code: lone })), 'code'],
        [
          'organisation name (NUL)',
          () => h.admin.post('/api/organizations', { name: nul, kind: 'department' }),
          'name',
        ],
        [
          'organisation name (surrogate)',
          () => h.admin.post('/api/organizations', { name: lone, kind: 'department' }),
          'name',
        ],
        [
          'user display name',
          () =>
            h.admin.post('/api/users', {
              username: 'nul.user',
              displayName: nul,
              password: 'Một-mật-khẩu-dài-1',
              role: 'auditor',
            }),
          'displayName',
        ],
        [
          'cancel reason',
          () => h.admin.post(`/api/households/${id.HX}/commitments/${randomUUID()}/cancel`, { reason: nul }),
          'reason',
        ],
        [
          'activity summary',
          () => h.admin.post(`/api/pairings/${id.PA}/activities`, activity({ summary: nul })),
          'summary',
        ],
        ['admin-unit name', () => h.admin.post('/api/admin-units', commune(nul, 'NUL')), 'name'],
        [
          'a key of a free-form object',
          () =>
            h.admin.post(`/api/pairings/${id.PA}/activities/${randomUUID()}/corrections`, {
              changes: { [nul]: 1 },
              reason: 'x',
            }),
          `changes.${nul}`,
        ],
        ['audit query to=2023-02-30', () => h.admin.get('/api/audit/events?to=2023-02-30'), 'to'],
      ];
      for (const [what, send, field] of cases) {
        const r = await refused(send, 400, 'validation_failed');
        expect({ what, field: r.body.errors[0].field }).toEqual({ what, field });
      }
    }, 120_000);

    it('fuzz finding: a rule whose details name a status (dissolving a dissolved unit) is a 409, not a 500', async () => {
      const D = await created(h.admin.post('/api/admin-units', commune('Xã Giải Thể', 'DIS')));
      expect(
        (await h.admin.post(`/api/admin-units/${D}/dissolve`, { dissolvedOn: '2024-01-01', reason: 'Giải thể' }))
          .status,
      ).toBe(200);
      const again = await refused(
        () => h.admin.post(`/api/admin-units/${D}/dissolve`, { dissolvedOn: '2024-01-01', reason: 'Giải thể' }),
        409,
        'admin_unit.must_be_active',
      );
      expect(again.body.status).toBe(409);
    }, 120_000);

    it('finding 4: text is stored in NFC, whichever way it was typed', async () => {
      const decomposed = 'Hội Nông dân xã'.normalize('NFD');
      const r = await h.admin.post('/api/organizations', { name: decomposed, kind: 'mass_organization' });
      expect(r.status).toBe(201);
      const [event] = await h.infra.dataSource.query(`select data from event_store.events where stream_id = $1`, [
        r.body.streamId,
      ]);
      expect(event.data.name).toBe('Hội Nông dân xã'.normalize('NFC'));
      expect(event.data.name).not.toBe(decomposed);
    }, 120_000);
  });

  describe('Low: the edge', () => {
    it('low: registeredOn 0000-01-01, dueOn 9999-12-31, incomePerCapitaVnd -0, a sponsor with both an organisation and a name, asOf=2023-02-30 are refused', async () => {
      await refused(
        () => h.admin.post('/api/households', household(id.X, { registeredOn: '0000-01-01' })),
        400,
        'validation_failed',
      );
      await refused(
        () =>
          h.admin.post(
            `/api/households/${id.HX}/commitments`,
            commitment({ organizationId: id.A }, { dueOn: '9999-12-31' }),
          ),
        400,
        'validation_failed',
      );
      const raw = '{"reviewYear": 2015, "assessedOn": "2015-11-15", "incomePerCapitaVnd": -0, "deprivations": []}';
      await refused(
        () =>
          h.admin.raw(`/api/households/${id.HX}/assessments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: raw,
          }),
        400,
        'validation_failed',
      );
      const both = await refused(
        () => h.admin.post(`/api/households/${id.HX}/commitments`, commitment({ organizationId: null })),
        400,
        'validation_failed',
      );
      expect(both.body.errors.map((e: { field: string }) => e.field)).toContain('sponsor.organizationId');
      await refused(() => h.admin.get(`/api/households/${id.HX}?asOf=2023-02-30`), 400);
      // A due date ten years ahead is still a plan, not a typo.
      expect(
        (
          await h.admin.post(
            `/api/households/${id.HX}/commitments`,
            commitment({ organizationId: id.A }, { dueOn: '2030-12-31' }),
          )
        ).status,
      ).toBe(200);
    }, 120_000);

    it('low: text/plain and form bodies are 415 problem+json; a 20 kB header is a 431 problem+json', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const r = await refused(
          () =>
            h.admin.raw('/api/organizations', {
              method: 'POST',
              headers: { 'content-type': type },
              body: 'name=x&kind=department',
            }),
          415,
          'unsupported_media_type',
        );
        expect(r.body.status).toBe(415);
      }
      const big = await h.anonymous.raw('/api/auth/me', {
        method: 'GET',
        headers: { 'x-padding': 'x'.repeat(20_000) },
      });
      expect(big.status).toBe(431);
      expect(big.headers.get('content-type')).toContain('application/problem+json');
      expect(big.body.code).toBe('request_header_fields_too_large');
    }, 120_000);
  });
  describe('identity', () => {
    const password = 'Một-mật-khẩu-dài-1';
    const login = (username: string, pw: string) => h.anonymous.post('/api/auth/login', { username, password: pw });

    it('finding 5: the last active admin can neither disable themselves nor change their own role', async () => {
      const me = (await h.admin.get('/api/auth/me')).body.userId;
      await refused(
        () => h.admin.post(`/api/users/${me}/disable`, { reason: 'thử' }),
        409,
        'user.last_active_admin_must_remain',
      );
      await refused(
        () => h.admin.post(`/api/users/${me}/role`, { role: 'auditor' }),
        409,
        'user.last_active_admin_must_remain',
      );
      expect((await h.admin.get('/api/auth/me')).status).toBe(200);
      // With a second active admin, the first may step down.
      const second = await h.admin.post('/api/users', {
        username: 'admin.two',
        displayName: 'Admin 2',
        password,
        role: 'admin',
      });
      expect(second.status).toBe(201);
      const other = await h.anonymous.post('/api/auth/login', { username: 'admin.two', password });
      const admin2 = {
        post: (path: string, body: unknown) =>
          h.anonymous.post(path, body, { authorization: `Bearer ${other.body.accessToken}` }),
      };
      expect((await admin2.post(`/api/users/${second.body.id}/disable`, {})).status).toBe(200);
    }, 120_000);

    it('low: a one-time password signs in once, allows nothing but choosing a new one, and is never replayed from the idempotency cache', async () => {
      const u = await h.admin.post('/api/users', {
        username: 'otp.user',
        displayName: 'OTP',
        password,
        role: 'auditor',
      });
      const key = { 'idempotency-key': `reset-${randomUUID()}` };
      const reset = await h.admin.post(`/api/users/${u.body.id}/reset-password`, undefined, key);
      const replay = await h.admin.post(`/api/users/${u.body.id}/reset-password`, undefined, key);
      expect(replay.headers.get('idempotent-replayed')).toBeNull();
      expect(replay.body.oneTimePassword).not.toBe(reset.body.oneTimePassword);
      expect((await login('otp.user', reset.body.oneTimePassword)).status).toBe(401); // the replay's reset replaced it
      const [{ n }] = await h.infra.dataSource.query(
        `select count(*)::int as n from app.idempotency_keys where body::text like $1`,
        [`%${replay.body.oneTimePassword}%`],
      );
      expect(n).toBe(0);
      const first = await login('otp.user', replay.body.oneTimePassword);
      expect([first.status, first.body.user.mustChangePassword]).toEqual([200, true]);
      const auth = { authorization: `Bearer ${first.body.accessToken}` };
      expect((await h.anonymous.get('/api/auth/me', auth)).status).toBe(200);
      const blocked = await h.anonymous.get('/api/audit/events', auth);
      expect([blocked.status, blocked.body.code]).toEqual([403, 'password_change_required']);
      expect((await login('otp.user', replay.body.oneTimePassword)).status).toBe(401); // single use
      expect(
        (
          await h.anonymous.post(
            '/api/auth/password',
            { currentPassword: replay.body.oneTimePassword, newPassword: 'Mật-khẩu-mới-của-tôi-7' },
            auth,
          )
        ).status,
      ).toBe(204);
      const after = await login('otp.user', 'Mật-khẩu-mới-của-tôi-7');
      expect([after.status, after.body.user.mustChangePassword]).toEqual([200, false]);
      expect(
        (await h.anonymous.get('/api/audit/events', { authorization: `Bearer ${after.body.accessToken}` })).status,
      ).toBe(200);
    }, 120_000);

    it("low: a user's organisation must exist and a commune officer's commune must be a commune", async () => {
      const user = (extra: Record<string, unknown>) => ({
        username: `ref.${randomUUID().slice(0, 6)}`,
        displayName: 'R',
        password,
        ...extra,
      });
      await refused(
        () => h.admin.post('/api/users', user({ role: 'staff', organizationId: randomUUID() })),
        404,
        'organization.not_found',
      );
      await refused(
        () => h.admin.post('/api/users', user({ role: 'staff', organizationId: id.X })),
        404,
        'organization.not_found',
      );
      const province = await created(
        h.admin.post('/api/admin-units', {
          kind: 'province',
          name: 'Bình Thuận',
          code: 'P60',
          parentId: null,
          classifications: [],
          establishedOn: '2013-01-01',
        }),
      );
      await refused(
        () => h.admin.post('/api/users', user({ role: 'commune_officer', communeId: province })),
        409,
        'user.commune_must_be_active_commune',
      );
      await refused(
        () => h.admin.post('/api/users', user({ role: 'commune_officer', communeId: randomUUID() })),
        404,
        'admin_unit.not_found',
      );
      const ok = await h.admin.post('/api/users', user({ role: 'commune_officer', communeId: id.X }));
      expect(ok.status).toBe(201);
      await refused(
        () => h.admin.post(`/api/users/${ok.body.id}/role`, { role: 'commune_officer', communeId: id.VX }),
        409,
        'user.commune_must_be_active_commune',
      );
    }, 120_000);

    it('low: Retry-After holds — refused sign-ins during a lock do not extend it', async () => {
      await h.admin.post('/api/users', { username: 'lock.user', displayName: 'L', password, role: 'auditor' });
      for (let i = 0; i < 5; i++) expect((await login('lock.user', `wrong-password-${i}`)).status).toBe(401);
      const first = await login('lock.user', password);
      expect(first.status).toBe(429);
      const announced = Number(first.headers.get('retry-after'));
      for (let i = 0; i < 8; i++) await login('lock.user', password);
      const later = await login('lock.user', password);
      expect(later.status).toBe(429);
      expect(Number(later.headers.get('retry-after'))).toBeLessThanOrEqual(announced);
    }, 120_000);
  });
  describe('Low: exposure', () => {
    it('low: authenticated API answers carry Cache-Control: no-store', async () => {
      for (const path of ['/api/households?limit=5', `/api/households/${id.HX}`, '/api/auth/me']) {
        expect((await h.admin.get(path)).headers.get('cache-control')).toBe('no-store');
      }
      expect(
        (await h.anonymous.post('/api/auth/login', { username: 'nobody', password: 'x'.repeat(12) })).headers.get(
          'cache-control',
        ),
      ).toBe('no-store');
    }, 120_000);

    it('low: /health detail and /metrics need an operator (admin, auditor or METRICS_TOKEN); bare liveness stays open', async () => {
      const bare = await h.anonymous.get('/health');
      expect(Object.keys(bare.body)).toEqual(['status']);
      expect((await officerX.get('/health')).body.checks).toBeUndefined();
      expect((await h.admin.get('/health')).body.checks.eventStore.head).toBeDefined();
      await refused(() => h.anonymous.get('/metrics'), 401, 'unauthenticated');
      await refused(() => officerX.get('/metrics'), 403, 'forbidden_role');
      const auditor = await h.userWith('auditor');
      expect((await auditor.get('/metrics')).status).toBe(200);
    }, 120_000);

    it('low: a commune officer reads figures of their own commune only: dashboard, dynamics and what-if', async () => {
      await refused(() => officerX.get(`/api/dashboard?year=2015&communeId=${id.Y}`), 403, 'forbidden_scope');
      expect((await officerX.get(`/api/dashboard?year=2015&communeId=${id.X}`)).status).toBe(200);
      await refused(() => officerX.get(`/api/poverty-dynamics?year=2015&communeId=${id.Y}`), 403, 'forbidden_scope');
      await refused(() => officerX.get('/api/poverty-dynamics?year=2015'), 403, 'forbidden_scope');
      expect((await officerX.get(`/api/poverty-dynamics?year=2015&communeId=${id.X}`)).status).toBe(200);
      await refused(
        () => officerX.get(`/api/poverty-standards/what-if?standard=QD59_2015&communeId=${id.Y}`),
        403,
        'forbidden_scope',
      );
      expect((await officerX.get(`/api/poverty-standards/what-if?standard=QD59_2015&communeId=${id.X}`)).status).toBe(
        200,
      );
      expect((await h.admin.get(`/api/poverty-dynamics?year=2015&communeId=${id.Y}`)).status).toBe(200);
    }, 120_000);

    it('low: metrics label a refused command with the status it was answered with', async () => {
      expect((await h.admin.post('/api/organizations', { name: 'x', kind: 'no-such-kind' })).status).toBe(400);
      const text = (await h.admin.get('/metrics')).body as string;
      expect(text).toMatch(/kn_command_duration_seconds_count\{command="RegisterOrganization",status="400"\} 1/);
    }, 120_000);
  });
});
