import { householdDocumentProjection } from '../household-documents.js';
import { emptyTimeline, evolveHouseholdTimeline, type HouseholdTimelineDoc } from './household-timeline.evolve.js';

/** rm.household_timeline: the route out of poverty, one document per household. */
export const householdTimelineProjection = householdDocumentProjection<HouseholdTimelineDoc>({
  name: 'household_timeline',
  table: 'household_timeline',
  evolve: (doc, event) => evolveHouseholdTimeline(doc ?? emptyTimeline, event),
});
