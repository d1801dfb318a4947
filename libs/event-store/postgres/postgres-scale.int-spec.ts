import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { LOG_START, type LogCheckpoint } from '../event-store.port.js';
import { freshStream, newEvent } from '../testing/contract.js';
import { PostgresEventStore } from './postgres-event-store.js';

/** What keeps as-of reads and report verification from growing with the whole log. */
describe('PostgresEventStore at scale: checkpointAt by recorded time, verification from the last verified seal', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  const open: PostgresEventStore[] = [];
  beforeAll(async () => {
    db = await createTestDatabase('es_scale');
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await sql.end();
    await db.drop();
  });

  const freshStore = async () => {
    const schema = `scale_${randomBytes(4).toString('hex')}`;
    const store = await PostgresEventStore.create({ connectionString: db.url, schema, maxClockSkewMs: 60_000 });
    open.push(store);
    return { store, schema };
  };

  /**
   * Reads, seals and checkpoints see the settled log only, and an open transaction anywhere in the
   * cluster (another test file's database) can hold its horizon back: wait until `last` has settled.
   */
  const settled = async (store: PostgresEventStore, last: { checkpoint: LogCheckpoint }) => {
    while ((await store.head()).position < last.checkpoint.position) await new Promise((r) => setTimeout(r, 10));
  };

  it('checkpointAt finds the last event recorded by an instant across gaps of minutes to years', async () => {
    const { store } = await freshStore();
    const times = [
      '2015-01-10T02:00:00Z',
      '2015-01-10T02:00:30Z',
      '2015-03-01T00:00:00Z',
      '2019-07-01T00:00:00Z',
      '2025-12-31T00:00:00Z',
    ];
    const written = [];
    for (const t of times)
      written.push(await store.append(freshStream(), [newEvent('Noted', { t })], { recordedAt: new Date(t) }));
    await settled(store, written[written.length - 1]);
    const at = (t: string) => store.checkpointAt(new Date(t));
    expect(await at('2014-12-31T00:00:00Z')).toEqual(LOG_START);
    expect(await at('2015-01-10T02:00:00Z')).toEqual(written[0].checkpoint);
    expect(await at('2015-01-10T02:00:45Z')).toEqual(written[1].checkpoint);
    expect(await at('2015-02-01T00:00:00Z')).toEqual(written[1].checkpoint);
    expect(await at('2024-01-01T00:00:00Z')).toEqual(written[3].checkpoint);
    expect(await at('2030-01-01T00:00:00Z')).toEqual(written[4].checkpoint);
  });

  it('incremental verification checks only what was sealed since the last whole chain, and still names a break', async () => {
    const { store, schema } = await freshStore();
    const sealSettled = async (last: { checkpoint: LogCheckpoint }) => {
      await settled(store, last);
      await store.seal();
    };
    const x = freshStream('household');
    await store.append(x, [newEvent('Registered'), newEvent('Assessed', { score: 1 })]);
    await sealSettled(await store.append(freshStream(), [newEvent('Opened')]));
    expect(await store.verify(undefined, { incremental: true })).toMatchObject({ ok: true, checked: 3 });
    await store.append(x, [newEvent('Assessed', { score: 2 })]);
    const y = freshStream('pairing');
    await sealSettled(await store.append(y, [newEvent('Established'), newEvent('VisitRecorded')]));
    const second = await store.verify(undefined, { incremental: true });
    expect(second).toMatchObject({ ok: true, checked: 3 });
    expect(second.headHash).toBe((await store.verify()).headHash);

    await sealSettled(await store.append(x, [newEvent('Assessed', { score: 3 })]));
    const [tampered] = await store.readStream(x, { fromRevision: 3 });
    await sql.query(`update "${schema}".events set data = '{"score": 9}' where position = $1`, [tampered.position]);
    expect(await store.verify(undefined, { incremental: true })).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { position: tampered.position, streamId: x, revision: 3, reason: 'event_hash' },
    });
    // A rewritten anchor is no anchor: the check starts from the one before (seal 3) and finds it.
    await sql.query(`update "${schema}".events set data = '{"score": 3}' where position = $1`, [tampered.position]);
    await sql.query(`update "${schema}".seals set seal_hash = repeat('0', 64) where seq = 6`);
    expect(await store.verify(undefined, { incremental: true })).toMatchObject({
      ok: false,
      checked: 4,
      firstBroken: { reason: 'seal_link' },
    });
    expect(await store.verify()).toMatchObject({ ok: false, checked: 7, firstBroken: { reason: 'seal_link' } });
  });
});
