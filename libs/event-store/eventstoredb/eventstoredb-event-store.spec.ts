import { describe, expect, it } from '@jest/globals';
import { LOG_START } from '../event-store.port.js';
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
eventStoreContract('eventstoredb adapter on an in-memory ESDB model', async () => {
  const store = new EventStoreDbEventStore(new InMemoryEsdb(), { pollIntervalMs: 50 });
  return { store, teardown: () => store.close() };
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
    expect(JSON.parse(stored.metadata)).toMatchObject({ kn: 1, prevHash: null, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    stored.data = JSON.stringify({ head: 'Lò Văn Pao' });
    const [e0] = await store.readStream(x);
    expect((await store.verify()).firstBroken).toEqual({ position: e0.position, streamId: x, revision: 0, reason: 'event_hash' });
    await store.close();
  });

  it('verify: a sealed event that disappeared is a seal_link break naming it', async () => {
    const { esdb, store } = await open();
    const x = freshStream();
    await store.append(x, [newEvent(), newEvent()]);
    await store.seal();
    const [, e1] = await store.readStream(x);
    esdb.log.splice(esdb.log.indexOf(esdb.stored(x, 1)), 1);
    expect((await store.verify()).firstBroken).toEqual({ position: e1.position, streamId: x, revision: 1, reason: 'seal_link' });
    await store.close();
  });

  it('a subscription survives dropped reads and a dropped live feed, and resumes from its cursor', async () => {
    const { esdb, store } = await open();
    const cat = freshCategory();
    await store.append(freshStream(cat), [newEvent()]);
    const seen = collect();
    const errors: unknown[] = [];
    const sub = store.subscribe({ categories: [cat], handle: seen.handle, onError: (e) => errors.push(e) });
    try {
      await sub.caughtUp();
      esdb.failReads = 2;
      esdb.dropWatchers();
      await store.append(freshStream(cat), [newEvent()]);
      await seen.until(2);
      expect(errors.length).toBeGreaterThan(0);
      await eventually(() => esdb.watcherCount === 1, { what: 'live feed re-subscribed' });
      await store.append(freshStream(cat), [newEvent()]);
      await seen.until(3, 2000); // woken by the new live feed, not the 60 s poll
      expect(new Set(seen.events.map((e) => e.eventId)).size).toBe(3);
    } finally {
      await sub.stop();
      await store.close();
    }
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
});
