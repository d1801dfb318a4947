/**
 * The cost curve to national scale (issue 16) — a benchmark, not a test.
 *
 *   npm run bench:scale -- --households 50000
 *   BENCH_DATA_DIR=/tmp npm run bench:scale -- --households 200000 --sustain 30
 *
 * Writes the demo province scaled to N households through the store's bulk import path (story
 * time, valid chain), seals and verifies it, rebuilds every read model beside a raw ordered read,
 * then measures over HTTP with the load in a separate process: live and as-of dashboards and
 * household as-of (8 concurrent readers, ≥ 200 samples each, random years and instants, 200s
 * only), the annual report (its chain check starts from the last verified seal), the command
 * mix's maximum, and read-your-writes and projection lag under a sustained load at half of it.
 * Prints every figure with its target, and one JSON line for BENCHMARKS.md.
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { readCheckpoint, REBUILD_HELD } from '../../libs/platform/index.js';
import { compareCheckpoints, type LogCheckpoint } from '../../libs/event-store/index.js';
import { vietnamDate } from '../../libs/shared/index.js';
import { describeMachine, mb, percentile } from './bench-support.js';
import {
  caughtUp,
  importProvince,
  loadProcess,
  peakRss,
  postgresMemoryMb,
  projectorProcess,
  rawOrderedRead,
  rebuild,
  startBenchApp,
  startRunners,
  type BenchApp,
} from './bench-app.js';
import type { LoadResult } from './load-worker.js';

const { values: args } = parseArgs({
  options: {
    households: { type: 'string', default: process.env.BENCH_HOUSEHOLDS ?? '50000' },
    samples: { type: 'string', default: '200' },
    readers: { type: 'string', default: '8' },
    sustain: { type: 'string', default: '30' },
    // Stop after the rebuild and keep the app and its database up (to look at queries) until Ctrl-C.
    keep: { type: 'boolean', default: false },
  },
});
const HOUSEHOLDS = Number(args.households);
const SAMPLES = Number(args.samples);
const READERS = Number(args.readers);
const SUSTAIN = Number(args.sustain);
// A rebuild at this scale holds every household's documents (a quarter more for the other entities),
// up to 150,000 per projection (at 20,000 households, holding all took a peak heap of 1.7 GB;
// 150,000 fit the 20 GB heap); KN_REBUILD_HELD set by hand wins. The peak heap is printed.
process.env.KN_REBUILD_HELD ??= String(Math.max(REBUILD_HELD, Math.min(150_000, Math.ceil(HOUSEHOLDS * 1.25))));

const figures: Record<string, unknown> = { households: HOUSEHOLDS };
const log = (line: string) => console.log(line);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main(): Promise<void> {
  const b = await startBenchApp();
  try {
    log(await describeMachine(b.store.pool, b.db.embedded));
    log(`scale run: ${HOUSEHOLDS.toLocaleString('en-US')} households; data under ${b.db.dataDir ?? 'DATABASE_URL'}\n`);
    await load(b);
    await rebuildModels(b);
    await startRunners(b);
    if (args.keep) return await keepUp(b);
    await queries(b);
    await report(b, 'right after the import');
    await sustained(b, 'projections in the API process (npm start)', 'sustained');
    await report(b, 'after the sustained load');
    // The same load with projections, automations and the sealer in `npm run projector`'s own
    // process (PROJECTIONS_IN_PROCESS=false on the API): the API's thread keeps to HTTP.
    const projector = await projectorProcess(b);
    await sustained(b, 'projector in its own process (npm run projector)', 'sustainedProjectorProcess');
    figures.projectorProcessMb = projector.rssMb();
    log(`  projector process RSS ${figures.projectorProcessMb} MB`);
    await projector.stop();
    figures.postgresMb = postgresMemoryMb(b);
    log(
      `memory: PostgreSQL ${figures.postgresMb ?? '?'} MB (PSS of the server's processes); API process now ${mb(process.memoryUsage().rss)} MB`,
    );
    log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    log(`\nRESULT ${JSON.stringify(figures)}`);
  } finally {
    await b.close();
  }
}

async function load(b: BenchApp): Promise<void> {
  let last = 0;
  const { value: r, peakMb } = await peakRss(() =>
    importProvince(b, HOUSEHOLDS, (line) => {
      if (Date.now() - last > 10_000) {
        last = Date.now();
        process.stderr.write(`  ${line}\n`);
      }
    }),
  );
  const total = r.generateSeconds + r.insertSeconds;
  Object.assign(figures, {
    events: r.events,
    importSeconds: total,
    importRate: r.events / total,
    generateSeconds: r.generateSeconds,
    insertSeconds: r.insertSeconds,
    importPeakMb: peakMb,
  });
  log(
    `import: ${r.events.toLocaleString('en-US')} events in ${total.toFixed(1)} s = ${Math.round(r.events / total).toLocaleString('en-US')} events/s ` +
      `(decide, chain and spill ${r.generateSeconds.toFixed(1)} s; sort and insert ${r.insertSeconds.toFixed(1)} s); target ≥ 30,000/s: ${verdict(r.events / total >= 30_000)}; peak RSS ${peakMb} MB`,
  );
  const t0 = performance.now();
  await b.store.seal();
  const t1 = performance.now();
  const verified = await b.store.verify(undefined, { incremental: true });
  const t2 = performance.now();
  Object.assign(figures, { sealSeconds: (t1 - t0) / 1000, fullVerifySeconds: (t2 - t1) / 1000 });
  log(
    `seal ${((t1 - t0) / 1000).toFixed(1)} s; first verification of the whole chain ${((t2 - t1) / 1000).toFixed(1)} s: ${verified.ok ? 'ok' : 'BROKEN'} (${verified.checked} events)`,
  );
  if (!verified.ok) throw new Error('the imported chain does not verify');
}

async function rebuildModels(b: BenchApp): Promise<void> {
  const raw = await rawOrderedRead(b);
  // The import's story is garbage by now; collect it so the peak heap below is the rebuild's own.
  (globalThis as { gc?: () => void }).gc?.();
  const { value: r, peakMb, peakHeapMb } = await peakRss(() => rebuild(b));
  const rate = r.applied / r.seconds;
  Object.assign(figures, {
    rawReadRate: raw,
    rebuildSeconds: r.seconds,
    rebuildRate: rate,
    rebuildRatio: rate / raw,
    rebuildPeakMb: peakMb,
    rebuildPeakHeapMb: peakHeapMb,
    rebuildHeld: Number(process.env.KN_REBUILD_HELD),
    rebuildTimings: r.timings,
  });
  log(
    `rebuild: ${r.applied.toLocaleString('en-US')} events in ${r.seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString('en-US')}/s; raw ordered read ${Math.round(raw).toLocaleString('en-US')}/s; ` +
      `ratio ${(rate / raw).toFixed(2)} (target ≥ 0.30: ${verdict(rate >= 0.3 * raw)}); peak RSS ${peakMb} MB, peak heap ${peakHeapMb} MB ` +
      `holding up to ${Number(process.env.KN_REBUILD_HELD).toLocaleString('en-US')} documents per projection (KN_REBUILD_HELD)`,
  );
  log(
    `  replay ${(r.timings.replay / 1000).toFixed(1)} s, tables made durable and indexed ${(r.timings.finish / 1000).toFixed(1)} s, switch ${(r.timings.switch / 1000).toFixed(1)} s`,
  );
  log(
    `  busy per projection (s, overlapping): ${Object.entries(r.timings.projections)
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(', ')}`,
  );
}

/** Leaves the API and its database up, printing where they are, until the process is interrupted. */
async function keepUp(b: BenchApp): Promise<void> {
  log(`\nkept up until Ctrl-C: API ${b.base} (Bearer ${b.token})\ndatabase ${b.db.url}`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
}

/** GETs by READERS concurrent readers from the load process; every one must answer 200. */
async function readers(b: BenchApp, label: string, paths: string[], target: number, key: string): Promise<void> {
  const r = await loadProcess({
    base: b.base,
    token: b.token,
    kind: 'get',
    paths,
    connections: READERS,
    seconds: 3600,
  });
  if (r.failed) throw new Error(`${label}: ${r.failed} of ${paths.length} failed: ${r.failures.join('; ')}`);
  figures[key] = { p50: r.p50, p95: r.p95, samples: r.ok };
  log(
    `${label.padEnd(44)} p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  (${r.ok} × 200)  ${Number.isFinite(target) ? `target p95 < ${target} ms: ${verdict(r.p95 < target)}` : ''}`,
  );
}

async function queries(b: BenchApp): Promise<void> {
  const now = Date.now();
  const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
  const random = mulberry(16);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const years = Array.from({ length: thisYear - 2013 }, (_, i) => 2014 + i);
  const start = Date.parse('2013-06-01T00:00:00Z');
  log('');
  await readers(
    b,
    'floor: GET /api/dashboard/years (authenticated)',
    Array.from({ length: SAMPLES }, () => '/api/dashboard/years'),
    Infinity,
    'floor',
  );
  await readers(
    b,
    'dashboard, live (random year)',
    Array.from({ length: SAMPLES }, () => `/api/dashboard?year=${pick(years)}`),
    200,
    'dashboardLive',
  );
  await readers(
    b,
    'dashboard as of a random instant',
    Array.from({ length: SAMPLES }, () => {
      const at = new Date(start + random() * (now - start));
      return `/api/dashboard?year=${at.getUTCFullYear()}&asOf=${encodeURIComponent(at.toISOString())}`;
    }),
    2000,
    'dashboardAsOf',
  );
  const households: { id: string; registered_on: string }[] = await b.infra.dataSource.query(
    `select id, doc->>'registeredOn' as registered_on from household_register where not erased order by md5(id) limit $1`,
    [SAMPLES],
  );
  await readers(
    b,
    'household as of a random instant',
    households.map((h) => {
      const from = Date.parse(`${h.registered_on}T23:59:59Z`) + 86_400_000;
      return `/api/households/${h.id}?asOf=${encodeURIComponent(new Date(from + random() * (now - 3_600_000 - from)).toISOString())}`;
    }),
    50,
    'householdAsOf',
  );
}

const reports: { when: string; seconds: number; checked: number }[] = [];

async function report(b: BenchApp, when: string): Promise<void> {
  const year = Number(vietnamDate(new Date()).slice(0, 4)) - 1;
  const t = performance.now();
  const r = await fetch(`${b.base}/api/reports/annual?year=${year}`, {
    headers: { authorization: `Bearer ${b.token}` },
  });
  const body = (await r.json()) as { pinned?: { chainVerified: boolean; checkedEvents: number } };
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 200 || !body.pinned?.chainVerified)
    throw new Error(`annual report ${year}: ${r.status} ${JSON.stringify(body).slice(0, 300)}`);
  reports.push({ when, seconds, checked: body.pinned.checkedEvents });
  figures.annualReport = reports;
  log(
    `annual report ${year} (${when}): ${seconds.toFixed(1)} s, chain checked from the last verified seal: ${body.pinned.checkedEvents.toLocaleString('en-US')} events; target < 60 s: ${verdict(seconds < 60)}`,
  );
}

/** The command mix's maximum (closed loop), then half of it as a steady open-loop load. */
async function sustained(b: BenchApp, where: string, key: string): Promise<void> {
  const pairings: { id: string; revision: string }[] = await b.infra.dataSource.query(
    `select id, revision from pairings where status = 'active' order by id limit 64`,
  );
  const households: { id: string; revision: string }[] = await b.infra.dataSource.query(
    `select id, revision from household_register where not erased and coalesce((doc->'latestAssessment'->>'reviewYear')::int, 0) < $1 order by md5(id) limit 40000`,
    [Number(vietnamDate(new Date()).slice(0, 4))],
  );
  let used = 0;
  const job = (extra: Partial<Parameters<typeof loadProcess>[0]>) => ({
    base: b.base,
    token: b.token,
    kind: 'mix' as const,
    connections: 16,
    seconds: 5,
    pairings: pairings.map((p) => ({ id: p.id, revision: Number(p.revision) })),
    households: households.slice(used).map((h) => ({ id: h.id, revision: Number(h.revision) })),
    ...extra,
  });
  const check = (label: string, r: LoadResult) => {
    used += r.usedHouseholds;
    if (r.failed) throw new Error(`${label}: ${r.failed} requests failed: ${r.failures.join('; ')}`);
  };
  // Pairings change revision with every activity: read them again (caught up) before each run.
  const refresh = async () => {
    await caughtUp(b);
    const rows: { id: string; revision: string }[] = await b.infra.dataSource.query(
      `select id, revision from pairings where id = any($1)`,
      [pairings.map((p) => p.id)],
    );
    for (const p of pairings) p.revision = rows.find((r) => r.id === p.id)?.revision ?? p.revision;
  };
  await caughtUp(b);
  const max = await loadProcess(job({}));
  check('command mix, maximum', max);
  log(
    `\n${where}\ncommand mix (record an activity / review a household, If-Match), 16 connections closed loop: ${Math.round(max.rps)} req/s, p50 ${max.p50.toFixed(1)} ms, p99 ${max.p99.toFixed(1)} ms`,
  );
  await refresh();
  const rate = Math.max(1, Math.floor(max.rps / 2));
  const lag = sampleLag(b);
  const steady = await loadProcess(job({ rate, seconds: SUSTAIN, readYourWritesEvery: 2 }));
  const lags = await lag.stop();
  check('sustained load', steady);
  const ryw95 = percentile([...steady.readYourWrites], 95);
  const lag95 = percentile(lags, 95);
  Object.assign(figures, {
    [`${key}MixMax`]: { rps: max.rps, p50: max.p50, p99: max.p99 },
    [key]: {
      rate,
      seconds: SUSTAIN,
      rps: steady.rps,
      p99: steady.p99,
      rywP95: ryw95,
      rywSamples: steady.readYourWrites.length,
      lagP95: lag95,
      lagSamples: lags.length,
      workerRssMb: steady.workerRssMb,
    },
  });
  log(
    `sustained at ${rate} req/s for ${SUSTAIN} s: ${Math.round(steady.rps)} req/s answered, p99 ${steady.p99.toFixed(1)} ms`,
  );
  log(
    `  read-your-writes (review answered → household read model shows it) p95 ${ryw95.toFixed(1)} ms over ${steady.readYourWrites.length} samples; target < 100 ms: ${verdict(ryw95 < 100)}`,
  );
  log(
    `  projection lag (log head seen → read models include it) p95 ${lag95.toFixed(1)} ms over ${lags.length} samples; target < 1,000 ms: ${verdict(lag95 < 1000)}`,
  );
  log(`  load process RSS ${steady.workerRssMb} MB; API process RSS ${mb(process.memoryUsage().rss)} MB`);
}

/**
 * Every 100 ms: note the log's head, and how long until the stored projection checkpoint (written
 * with the read models, by whichever process runs them) includes it — polled every 10 ms.
 */
function sampleLag(b: BenchApp): { stop(): Promise<number[]> } {
  const lags: number[] = [];
  const waiting: { head: LogCheckpoint; t: number }[] = [];
  let sampling = true;
  const timer = setInterval(() => {
    const t = performance.now();
    void b.store.head().then((head) => {
      if (head.position) waiting.push({ head, t });
    });
  }, 100);
  const poller = (async () => {
    // After the load: until the last samples are in, or 30 s.
    let stoppedAt = 0;
    for (;;) {
      if (!sampling) {
        stoppedAt ||= performance.now();
        if (!waiting.length || performance.now() - stoppedAt > 30_000) return;
      }
      const at = await readCheckpoint(b.infra.dataSource.manager);
      const now = performance.now();
      for (let i = waiting.length - 1; i >= 0; i--)
        if (compareCheckpoints(at, waiting[i].head) >= 0) lags.push(now - waiting.splice(i, 1)[0].t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      clearInterval(timer);
      sampling = false;
      await poller;
      return lags;
    },
  };
}

function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
