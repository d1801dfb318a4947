// Public surface of the event store. The jest contract suite lives apart, in
// `libs/event-store/testing/contract.ts`, so that nothing here pulls in test code.
export * from './event-store.port.js';
export * from './hash-chain.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export type { ReaderLag } from './postgres/reads.js';
export type { ImportRow, LogImport } from './postgres/log-import.js';
export type { EventStoreDbEventStoreOptions } from './eventstoredb/create-event-store.js';
import type { EventStore } from './event-store.port.js';
import type { EventStoreDbEventStoreOptions } from './eventstoredb/create-event-store.js';

/**
 * The EventStoreDB adapter, loaded only when asked for: its client (gRPC, protobuf) stays out of
 * every process that keeps the log in PostgreSQL.
 */
export async function createEventStoreFromUrl(
  url: string,
  options?: EventStoreDbEventStoreOptions,
): Promise<EventStore> {
  const { createEventStoreFromUrl: create } = await import('./eventstoredb/create-event-store.js');
  return create(url, options);
}
