import { describe, it } from '@jest/globals';
import { eventStoreContract } from '../testing/contract.js';
import { createEventStoreFromUrl } from './create-event-store.js';

/**
 * The same contract suite as every adapter, against a live EventStoreDB (≥ 22.6, for positions on
 * stream reads). Set EVENTSTORE_URL, e.g. with the compose file's cluster or a single node:
 *
 *   docker run -d --name esdb -p 2113:2113 eventstore/eventstore:24.10 --insecure --run-projections=None
 *   EVENTSTORE_URL='esdb://127.0.0.1:2113?tls=false' \
 *     node --experimental-vm-modules node_modules/jest/bin/jest.js libs/event-store/eventstoredb
 *
 * Each test writes fresh streams of a fresh category, so a server holding other data is fine.
 */
const url = process.env.EVENTSTORE_URL;
const reason = 'skipped: no EventStoreDB server — set EVENTSTORE_URL=esdb://… (no Docker engine or .NET on these machines)';

if (url) {
  eventStoreContract('eventstoredb (live server)', async () => {
    const store = await createEventStoreFromUrl(url, { pollIntervalMs: 200 });
    return { store, teardown: () => store.close() };
  });
} else {
  console.warn(`EventStoreDB adapter contract ${reason}`);
  describe('EventStoreDB adapter contract', () => {
    it.skip(reason, () => undefined);
  });
}
