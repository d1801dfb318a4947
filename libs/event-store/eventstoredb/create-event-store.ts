import { AccessDeniedError } from '@eventstore/db-client';
import type { EventStore } from '../event-store.port.js';
import { ClientGateway } from './client-gateway.js';
import { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store.js';

/**
 * The EventStoreDB event store for `EVENTSTORE_URL` (`esdb://…`, `esdb+discover://…`; the
 * client's connection-string options apply: `?tls=false`, `nodePreference=leader`, …). Checks
 * that the server answers (a read of `$all`'s last event) before returning, so a wrong URL fails
 * the start-up, not the first command.
 */
export async function createEventStoreFromUrl(
  url: string,
  options: EventStoreDbEventStoreOptions = {},
): Promise<EventStoreDbEventStore> {
  const gateway = ClientGateway.fromConnectionString(url);
  const store = new EventStoreDbEventStore(gateway, options);
  try {
    await store.head();
  } catch (error) {
    await store.close().catch(() => undefined);
    if (error instanceof AccessDeniedError) {
      throw new Error(
        `EventStoreDB at ${redact(url)} refused to let this user read $all. The app reads $all (projections, seal, verify): ` +
          `use a user in $admins, or have an admin grant it $r on $all (metadata of stream $$$all). See README, "EventStoreDB user rights".`,
        { cause: error },
      );
    }
    throw new Error(
      `EventStoreDB at ${redact(url)} did not answer: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return store;
}

export type { EventStore };
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions };

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
