import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, type EventStore, type EventToAppend } from '@kn/event-store';
import { SYSTEM_ACTOR } from '@kn/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { createDataSource } from '../database/database.js';
import { Platform1700000000000 } from '../database/migrations/1700000000000-platform.js';
import { documentProjection, type Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildReadModels } from './rebuild.js';

interface Counter {
  id: string;
  total: number;
  seen: number;
}

class ProbeTable1700000000001 {
  name = 'ProbeTable1700000000001';
  async up(q: { query(s: string): Promise<unknown> }) {
    await q.query(
      `create table rm.probe_counters (id text primary key, doc jsonb not null, revision bigint not null, total int not null)`,
    );
    await q.query(`create index probe_counters_total on rm.probe_counters(total)`);
  }
  async down() {}
}

const counters = documentProjection<Counter>({
  name: 'probe_counters',
  table: 'probe_counters',
  categories: ['probe'],
  keyOf: (e) => e.streamId,
  evolve: (doc, e) => {
    if (e.type === 'Poisoned') throw new Error('cannot apply a poisoned event');
    const d = doc ?? { id: e.streamId, total: 0, seen: 0 };
    return { ...d, total: d.total + Number((e.data as { amount: number }).amount), seen: d.seen + 1 };
  },
  columns: { total: 'int' },
  values: (d) => ({ total: d.total }),
});

const event = (type: string, amount: number): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data: { amount },
  metadata: {
    actor: SYSTEM_ACTOR,
    commandName: 'Probe',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
  },
});

describe('ProjectionRunner on PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: EventStore;
  const projections: Projection[] = [counters];
  const runners: ProjectionRunner[] = [];

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase('proj');
    store = await PostgresEventStore.create({ connectionString: db.url });
    await (store as PostgresEventStore).migrate();
    ds = createDataSource(db.url, [], [Platform1700000000000, ProbeTable1700000000001]);
    await ds.initialize();
    await ds.runMigrations();
  });
  afterAll(async () => {
    for (const r of runners) await r.stop();
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const runner = () => {
    const r = new ProjectionRunner(ds, store, projections);
    runners.push(r);
    return r;
  };
  const totals = async () =>
    (await ds.query(`select id, total from probe_counters order by id`)) as { id: string; total: number }[];

  it('applies each event exactly once with two runners competing, and waits for a position', async () => {
    const a = runner();
    const b = runner();
    await Promise.all([a.start(), b.start()]);
    const streams = Array.from({ length: 12 }, () => `probe-${randomUUID()}`);
    let last = 0;
    await Promise.all(
      streams.map(async (s) => {
        for (let i = 1; i <= 5; i++) last = Math.max(last, (await store.append(s, [event('Added', i)])).position);
      }),
    );
    expect(await a.waitFor(last, 10_000)).toBe(true);
    const rows = await totals();
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.total === 15)).toBe(true);
    const docs: { doc: Counter }[] = await ds.query(`select doc from probe_counters`);
    expect(docs.every((d) => d.doc.seen === 5)).toBe(true);
  });

  it('parks an event it cannot apply, reports it, and keeps going', async () => {
    const r = runners[0];
    const s = `probe-${randomUUID()}`;
    await store.append(s, [event('Added', 2)]);
    await store.append(s, [event('Poisoned', 0)]);
    const { position } = await store.append(s, [event('Added', 3)]);
    expect(await r.waitFor(position, 10_000)).toBe(true);
    const [row] = await ds.query(`select total from probe_counters where id = $1`, [s]);
    expect(row.total).toBe(5);
    const parked = await ds.query(`select event_type from parked_events`);
    expect(parked).toEqual([{ event_type: 'Poisoned' }]);
    expect((await r.lag()).parked).toBe(1);
  });

  it('rebuilds beside the live models and switches to identical tables while the runner keeps writing', async () => {
    const before = await totals();
    const s = `probe-${randomUUID()}`;
    const during = store.append(s, [event('Added', 7)]);
    const result = await rebuildReadModels(ds, store, projections);
    const { position } = await during;
    expect(await runners[0].waitFor(position, 10_000)).toBe(true);
    expect(result.applied).toBeGreaterThan(60);
    const after = await totals();
    expect(after).toEqual([...before, { id: s, total: 7 }].sort((x, y) => (x.id < y.id ? -1 : 1)));
    const schemas = await ds.query(`select nspname from pg_namespace where nspname like 'rm%' order by 1`);
    expect(schemas).toEqual([{ nspname: 'rm' }]);
    // Loaded unlogged without its secondary indexes; switched in durable and fully indexed.
    const [table] = await ds.query(`select relpersistence from pg_class where oid = 'rm.probe_counters'::regclass`);
    expect(table.relpersistence).toBe('p');
    const indexes = await ds.query(
      `select indexname from pg_indexes where schemaname = 'rm' and tablename = 'probe_counters' order by 1`,
    );
    expect(indexes).toEqual([{ indexname: 'probe_counters_pkey' }, { indexname: 'probe_counters_total' }]);
  });
});
