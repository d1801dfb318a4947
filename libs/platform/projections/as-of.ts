import type { EventStore, RecordedEvent } from '@kn/event-store';

/**
 * An entity as the system recorded it at an instant: fold its stream, up to the last event
 * recorded at or before then, through the same pure evolve as its read model.
 */
export async function readDocAsOf<D>(
  store: EventStore,
  streamId: string,
  instant: Date,
  evolve: (doc: D | null, e: RecordedEvent) => D | null,
): Promise<{ doc: D | null; revision: number }> {
  const events = await store.readStream(streamId, { recordedUpTo: instant });
  return { doc: events.reduce<D | null>((doc, e) => evolve(doc, e), null), revision: events.length - 1 };
}
