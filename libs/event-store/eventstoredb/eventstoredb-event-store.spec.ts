import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AppendTooLargeError, LOG_START } from '../event-store.port.js';
import { HiddenHistoryError } from './append.js';
import { eventStoreContract, freshCategory, freshStream, newEvent } from '../testing/contract.js';
import { collect, eventually } from '../testing/eventually.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { InMemoryEsdb } from './in-memory-esdb.fixtures.js';

/**
 * The adapter's own logic (hash chain, idempotency, positions, filters, subscriptions, seal and
 * verify) through the full contract suite, on an in-memory model of EventStoreDB. The client
 * translation (`client-gateway.ts`) is covered only by the live suite
 * (`eventstoredb-event-store.int-spec.ts`, with EVENTSTORE_URL).
 */
eventStoreContract('eventstoredb adapter on a strict in-memory ESDB model', async () => {
  // A write becomes readable (and is acknowledged) 50 ms after the server took it, on a follower
  // 50 ms later still; the connection already sits on a node that lost the leadership (a call not
  // requiring the leader lands on it or on the leader, at random); a dropped retry times out after 150 ms.
  const esdb = new InMemoryEsdb({ indexLagMs: 50, followerLagMs: 50, followerReads: true, writeDeadlineMs: 150 });
  const store = new EventStoreDbEventStore(esdb, { pollIntervalMs: 50 });
  return { store, teardown: () => store.close(), leaderChange: async () => esdb.resignLeader() };
});

describe('EventStoreDbEventStore specifics (in-memory ESDB model)', () => {
  const open = async () => {
    const esdb = new InMemoryEsdb();
    const store = new EventStoreDbEventStore(esdb, { pollIntervalMs: 60_000, warn: () => undefined });
    return { esdb, store };
  };

  it('stores the hash chain in the metadata envelope and verify names an edited event', async () => {
    const { esdb, store } = await open();
    const x = freshStream('household');
    await store.append(x, [newEvent('Registered', { head: 'Lò Văn Páo' }), newEvent('Assessed')]);
    await store.append(freshStream('pairing'), [newEvent('Established')]);
    expect(await store.seal()).toBe(3);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 3 });
    const stored = esdb.stored(x, 0);
    expect(JSON.parse(stored.metadata)).toMatchObject({
      kn: 1,
      prevHash: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    stored.data = JSON.stringify({ head: 'Lò Văn Pao' });
    const [e0] = await store.readStream(x);
    expect((await store.verify()).firstBroken).toEqual({
      position: e0.position,
      streamId: x,
      revision: 0,
      reason: 'event_hash',
    });
    await store.close();
  });

  it('verify: a sealed event that disappeared is a seal_link break naming it', async () => {
    const { esdb, store } = await open();
    const x = freshStream();
    await store.append(x, [newEvent(), newEvent()]);
    await store.seal();
    const [, e1] = await store.readStream(x);
    esdb.log.splice(esdb.log.indexOf(esdb.stored(x, 1)), 1);
    expect((await store.verify()).firstBroken).toEqual({
      position: e1.position,
      streamId: x,
      revision: 1,
      reason: 'seal_link',
    });
    await store.close();
  });

  it('a subscription survives dropped server subscriptions and a leader change, and resumes from its cursor', async () => {
    const { esdb, store } = await open();
    const cat = freshCategory();
    await store.append(freshStream(cat), [newEvent()]);
    const seen = collect();
    const errors: unknown[] = [];
    const sub = store.subscribe({ categories: [cat], handle: seen.handle, onError: (e) => errors.push(e) });
    try {
      await sub.caughtUp();
      esdb.dropSubscriptions();
      await store.append(freshStream(cat), [newEvent()]);
      await seen.until(2);
      expect(errors.length).toBeGreaterThan(0);
      esdb.resignLeader();
      await store.append(freshStream(cat), [newEvent()]);
      await seen.until(3, 2000); // a new server subscription, not the 60 s poll
      await eventually(() => esdb.subscriptionCount === 1, { what: 'one server subscription' });
      expect(new Set(seen.events.map((e) => e.eventId)).size).toBe(3);
      await sub.caughtUp();
      expect(seen.events).toHaveLength(3);
    } finally {
      await sub.stop();
      await store.close();
    }
  });

  it('caughtUp() resolves when nothing after the cursor matches (the server says it caught up)', async () => {
    const { store } = await open();
    const cat = freshCategory();
    await store.append(freshStream(cat), [newEvent()]);
    const seen = collect();
    const sub = store.subscribe({ categories: [cat], handle: seen.handle });
    try {
      await sub.caughtUp();
      for (let i = 0; i < 3; i++) await store.append(freshStream(), [newEvent()]); // other categories only
      await sub.caughtUp();
      expect(seen.events).toHaveLength(1);
    } finally {
      await sub.stop();
      await store.close();
    }
  });

  it('a soft-deleted or truncated stream is refused, never written with a broken chain', async () => {
    const { esdb, store } = await open();
    for (const hide of [
      (id: string) => esdb.softDelete(id),
      (id: string) => esdb.setStreamMetadata(id, { truncateBefore: 2 }),
    ]) {
      const id = freshStream();
      await store.append(id, [newEvent(), newEvent()]);
      hide(id);
      expect(await store.readStream(id)).toEqual([]);
      const error = await store.append(id, [newEvent()], { expectedRevision: 'no_stream' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HiddenHistoryError);
      expect(String(error)).toMatch(/hides its history \(\$tb=/);
      expect(esdb.log.filter((e) => e.streamId === id)).toHaveLength(2);
    }
    expect((await store.verify()).ok).toBe(true);
    await store.close();
  });

  it('$maxAge hiding the head of a stream: refused once it is aged out', async () => {
    const { esdb, store } = await open();
    const id = freshStream();
    await store.append(id, [newEvent()]);
    esdb.setStreamMetadata(id, { maxAge: 0 });
    await eventually(async () => (await store.readStream(id)).length === 0, { what: 'aged out' });
    await expect(store.append(id, [newEvent()])).rejects.toThrow(/\$maxAge=0/);
    await store.close();
  });

  it('events of a legacy transaction (no usable position in stream reads) do not break reads or appends', async () => {
    const { esdb, store } = await open();
    const id = freshStream();
    await store.append(id, [newEvent()]);
    esdb.writeLegacyTransaction(id, [{ id: randomUUID(), type: 'Legacy', data: {}, metadata: {} }]);
    await eventually(async () => (await esdb.readStream(id, { direction: 'forwards', maxCount: 10 })).length === 2, {
      what: 'indexed',
    });
    expect((await store.readStream(id)).map((e) => e.revision)).toEqual([0]);
    await expect(store.append(id, [newEvent()], { expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    await store.close();
  });

  it('backwards $all reads exclude their start, as the server does; head and checkpointAt land on the last event', async () => {
    const { esdb, store } = await open();
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await store.append(freshStream(), [newEvent()]));
    const at = results[2].checkpoint;
    const before = await esdb.readAll({
      from: { commit: at.commit, prepare: at.position },
      direction: 'backwards',
      maxCount: 1,
    });
    expect(before[0].position?.prepare).toBeLessThan(at.position);
    const after = await esdb.readAll({
      from: { commit: at.commit, prepare: at.position },
      direction: 'forwards',
      maxCount: 1,
    });
    expect(after[0].position?.prepare).toBe(at.position);
    expect(await store.head()).toEqual(at);
    expect(await store.checkpointAt(new Date(Date.now() + 60_000))).toEqual(at);
    await store.close();
  });

  it('refuses a batch over MaxAppendSize before sending it, and the server refuses one too', async () => {
    const esdb = new InMemoryEsdb({ maxAppendSize: 2000 });
    const small = new EventStoreDbEventStore(esdb, { maxAppendSize: 2000 });
    const blind = new EventStoreDbEventStore(esdb, { maxAppendSize: 10_000_000 });
    const big = [newEvent('Attached', { text: 'x'.repeat(3000) })];
    await expect(small.append(freshStream(), big)).rejects.toMatchObject({
      name: 'AppendTooLargeError',
      limitBytes: 2000,
    });
    await expect(blind.append(freshStream(), big)).rejects.toBeInstanceOf(AppendTooLargeError);
    await small.close();
  });

  it('checkpointAt skips to the seal block after the instant, and checkpointOf answers for unseen positions', async () => {
    const esdb = new InMemoryEsdb();
    let now = Date.parse('2026-01-01T00:00:00Z');
    const writer = new EventStoreDbEventStore(esdb, { clock: () => new Date(now), maxClockSkewMs: 1000 });
    const results = [];
    for (let i = 0; i < 6; i++) {
      results.push(await writer.append(freshStream(), [newEvent()]));
      now += 3_600_000;
      await writer.seal();
    }
    const reader = new EventStoreDbEventStore(esdb, { maxClockSkewMs: 1000 });
    expect(await reader.checkpointAt(new Date(Date.parse('2026-01-01T02:30:00Z')))).toEqual(results[2].checkpoint);
    expect(await reader.checkpointAt(new Date('2025-01-01T00:00:00Z'))).toEqual(LOG_START);
    expect(await reader.checkpointAt(new Date('2027-01-01T00:00:00Z'))).toEqual(results[5].checkpoint);
    // One-event appends have commit = prepare here, so a fresh process finds them by position.
    expect(await reader.checkpointOf(results[3].position)).toEqual(results[3].checkpoint);
    expect(await reader.checkpointOf(results[3].position + 1)).toBeNull();
    await writer.close();
  });

  it('the client gateway finds the client internals it needs for server-side filtered reads', async () => {
    const { ClientGateway } = await import('./client-gateway.js');
    const gateway = ClientGateway.fromConnectionString('esdb://127.0.0.1:1?tls=false');
    expect(gateway.serverSideFilteredReads).toBe(true);
    await gateway.close();
  });

  it('the client gateway leaves out-of-range positions (a legacy transaction: 2^64 − 1) unset instead of failing the read', async () => {
    const { toEsdbRecordedEvent } = await import('./client-gateway.js');
    const event = {
      streamId: 's-1',
      revision: 3n,
      id: randomUUID(),
      type: 'Legacy',
      data: {},
      metadata: {},
      isJson: true,
      created: new Date(),
      position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n },
    };
    expect(toEsdbRecordedEvent(event as never)).toMatchObject({ streamId: 's-1', revision: 3, position: undefined });
    expect(toEsdbRecordedEvent({ ...event, position: { commit: 10n, prepare: 10n } } as never).position).toEqual({
      commit: 10,
      prepare: 10,
    });
  });
});
