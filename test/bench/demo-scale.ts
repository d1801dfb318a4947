import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { castOf, createDemoUsers, seedDemo } from '../../libs/demo/index.js';
import { PersonalDataVault } from '../../libs/households/index.js';
import { UserAudit, UsersService } from '../../libs/identity/index.js';
import { CommandPipeline, ProjectionRunner, type Infrastructure } from '../../libs/platform/index.js';
import { vietnamDate } from '../../libs/shared/index.js';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 5000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);

/**
 * Loads the demo province (BENCH_HOUSEHOLDS households) through the real pipeline, waits for the
 * read models, and measures dashboard, dashboard as-of and entity as-of latency over HTTP.
 */
export async function demoScale(app: INestApplication, infra: Infrastructure, base: string, token: string): Promise<void> {
  const users = await createDemoUsers(app.get(UsersService), app.get(UserAudit), 2013);
  const t0 = performance.now();
  const report = await seedDemo(
    { pipeline: app.get(CommandPipeline), vault: app.get(PersonalDataVault), cast: castOf(users.map((u) => u.actor)) },
    { seed: 2013, households: HOUSEHOLDS, today: vietnamDate(new Date()), batchHouseholds: HOUSEHOLDS > 20_000 },
  );
  const seeded = performance.now();
  const [{ max }] = await infra.dataSource.query(`select max(position)::bigint as max from event_store.events`);
  await app.get(ProjectionRunner).waitFor(Number(max), 3_600_000);
  const projected = performance.now();
  console.log(`demo province: ${HOUSEHOLDS} households, ${report.events} events written in ${s(seeded - t0)} s (${Math.round(report.events / ((seeded - t0) / 1000))}/s); read models caught up ${s(projected - seeded)} s later`);

  const get = (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const [{ recorded_at: middle }] = await infra.dataSource.query(`select recorded_at from event_store.events order by position offset (select count(*) / 2 from event_store.events) limit 1`);
  const households: { id: string }[] = await infra.dataSource.query(`select id from household_register order by id limit $1`, [SAMPLES]);
  const live = await latency(() => get('/api/dashboard?year=2020'));
  const asOf = await latency(() => get(`/api/dashboard?year=2020&asOf=${encodeURIComponent(new Date(middle).toISOString())}`));
  let i = 0;
  const entity = await latency(() => get(`/api/households/${households[i++ % households.length].id}?asOf=${encodeURIComponent(new Date().toISOString())}`));
  const baseline = await latency(() => get(`/api/households/${randomUUID()}`)); // an indexed miss: the floor of an authenticated GET
  console.log(`${'query'.padEnd(38)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}  target`);
  for (const [name, l, target] of [
    ['GET an unknown household (floor)', baseline, ''],
    ['dashboard 2020 (live)', live, ''],
    ['dashboard 2020 as of mid-history', asOf, 'p95 < 2000'],
    ['household as of now (folds its stream)', entity, 'p95 < 50'],
  ] as const) console.log(`${name.padEnd(38)} ${l.p50.toFixed(1).padStart(7)} ${l.p95.toFixed(1).padStart(7)}  ${target}`);
  console.log();
}

async function latency(call: () => Promise<Response>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    const r = await call();
    await r.arrayBuffer();
    if (r.status >= 500) throw new Error(`benchmark query failed: ${r.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

const s = (ms: number) => (ms / 1000).toFixed(1);
