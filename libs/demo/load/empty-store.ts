import type { EventStore } from '@kn/event-store';

/** The store holds no business data yet (users and their audit events do not count). */
export async function hasNoBusinessData(store: EventStore): Promise<boolean> {
  const found = await store.readAll({
    categories: ['adminunit', 'organization', 'pairing', 'project', 'household'],
    maxCount: 1,
  });
  return found.length === 0;
}
