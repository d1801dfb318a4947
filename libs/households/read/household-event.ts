import type { RecordedEvent } from '@kn/event-store';
import { categoryOf, idOf } from '@kn/shared';
import { HOUSEHOLD_CATEGORY } from '../domain/household.decider.js';
import { parseHouseholdEvent } from '../domain/household-event.parse.js';
import type { HouseholdEvent } from '../domain/household.events.js';

/** A stored event of a household stream, typed, with the household id; null for anything else. */
export function householdEventOf(e: RecordedEvent): { householdId: string; event: HouseholdEvent } | null {
  if (categoryOf(e.streamId) !== HOUSEHOLD_CATEGORY) return null;
  const event = parseHouseholdEvent(e);
  return event ? { householdId: idOf(e.streamId), event } : null;
}

export const householdStream = (householdId: string): string => `${HOUSEHOLD_CATEGORY}-${householdId}`;
