import { CommandPipeline } from '@kn/platform';
import { UserAudit, UsersService } from '@kn/identity';
import { PersonalDataVault } from '@kn/households';
import { castOf, createDemoUsers, hasNoBusinessData, seedDemo, type DemoReport, type DemoUser } from '@kn/demo';
import { vietnamDate } from '@kn/shared';
import { client, startApi, type Harness } from '../support/api-harness.js';

const HOUSEHOLDS = 600;

/** The demo province loaded through the real pipeline into a fresh store, read back through the API. */
describe('demo province (e2e)', () => {
  let h: Harness;
  let report: DemoReport;
  let users: DemoUser[];

  beforeAll(async () => {
    h = await startApi();
    expect(await hasNoBusinessData(h.infra.store)).toBe(true);
    users = await createDemoUsers(h.app.get(UsersService), h.app.get(UserAudit), 2013);
    report = await seedDemo(
      { pipeline: h.app.get(CommandPipeline), vault: h.app.get(PersonalDataVault), cast: castOf(users.map((u) => u.actor)) },
      { seed: 2013, households: HOUSEHOLDS, today: vietnamDate(new Date()) },
    );
    // The read models catch up on tens of thousands of events: wait in rounds.
    for (let round = 0; ; round++) {
      try {
        await h.settle();
        break;
      } catch (e) {
        if (round > 20) throw e;
      }
    }
  }, 600_000);
  afterAll(() => h?.close());

  it('wrote the story and the store is no longer empty', async () => {
    expect(report.events).toBeGreaterThan(HOUSEHOLDS * 10);
    expect(await hasNoBusinessData(h.infra.store)).toBe(false);
  });

  it('coverage is below 100 % and lists the unpaired target commune', async () => {
    const r = await h.admin.get('/api/coverage');
    expect(r.status).toBe(200);
    expect(r.body.percent).toBeLessThan(100);
    expect(r.body.percent).toBeGreaterThan(80);
    expect(r.body.unpaired.map((u: { name: string }) => u.name)).toEqual(['Suối Kiết']);
    const y2014 = await h.admin.get('/api/coverage?year=2014');
    expect(y2014.body.pairedCommunes).toBeLessThan(y2014.body.targetCommunes);
  });

  it('lists the households, each reviewed, with poverty dynamics for the years', async () => {
    const r = await h.admin.get('/api/households?limit=5');
    expect(r.body.total).toBe(HOUSEHOLDS);
    const dynamics = await h.admin.get('/api/poverty-dynamics?year=2023');
    expect(dynamics.status).toBe(200);
    expect(dynamics.body.items.length).toBeGreaterThan(5);
    const sum = (key: string) => dynamics.body.items.reduce((s: number, row: Record<string, { total?: number } | number>) => s + figure(row, key), 0);
    expect(sum('exitedPoverty')).toBeGreaterThan(0);
  });

  it('has activities of every kind and projects in every status', async () => {
    for (const kind of ['visit', 'gift', 'exchange', 'outreach', 'immersion_stay', 'study_tour', 'volunteer_work']) {
      expect((await h.admin.get(`/api/activities?kind=${kind}&limit=1`)).body.total).toBeGreaterThan(0);
    }
    for (const status of ['proposed', 'approved', 'in_progress', 'completed', 'handed_over', 'cancelled']) {
      expect((await h.admin.get(`/api/projects?status=${status}&limit=1`)).body.total).toBeGreaterThan(0);
    }
  });

  it('has commitments open, overdue, fulfilled and cancelled', async () => {
    for (const status of ['open', 'overdue', 'fulfilled', 'cancelled']) {
      expect((await h.admin.get(`/api/commitments?status=${status}&limit=1`)).body.total).toBeGreaterThan(0);
    }
  });

  it('ends the districts and merges communes on 2025-07-01', async () => {
    expect((await h.admin.get('/api/admin-units?kind=district&status=dissolved&limit=50')).body.total).toBe(10);
    expect((await h.admin.get('/api/admin-units?kind=commune&status=merged&limit=1')).body.total).toBeGreaterThan(40);
  });

  it('gives every role a demo user who can sign in', async () => {
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['supervisor', 'staff', 'commune_officer', 'auditor']));
    const auditor = users.find((u) => u.role === 'auditor') as DemoUser;
    const login = await client(h.baseUrl, null).post('/api/auth/login', { username: auditor.username, password: auditor.password });
    expect(login.status).toBe(200);
  });

  it('keeps the audit chain intact', async () => {
    const r = await h.admin.get('/api/audit/verify');
    expect(r.body.ok).toBe(true);
    expect(r.body.checked).toBeGreaterThanOrEqual(report.events);
  });
});

function figure(row: Record<string, unknown>, key: string): number {
  const poor = row['poor'] as Record<string, unknown> | undefined;
  const v = (poor?.[key] ?? row[key]) as { total?: number } | number | undefined;
  return typeof v === 'number' ? v : v?.total ?? 0;
}
