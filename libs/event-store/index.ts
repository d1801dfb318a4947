// Public surface of the event store. The jest contract suite lives apart, in
// `libs/event-store/testing/contract.ts`, so that nothing here pulls in test code.
export * from './event-store.port.js';
export * from './hash-chain.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export type { ReaderLag } from './postgres/reads.js';
export { EventStoreDbEventStore, createEventStoreFromUrl, type EventStoreDbEventStoreOptions } from './eventstoredb/create-event-store.js';
