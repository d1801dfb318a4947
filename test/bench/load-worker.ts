/**
 * HTTP load from its own process (forked by the benchmarks), so the API under test does not
 * share its event loop with the load. Closed loop (each connection sends its next request when
 * the last one is answered) or open loop at a fixed rate (latency counted from the scheduled
 * time, so a stalled server is not hidden). Only 2xx responses count; anything else is a failure
 * and the caller fails the case.
 */
import { percentile } from './bench-support.js';

export interface LoadJob {
  readonly base: string;
  readonly token?: string;
  readonly seconds: number;
  readonly connections: number;
  /**
   * `post`: the same body to one path. `mix`: per connection, a pairing's activity then a
   * household's review, alternating, each with If-Match. `get`: each path of `paths` once, by
   * `connections` concurrent readers (`seconds` is then a limit).
   */
  readonly kind: 'post' | 'mix' | 'get';
  readonly paths?: readonly string[];
  readonly path?: string;
  readonly body?: string;
  readonly pairings?: readonly { id: string; revision: number }[];
  readonly households?: readonly { id: string; revision: number }[];
  /** Open loop at this many requests per second (all connections together). */
  readonly rate?: number;
  /** After every n-th review, poll the household's read model until it shows the new revision. */
  readonly readYourWritesEvery?: number;
}

export interface LoadResult {
  readonly ok: number;
  readonly failed: number;
  readonly failures: readonly string[];
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly readYourWrites: readonly number[];
  /** Households reviewed (each can take one review of the year): the caller does not hand them out again. */
  readonly usedHouseholds: number;
  readonly p95: number;
  readonly workerRssMb: number;
}

const today = new Date().toISOString().slice(0, 10);

async function run(job: LoadJob): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const ryw: number[] = [];
  let ok = 0;
  let failed = 0;
  let nextHousehold = 0;
  let nextPath = 0;
  let reviews = 0;
  const headers = (extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    ...(job.token ? { authorization: `Bearer ${job.token}` } : {}),
    ...extra,
  });
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  const interval = job.rate ? 1000 / job.rate : 0;
  let scheduled = started;
  /** When the next request is due: now (closed loop) or the next tick of the open loop. */
  const due = async (): Promise<number> => {
    if (!interval) return performance.now();
    const at = (scheduled += interval);
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return at;
  };
  const send = async (
    path: string,
    body: string,
    extra?: Record<string, string>,
  ): Promise<{ status: number; json: Record<string, unknown> | null }> => {
    const r = await fetch(`${job.base}${path}`, { method: 'POST', headers: headers(extra), body });
    const text = await r.text();
    return {
      status: r.status,
      json:
        r.ok && text
          ? (JSON.parse(text) as Record<string, unknown>)
          : (failures.length < 5 && failures.push(`${r.status} ${path}: ${text.slice(0, 200)}`), null),
    };
  };
  const record = (at: number, status: number) => {
    if (status >= 200 && status < 300) {
      ok++;
      latencies.push(performance.now() - at);
    } else failed++;
  };
  const connection = async (c: number) => {
    const pairing = job.pairings?.length ? { ...job.pairings[c % job.pairings.length] } : null;
    for (let turn = 0; ; turn++) {
      const at = await due();
      if (at >= deadline) return;
      try {
        if (job.kind === 'get') {
          const path = job.paths?.[nextPath++];
          if (path === undefined) return;
          const r = await fetch(`${job.base}${path}`, { headers: headers() });
          const text = await r.text();
          if (!r.ok && failures.length < 5) failures.push(`${r.status} ${path}: ${text.slice(0, 200)}`);
          record(at, r.status);
        } else if (job.kind === 'post') {
          record(at, (await send(job.path as string, job.body as string)).status);
        } else if (turn % 2 === 0 && pairing) {
          const r = await send(`/api/pairings/${pairing.id}/activities`, JSON.stringify(activity(c, turn)), {
            'if-match': `"${pairing.revision}"`,
          });
          record(at, r.status);
          if (r.json) pairing.revision = Number(r.json.revision);
        } else {
          const household = job.households?.[nextHousehold++];
          if (!household) throw new Error('the benchmark ran out of households to review');
          const r = await send(`/api/households/${household.id}/assessments`, JSON.stringify(review()), {
            'if-match': `"${household.revision}"`,
          });
          record(at, r.status);
          if (r.json && job.readYourWritesEvery && ++reviews % job.readYourWritesEvery === 0)
            ryw.push(await visible(household.id, Number(r.json.revision)));
        }
      } catch (e) {
        failed++;
        if (failures.length < 5) failures.push(String((e as Error).message));
      }
    }
  };
  /** Milliseconds until the household's read model shows the revision just written. */
  const visible = async (id: string, revision: number): Promise<number> => {
    const t = performance.now();
    for (;;) {
      const r = await fetch(`${job.base}/api/households/${id}`, { headers: headers() });
      const body = (await r.json()) as { revision?: number };
      if (r.ok && Number(body.revision) >= revision) return performance.now() - t;
      if (performance.now() - t > 30_000)
        throw new Error(`household ${id} did not show revision ${revision} within 30 s`);
      await new Promise((done) => setTimeout(done, 5));
    }
  };
  await Promise.all(Array.from({ length: job.connections }, (_, c) => connection(c)));
  const seconds = (performance.now() - started) / 1000;
  return {
    ok,
    failed,
    failures,
    rps: ok / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    readYourWrites: ryw,
    usedHouseholds: nextHousehold,
    workerRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

function activity(c: number, turn: number): Record<string, unknown> {
  return {
    kind: 'visit',
    occurredOn: today,
    initiator: 'organization',
    locationName: 'Nhà văn hóa thôn',
    locationAdminUnitId: null,
    participants: { organizationMembers: 4, residents: 25 },
    summary: `Thăm hộ và kiểm tra tiến độ mô hình nuôi bò (đợt ${c}-${turn})`,
    resources: [{ type: 'cash', source: 'organization_fund', valueVnd: 2_000_000 }],
  };
}

function review(): Record<string, unknown> {
  return { reviewYear: Number(today.slice(0, 4)), assessedOn: today, incomePerCapitaVnd: 1_650_000, deprivations: [] };
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
