import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresEventStore } from '@kn/event-store';
import { PgKeyStore } from '@kn/households';
import { rebuildReadModels } from '@kn/platform';
import { factSums } from '@kn/dashboard';
import { startApi, type Harness } from '../../test/support/api-harness.js';
import { checkEveryFigure } from '../../test/support/figure-provenance.js';
import { projectionsAll } from '../../apps/api/src/contexts.js';
import { importDemo, SYSTEM_CAST } from './index.js';

const HOUSEHOLDS = 200;

/** The scale generator at a small scale (CI proves it works; `npm run bench:scale` measures it). */
describe('demo province imported at story time (bulk import path)', () => {
  let api: Harness;
  let report: Awaited<ReturnType<typeof importDemo>>;
  beforeAll(async () => {
    api = await startApi({ projections: false });
    const store = api.infra.store as PostgresEventStore;
    report = await importDemo(
      {
        log: store.logImport(),
        keys: new PgKeyStore(api.infra.dataSource, api.infra.personalDataKey),
        cast: SYSTEM_CAST,
      },
      {
        seed: 2013,
        households: HOUSEHOLDS,
        today: '2026-11-26',
        spillDir: mkdtempSync(join(tmpdir(), 'kn-import-')),
        chunk: 700,
      },
    );
  }, 300_000);
  afterAll(async () => {
    await api?.close();
  });

  it('writes a valid chain whose log order follows the recorded times of the story', async () => {
    const db = api.infra.dataSource;
    const [{ n }] = await db.query(`select count(*)::int as n from event_store.events where category <> 'user'`);
    expect(n).toBe(report.events);
    expect(report.events).toBeGreaterThan(HOUSEHOLDS * 10);
    await api.infra.store.seal();
    expect(await api.infra.store.verify()).toMatchObject({ ok: true, firstBroken: null });
    const [{ backwards }] = await db.query(`select count(*)::int as backwards from (
      select recorded_at < lag(recorded_at) over (order by tx_id, position) as back from event_store.events where category <> 'user') x where back`);
    expect(backwards).toBe(0);
    const [span] = await db.query(
      `select min(recorded_at) as first, max(recorded_at) as last from event_store.events where category = 'household'`,
    );
    expect(new Date(span.first).getUTCFullYear()).toBe(2013);
    expect(new Date(span.last).getUTCFullYear()).toBeGreaterThanOrEqual(2025);
    const [{ keys }] = await db.query(`select count(*)::int as keys from app.personal_data_keys`);
    expect(keys).toBe(HOUSEHOLDS);
  }, 120_000);

  it('rebuilds the read models from it, and the dashboard as of a past instant shows what was recorded then', async () => {
    const result = await rebuildReadModels(api.infra.dataSource, api.infra.store, projectionsAll(api.infra));
    expect(result.applied).toBeGreaterThanOrEqual(report.events);
    const [{ households }] = await api.infra.dataSource.query(
      `select count(*)::int as households from household_register`,
    );
    expect(households).toBe(HOUSEHOLDS);
    const live = await api.admin.get('/api/dashboard?year=2015');
    const midYear = await api.admin.get(`/api/dashboard?year=2015&asOf=${encodeURIComponent('2015-07-01T00:00:00Z')}`);
    expect([live.status, midYear.status]).toEqual([200, 200]);
    expect(live.body.activities.total).toBeGreaterThan(midYear.body.activities.total);
    expect(midYear.body.activities.total).toBeGreaterThan(0);
    const before = await api.admin.get(`/api/dashboard?year=2015&asOf=${encodeURIComponent('2013-01-01T00:00:00Z')}`);
    expect(before.body.activities.total).toBe(0);
  }, 300_000);

  it('rebuilds the same read models when it can hold only a few documents at a time (the least recently touched are written and forgotten)', async () => {
    const snapshot = async () => {
      const tables: { name: string }[] = await api.infra.dataSource.query(
        // Every read model but the checkpoints (they hold when they were written).
        `select table_name as name from information_schema.tables
          where table_schema = 'rm' and table_name <> 'projection_checkpoints' order by 1`,
      );
      const out: Record<string, string> = {};
      for (const { name } of tables) {
        const [{ hash }] = await api.infra.dataSource.query(
          `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from rm.${name} t`,
        );
        out[name] = hash;
      }
      return out;
    };
    const holdingAll = await snapshot();
    process.env.KN_REBUILD_HELD = '40';
    try {
      await rebuildReadModels(api.infra.dataSource, api.infra.store, projectionsAll(api.infra));
    } finally {
      delete process.env.KN_REBUILD_HELD;
    }
    const holdingFew = await snapshot();
    expect(Object.keys(holdingAll).length).toBeGreaterThan(10);
    expect(holdingFew).toEqual(holdingAll);
  }, 300_000);

  it('sums a year as of an instant alike from either side of its checkpoint: the ledger up to it, or the totals less the rows after it', async () => {
    for (const instant of ['2015-03-01', '2015-09-01', '2016-02-01', '2020-06-30']) {
      const upTo = await api.infra.store.checkpointAt(new Date(`${instant}T00:00:00Z`));
      const sorted = async (upToDay: string) =>
        (await factSums(api.infra.dataSource, 2015, { upTo, upToDay, datesAgainst: '2015-12-31' })).sort(
          (a, b) =>
            a.metric.localeCompare(b.metric) ||
            a.communeId.localeCompare(b.communeId) ||
            a.dim1.localeCompare(b.dim1) ||
            a.dim2.localeCompare(b.dim2),
        );
      const fromStart = await sorted('2015-01-01');
      const fromEnd = await sorted('2015-12-31');
      expect(fromStart.length).toBeGreaterThan(5);
      expect(fromEnd).toEqual(fromStart);
    }
  }, 120_000);

  it('traces every dashboard figure of the demo to its entities: the items add up, live and as of an earlier instant (issue 17)', async () => {
    for (const [year, asOf] of [
      [2015, '2016-03-01T00:00:00Z'],
      [2015, null],
      [2024, '2025-01-15T00:00:00Z'],
      [2025, null],
    ] as const) {
      const { traced, mismatches } = await checkEveryFigure(api.admin, year, asOf);
      expect({ year, asOf, mismatches }).toEqual({ year, asOf, mismatches: [] });
      expect(traced).toBeGreaterThan(15);
    }
  }, 300_000);
});
