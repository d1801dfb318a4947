import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { compareCheckpoints, LOG_START, type EventToAppend, type RecordedEvent } from '../event-store.port.js';
import { eventStoreContract, freshCategory, freshStream, newEvent } from '../testing/contract.js';
import { collect, eventually } from '../testing/eventually.js';
import { AppendSql, prepareAppend, readHead, writeEvents } from './append.js';
import { PostgresEventStore } from './postgres-event-store.js';

eventStoreContract('PostgreSQL', async () => {
  const db = await createTestDatabase('es_contract');
  const store = await PostgresEventStore.create({ connectionString: db.url });
  return {
    store,
    teardown: async () => {
      await store.close();
      await db.drop();
    },
  };
});

/**
 * A writer that runs the store's own append statement inside a transaction the test keeps
 * open: the way to make transactions commit out of order on purpose.
 */
async function heldWriter(url: string, schema = 'event_store') {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  const sql = new AppendSql(schema);
  return {
    async append(streamId: string, events: EventToAppend[]) {
      const head = await readHead(client, sql, streamId);
      return writeEvents(client, sql, prepareAppend(streamId, head, events, new Date()));
    },
    async commit() {
      await client.query('commit');
      await client.end();
    },
    async rollback() {
      await client.query('rollback');
      await client.end();
    },
  };
}

function expectExactlyOnceInOrder(events: readonly RecordedEvent[], expectedCount: number): void {
  expect(events).toHaveLength(expectedCount);
  expect(new Set(events.map((e) => e.eventId)).size).toBe(expectedCount);
  for (let i = 1; i < events.length; i++)
    expect(compareCheckpoints(events[i].checkpoint, events[i - 1].checkpoint)).toBeGreaterThan(0);
}

describe('PostgresEventStore (PostgreSQL specifics)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase('es_pg');
    store = await PostgresEventStore.create({ connectionString: db.url, poolSize: 24 });
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('does not deliver a later commit before an earlier-started open transaction, then both once in order', async () => {
    const cat = freshCategory();
    const seen = collect();
    const sub = store.subscribe({ categories: [cat], handle: seen.handle });
    try {
      await sub.caughtUp();
      const a = await heldWriter(db.url);
      const aStream = freshStream(cat);
      const held = await a.append(aStream, [newEvent('A')]);
      const b = await store.append(freshStream(cat), [newEvent('B')]);
      expect(b.position).toBeGreaterThan(held.position);
      expect(b.checkpoint.commit).toBeGreaterThan(held.checkpoint.commit);

      // B has committed, A holds an earlier position and has not: B must wait for A.
      expect(await store.readAll({ categories: [cat] })).toEqual([]);
      expect(compareCheckpoints(await store.head(), b.checkpoint)).toBeLessThan(0);
      await sub.caughtUp();
      expect(seen.events).toEqual([]);
      expect(await store.seal()).toBe(0);
      const lag = await store.readerLag();
      expect(lag.unsettledEvents).toBeGreaterThanOrEqual(1);
      expect(lag.oldestOpenTransactionMs).toBeGreaterThanOrEqual(0);

      await a.commit();
      await seen.until(2);
      expect(seen.events.map((e) => e.type)).toEqual(['A', 'B']);
      expectExactlyOnceInOrder(seen.events, 2);
      expect((await store.readAll({ categories: [cat] })).map((e) => e.type)).toEqual(['A', 'B']);
      expect(await store.seal()).toBeGreaterThanOrEqual(2);
      expect(await store.verify()).toMatchObject({ ok: true });
      await eventually(async () => (await store.readerLag()).unsettledEvents === 0);
    } finally {
      await sub.stop();
    }
  });

  it('a transaction that took its id first but inserts last is still ordered first and not skipped', async () => {
    const cat = freshCategory();
    const a = await heldWriter(db.url);
    const seen = collect();
    const sub = store.subscribe({ categories: [cat], handle: seen.handle });
    try {
      await a.append(freshStream('other'), [newEvent('Unrelated')]); // A now holds the oldest transaction id
      const b = await store.append(freshStream(cat), [newEvent('B')]);
      const held = await a.append(freshStream(cat), [newEvent('A')]);
      expect(held.position).toBeGreaterThan(b.position);
      await a.commit();
      await seen.until(2);
      expect(seen.events.map((e) => e.type)).toEqual(['A', 'B']);
      expectExactlyOnceInOrder(seen.events, 2);
    } finally {
      await sub.stop();
    }
  });

  it('20 concurrent writers around a slow transaction: the subscriber sees every event exactly once', async () => {
    const cat = freshCategory();
    const seen = collect();
    const sub = store.subscribe({ categories: [cat], batchSize: 7, handle: seen.handle });
    try {
      let appended = 0;
      let slow: Awaited<ReturnType<typeof heldWriter>> | null = null;
      let slowCommit = 0;
      const writer = async (w: number) => {
        const stream = freshStream(cat);
        for (let i = 0; i < 5; i++) {
          await store.append(stream, [newEvent('Written', { w, i }), newEvent('Written', { w, i, second: true })], {
            expectedRevision: i === 0 ? 'no_stream' : 2 * i - 1,
          });
          if (++appended === 20) {
            slow = await heldWriter(db.url);
            slowCommit = (await slow.append(freshStream(cat), [newEvent('Slow')])).checkpoint.commit;
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, w) => writer(w)));
      const held = slow as Awaited<ReturnType<typeof heldWriter>> | null;
      if (!held) throw new Error('the slow transaction did not start');
      await sub.caughtUp();
      expect(seen.events.every((e) => e.checkpoint.commit < slowCommit)).toBe(true);
      await held.commit();
      await seen.until(201);
      await sub.caughtUp();
      expectExactlyOnceInOrder(seen.events, 201);
      expect(seen.events.filter((e) => e.type === 'Slow')).toHaveLength(1);
    } finally {
      await sub.stop();
    }
  });

  it('orders transaction ids as numbers across a power of ten (…, 999, 1000, …)', async () => {
    // Burn transaction ids up to just below the next power of ten, then write across it.
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const current = Number((await c.query<{ x: string }>('select pg_current_xact_id()::text as x')).rows[0].x);
      const boundary = 10 ** String(current).length;
      const burn = boundary - current - 3;
      if (burn > 100_000) console.warn(`xid ${current} is far from ${boundary}: ordering checked without crossing it`);
      else {
        await c.query('set synchronous_commit = off');
        await c.query(`do $$ begin for i in 1..${burn} loop perform pg_current_xact_id(); commit; end loop; end $$`);
      }
    } finally {
      await c.end();
    }
    const cat = freshCategory();
    const seen = collect();
    const sub = store.subscribe({ categories: [cat], batchSize: 2, handle: seen.handle });
    try {
      const results = [];
      for (let i = 0; i < 8; i++) results.push(await store.append(freshStream(cat), [newEvent('Crossing', { i })]));
      await seen.until(8);
      expect(seen.events.map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect((await store.readAll({ categories: [cat] })).map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(await store.head()).toEqual(results[7].checkpoint);
      expect(await store.checkpointAt(new Date(Date.now() + 60_000))).toEqual(results[7].checkpoint);
      expect(await store.seal()).toBeGreaterThan(0);
      expect(await store.verify()).toMatchObject({ ok: true });
    } finally {
      await sub.stop();
    }
  });

  it('a subscription in another process is woken by NOTIFY, not only by its poll', async () => {
    const other = await PostgresEventStore.create({ connectionString: db.url, pollIntervalMs: 60_000, migrate: false });
    const cat = freshCategory();
    const seen = collect();
    const sub = other.subscribe({ categories: [cat], handle: seen.handle });
    try {
      await sub.caughtUp();
      await store.append(freshStream(cat), [newEvent('Announced')]);
      await seen.until(1, 5000);
      await store.append(freshStream(cat), [newEvent('Announced')]);
      await seen.until(2, 5000);
    } finally {
      await sub.stop();
      await other.close();
    }
  });

  it('migrates idempotently, also concurrently, into its own schema', async () => {
    const schema = `es_${randomUUID().slice(0, 8)}`;
    const stores = await Promise.all(
      [0, 1, 2].map(() => PostgresEventStore.create({ connectionString: db.url, schema })),
    );
    try {
      await stores[0].migrate();
      const id = freshStream();
      const r = await stores[1].append(id, [newEvent()]);
      await eventually(async () => compareCheckpoints(await stores[2].head(), r.checkpoint) >= 0);
      expect(await stores[2].readStream(id)).toHaveLength(1);
      expect(await store.readStream(id)).toEqual([]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('leaves a pool it was given open', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on('error', () => undefined); // pool.end() resolves before the server has seen every goodbye
    const borrowed = await PostgresEventStore.create({ pool, migrate: false });
    expect(await borrowed.head()).not.toEqual(LOG_START);
    await borrowed.close();
    await expect(pool.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
    await pool.end();
  });
});
