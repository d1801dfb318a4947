import type { RecordedEvent } from '@kn/event-store';
import { categoryOf, idOf } from '@kn/shared';
import { HOUSEHOLD_CATEGORY } from '../domain/household.decide.js';
import { parseHouseholdEvent } from '../domain/household-event.parse.js';
import type { HouseholdEvent } from '../domain/household.events.js';

type Parsed = { householdId: string; event: HouseholdEvent } | null;

/** Four projections read each household event of a batch: parse it once (results are never mutated). */
const parsedEvents = new WeakMap<RecordedEvent, Parsed>();

/** A stored event of a household stream, typed, with the household id; null for anything else. */
export function householdEventOf(e: RecordedEvent): Parsed {
  const cached = parsedEvents.get(e);
  if (cached !== undefined) return cached;
  const parsed = parse(e);
  if (typeof e === 'object' && e !== null) parsedEvents.set(e, parsed);
  return parsed;
}

function parse(e: RecordedEvent): Parsed {
  if (categoryOf(e.streamId) !== HOUSEHOLD_CATEGORY) return null;
  const event = parseHouseholdEvent(e);
  return event ? { householdId: idOf(e.streamId), event } : null;
}

export const householdStream = (householdId: string): string => `${HOUSEHOLD_CATEGORY}-${householdId}`;
