/**
 * System benchmark — not a test. Every figure beside a baseline measured in the same run:
 *   - HTTP: the command mix (record an activity on a pairing, review a household — each loads
 *     and folds its stream and appends with If-Match) and the cheapest command (a new
 *     organisation) against a bare endpoint doing one prepared INSERT through the store's own
 *     pool, and one doing nothing; the load from a separate process; only 2xx count and any
 *     failure fails the case; warm-up, then alternating rounds, verdicts by the median;
 *   - projection rebuild events/s against a raw ordered read of the log.
 *
 *   npm run bench                                   # embedded PostgreSQL 18 in a temp dir (or DATABASE_URL)
 *   BENCH_ROUNDS=7 BENCH_SECONDS=8 BENCH_HOUSEHOLDS=50000 npm run bench
 *
 * Latency at scale (dashboards, as-of, reports, read-your-writes): `npm run bench:scale`.
 */
import { loadavg } from 'node:os';
import { ProjectionRunner } from '../../libs/platform/index.js';
import { describeMachine, median, mb } from './bench-support.js';
import {
  importProvince,
  loadProcess,
  peakRss,
  rawOrderedRead,
  rebuild,
  startBenchApp,
  startRunners,
  type BenchApp,
} from './bench-app.js';
import { BenchModule } from './bench-endpoints.js';
import type { LoadJob, LoadResult } from './load-worker.js';

const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const SECONDS = Math.max(5, Number(process.env.BENCH_SECONDS ?? 5));
const CONNECTIONS = 32;
// Each review takes a household not yet reviewed this year: 5,000 ran out after two rounds on a quiet machine.
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);

type Case = 'noop' | 'insert' | 'organization' | 'mix';
const LABELS: Record<Case, string> = {
  noop: 'bare endpoint (nothing)',
  insert: 'bare endpoint (one prepared INSERT, same pool)',
  organization: 'cheapest command: POST /api/organizations',
  mix: 'command mix: activity + household review (If-Match)',
};

async function main(): Promise<void> {
  const b = await startBenchApp([BenchModule]);
  try {
    await b.store.pool.query(
      `create table public.bench_rows (id bigint generated always as identity primary key, data jsonb not null, recorded_at timestamptz not null default now())`,
    );
    console.log(await describeMachine(b.store.pool, b.db.embedded));
    const imported = await importProvince(b, HOUSEHOLDS);
    console.log(
      `demo province: ${HOUSEHOLDS} households, ${imported.events} events imported at story time in ${(imported.generateSeconds + imported.insertSeconds).toFixed(1)} s`,
    );
    await projectionRebuild(b);
    await startRunners(b);
    await http(b);
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await b.close();
  }
}

async function projectionRebuild(b: BenchApp): Promise<void> {
  const raw = await rawOrderedRead(b);
  const { value: r, peakMb } = await peakRss(() => rebuild(b));
  const rate = r.applied / r.seconds;
  console.log(
    `projection rebuild: ${Math.round(rate)} events/s over ${r.applied} events; raw ordered read ${Math.round(raw)} rows/s; ratio ${(rate / raw).toFixed(2)} ` +
      `(target ≥ 0.30: ${rate >= 0.3 * raw ? 'met' : 'MISSED'}); peak RSS ${peakMb} MB`,
  );
  console.log(
    `  replay ${(r.timings.replay / 1000).toFixed(1)} s, durable + indexes ${(r.timings.finish / 1000).toFixed(1)} s, switch ${(r.timings.switch / 1000).toFixed(1)} s; ` +
      `busy per projection (s): ${Object.entries(r.timings.projections)
        .sort((x, y) => y[1] - x[1])
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
        .join(', ')}\n`,
  );
}

async function http(b: BenchApp): Promise<void> {
  const [{ active }] = await b.infra.dataSource.query(
    `select count(*)::int as active from pairings where status = 'active'`,
  );
  const households: { id: string; revision: string }[] = await b.infra.dataSource.query(
    `select id, revision from household_register where not erased and coalesce((doc->'latestAssessment'->>'reviewYear')::int, 0) < extract(year from now()) order by md5(id)`,
  );
  let usedHouseholds = 0;
  const body = JSON.stringify({ name: 'Hội Nông dân tỉnh Bình Thuận', kind: 'mass_organization', shortName: 'HND' });
  const job = async (c: Case, seconds: number): Promise<LoadResult> => {
    const base: LoadJob = { base: b.base, token: b.token, seconds, connections: CONNECTIONS, kind: 'post' };
    if (c === 'mix') {
      // Each activity moves its pairing's revision: read them again, caught up, before each run.
      await b.app.get(ProjectionRunner).caughtUp();
      const fresh: { id: string; revision: string }[] = await b.infra.dataSource.query(
        `select id, revision from pairings where status = 'active' order by id`,
      );
      const r = await loadProcess({
        ...base,
        kind: 'mix',
        pairings: fresh.map((p) => ({ id: p.id, revision: Number(p.revision) })),
        households: households.slice(usedHouseholds).map((h) => ({ id: h.id, revision: Number(h.revision) })),
      });
      usedHouseholds += r.usedHouseholds;
      return r;
    }
    const path = c === 'noop' ? '/bench/noop' : c === 'insert' ? '/bench/insert' : '/api/organizations';
    return loadProcess({ ...base, path, body, token: c === 'organization' ? b.token : undefined });
  };
  if (active < CONNECTIONS)
    console.log(
      `note: ${active} active pairings for ${CONNECTIONS} connections (some share a pairing: If-Match conflicts possible)`,
    );
  const cases: Case[] = ['noop', 'insert', 'organization', 'mix'];
  for (const c of cases) await job(c, 2); // warm-up
  const rounds: Record<Case, LoadResult[]> = { noop: [], insert: [], organization: [], mix: [] };
  let rss = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate the order so no case always runs right after another.
    for (const c of [...cases.slice(r % cases.length), ...cases.slice(0, r % cases.length)]) {
      const result = await job(c, SECONDS);
      rss = Math.max(rss, process.memoryUsage().rss);
      if (result.failed)
        throw new Error(
          `${LABELS[c]}: ${result.failed} requests failed (${result.ok} ok): ${result.failures.join('; ')}`,
        );
      rounds[c].push(result);
    }
    process.stderr.write(
      `  round ${r + 1}: ${cases.map((c) => `${c} ${Math.round(rounds[c][r].rps)}/s`).join(', ')}\n`,
    );
  }
  console.log(
    `\nHTTP, ${CONNECTIONS} connections from a separate load process, ${ROUNDS} rotating rounds of ${SECONDS} s after 2 s of warm-up each; only 2xx counted, none failed`,
  );
  console.log(
    '| case | req/s (median) | p50 ms | p99 ms (median of rounds) | / bare INSERT (median of per-round ratios) |',
  );
  console.log('|---|---:|---:|---:|---:|');
  const ratio = (c: Case) => median(rounds[c].map((x, i) => x.rps / rounds.insert[i].rps));
  for (const c of cases) {
    const rs = rounds[c];
    console.log(
      `| ${LABELS[c]} | ${Math.round(median(rs.map((x) => x.rps)))} | ${median(rs.map((x) => x.p50)).toFixed(1)} | ${median(rs.map((x) => x.p99)).toFixed(1)} | ${ratio(c).toFixed(2)} |`,
    );
  }
  const p99 = median(rounds.mix.map((x) => x.p99));
  console.log(
    `\ncommand mix / bare INSERT: ${ratio('mix').toFixed(2)} at p99 ${p99.toFixed(1)} ms — target ≥ 0.60 at p99 < 50 ms: ${ratio('mix') >= 0.6 && p99 < 50 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `cheapest command / bare INSERT: ${ratio('organization').toFixed(2)} at p99 ${median(rounds.organization.map((x) => x.p99)).toFixed(1)} ms`,
  );
  console.log(
    `API process RSS under the HTTP load: max ${mb(rss)} MB; load process ${rounds.mix[0].workerRssMb ?? '?'} MB`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
