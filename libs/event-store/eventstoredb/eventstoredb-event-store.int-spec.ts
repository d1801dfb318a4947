import { describe, it } from '@jest/globals';
import { eventStoreContract } from '../testing/contract.js';
import { createEventStoreFromUrl } from './create-event-store.js';
import { NO_SERVER, liveUrl } from './live-cluster.fixtures.js';

/**
 * The same contract suite as every adapter, against a live EventStoreDB (≥ 23.10: positions on
 * stream reads, and the "caught up" message of subscriptions). `npm run test:esdb` runs it with
 * the failover scenario (`failover.int-spec.ts`); README, "EventStoreDB and containers":
 *
 *   docker compose -f docker/compose.esdb-test.yml up -d --wait
 *   EVENTSTORE_URL='esdb://127.0.0.1:2111,127.0.0.1:2112,127.0.0.1:2113?tls=false' npm run test:esdb
 *
 * Each test writes fresh streams of a fresh category, so a server holding other data is fine.
 */
if (liveUrl) {
  const url = liveUrl;
  eventStoreContract('eventstoredb (live server)', async () => {
    const store = await createEventStoreFromUrl(url, { pollIntervalMs: 200 });
    return { store, teardown: () => store.close() };
  });
} else {
  console.warn(`EventStoreDB adapter contract ${NO_SERVER}`);
  describe('EventStoreDB adapter contract (live server)', () => {
    it.skip(NO_SERVER, () => undefined);
  });
}
