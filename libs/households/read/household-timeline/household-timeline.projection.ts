import { documentProjection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decider.js';
import { householdEventOf } from '../household-event.js';
import { emptyTimeline, evolveHouseholdTimeline, type HouseholdTimelineDoc } from './household-timeline.evolve.js';

/** rm.household_timeline: the route out of poverty, one document per household. */
export const householdTimelineProjection = documentProjection<HouseholdTimelineDoc>({
  name: 'household_timeline',
  table: 'household_timeline',
  categories: [HOUSEHOLD_CATEGORY],
  keyOf: (e) => householdEventOf(e)?.householdId ?? null,
  evolve: (doc, e) => {
    const parsed = householdEventOf(e);
    return parsed ? evolveHouseholdTimeline(doc ?? emptyTimeline, parsed.event) : doc;
  },
});
