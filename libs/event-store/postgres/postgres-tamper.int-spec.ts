import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { compareCheckpoints, type RecordedEvent, type VerifyResult } from '../event-store.port.js';
import { eventHash } from '../hash-chain.js';
import { freshStream, newEvent } from '../testing/contract.js';
import { eventually } from '../testing/eventually.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { sealLog } from './seal.js';
import { LogVerifier } from './verify.js';

/**
 * Tampering straight in SQL, each case on its own fresh schema. The log, in log order:
 *   x0 x1 | y0 y1 y2 | x2 x3     (three appends; seals 1..7 in that order when sealed)
 * Sealing runs in pages of 3 and every verification also runs with pages of 2, so that stream,
 * seal and log pages all break in the middle of things.
 */
describe('PostgresEventStore verify names the first broken link', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  const open: PostgresEventStore[] = [];
  beforeAll(async () => {
    db = await createTestDatabase('es_tamper');
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await sql.end();
    await db.drop();
  });

  async function tamperable({ sealed }: { sealed: boolean }) {
    const schema = `tamper_${randomBytes(4).toString('hex')}`;
    const store = await PostgresEventStore.create({ connectionString: db.url, schema });
    open.push(store);
    const x = freshStream('household');
    const y = freshStream('pairing');
    await store.append(x, [
      newEvent('Registered', { head: 'Lò Văn Páo' }),
      newEvent('MemberAdded', { name: 'Lò Thị Mai' }),
    ]);
    await store.append(y, [
      newEvent('Established'),
      newEvent('VisitRecorded', { note: 'thăm hộ' }),
      newEvent('VisitRecorded'),
    ]);
    const last = await store.append(x, [newEvent('Assessed', { score: 3 }), newEvent('Assessed', { score: 4 })]);
    await eventually(async () => compareCheckpoints(await store.head(), last.checkpoint) >= 0);
    if (sealed) expect(await sealLog(store.pool, schema, 3)).toBe(7);
    const events = { x: await store.readStream(x), y: await store.readStream(y) };
    const table = (name: 'events' | 'seals') => `"${schema}".${name}`;
    /** verify(), checked against a verifier that pages by 2. */
    const verify = async (): Promise<VerifyResult> => {
      const result = await store.verify();
      expect(await new LogVerifier(store.pool, schema, 2).run()).toEqual(result);
      return result;
    };
    expect(await verify()).toMatchObject({ ok: true, checked: 7 });
    return { store, events, table, verify };
  }

  const named = (e: RecordedEvent, reason: string) => ({
    position: e.position,
    streamId: e.streamId,
    revision: e.revision,
    reason,
  });

  it.each([
    ['data', `data = data || '{"head": "Lò Văn Pao"}'`],
    ['metadata', `metadata = jsonb_set(metadata, '{actor,username}', '"kẻ gian"')`],
    ['type', `type = 'Deregistered'`],
    ['recorded_at', `recorded_at = recorded_at + interval '1 second'`],
    ['hash', `hash = md5(hash) || md5(hash)`],
  ])('an edited %s column: event_hash at that event', async (_column, assignment) => {
    const { verify, events, table } = await tamperable({ sealed: true });
    await sql.query(`update ${table('events')} set ${assignment} where position = $1`, [events.x[0].position]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual(named(events.x[0], 'event_hash'));
  });

  it('an edited prev_hash: stream_link at that event', async () => {
    const { verify, events, table } = await tamperable({ sealed: false });
    await sql.query(`update ${table('events')} set prev_hash = $2 where position = $1`, [
      events.y[2].position,
      events.y[0].hash,
    ]);
    expect((await verify()).firstBroken).toEqual(named(events.y[2], 'stream_link'));
  });

  it('a deleted sealed event: seal_link naming the deleted event', async () => {
    const { verify, events, table } = await tamperable({ sealed: true });
    await sql.query(`delete from ${table('events')} where position = $1`, [events.x[1].position]);
    const result = await verify();
    expect(result.firstBroken).toEqual(named(events.x[1], 'seal_link'));
    expect(result.checked).toBe(6);
  });

  it('a deleted unsealed event: stream_link at its successor', async () => {
    const { verify, events, table } = await tamperable({ sealed: false });
    await sql.query(`delete from ${table('events')} where position = $1`, [events.y[1].position]);
    expect((await verify()).firstBroken).toEqual(named(events.y[2], 'stream_link'));
  });

  it('a deleted stream tail, once sealed: seal_link naming it', async () => {
    const { verify, events, table } = await tamperable({ sealed: true });
    await sql.query(`delete from ${table('events')} where position = $1`, [events.x[3].position]);
    expect((await verify()).firstBroken).toEqual(named(events.x[3], 'seal_link'));
  });

  it('two swapped seals: order at the first of them', async () => {
    const { verify, events, table } = await tamperable({ sealed: true });
    const seals = table('seals');
    await sql.query(`update ${seals} set seq = -1 where seq = 3`);
    await sql.query(`update ${seals} set seq = 3 where seq = 4`);
    await sql.query(`update ${seals} set seq = 4 where seq = -1`);
    expect((await verify()).firstBroken).toEqual(named(events.y[0], 'order'));
  });

  it('two swapped seal hashes: seal_link at the first of them', async () => {
    const { verify, events, table } = await tamperable({ sealed: true });
    const seals = table('seals');
    await sql.query(
      `update ${seals} s set seal_hash = o.seal_hash from ${seals} o where (s.seq, o.seq) in ((5, 6), (6, 5))`,
    );
    expect((await verify()).firstBroken).toEqual(named(events.y[2], 'seal_link'));
  });

  it('a deleted seal: order where the chain skips', async () => {
    const { verify, events, table } = await tamperable({ sealed: true });
    await sql.query(`delete from ${table('seals')} where seq = 6`);
    expect((await verify()).firstBroken).toEqual(named(events.x[2], 'order'));
  });

  it('an edit with every stream hash recomputed to match still breaks the seal chain', async () => {
    const { verify, events, table } = await tamperable({ sealed: true });
    let prev: string | null = null;
    for (const e of events.y) {
      const data = e.revision === 1 ? { note: 'không thăm' } : e.data;
      const hash = eventHash({ ...e, data }, prev);
      await sql.query(`update ${table('events')} set data = $2, prev_hash = $3, hash = $4 where position = $1`, [
        e.position,
        data,
        prev,
        hash,
      ]);
      prev = hash;
    }
    expect((await verify()).firstBroken).toEqual(named(events.y[1], 'seal_link'));
  });

  it('reports progress up to the total', async () => {
    const { store } = await tamperable({ sealed: true });
    const progress: { checked: number; total: number }[] = [];
    await store.verify((p) => progress.push(p));
    expect(progress[progress.length - 1]).toEqual({ checked: 7, total: 7 });
  });
});
