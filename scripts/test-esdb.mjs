// `npm run test:esdb`: the EventStoreDB adapter against a live server — the contract suite and the
// failover scenario (libs/event-store/eventstoredb/*.int-spec.ts). Needs EVENTSTORE_URL; without
// it both suites report themselves skipped, with the reason, and this says so loudly.
import { spawnSync } from 'node:child_process';

const suites = [
  'libs/event-store/eventstoredb/eventstoredb-event-store.int-spec.ts',
  'libs/event-store/eventstoredb/failover.int-spec.ts',
];
if (!process.env.EVENTSTORE_URL) {
  console.warn(
    '\n*** test:esdb SKIPPED: EVENTSTORE_URL is not set, so there is no EventStoreDB server to test against.\n' +
      '*** With a Docker engine:\n' +
      '***   docker compose -f docker/compose.esdb-test.yml up -d --wait\n' +
      "***   EVENTSTORE_URL='esdb://127.0.0.1:2111,127.0.0.1:2112,127.0.0.1:2113?tls=false' npm run test:esdb\n" +
      '***   docker compose -f docker/compose.esdb-test.yml down -v\n',
  );
}
const args = [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  '--runInBand',
  '--verbose',
  ...suites,
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
process.exit(r.status ?? 1);
