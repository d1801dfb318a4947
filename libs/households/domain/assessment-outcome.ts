import type { Classification } from './poverty-standards/poverty-standard.types.js';
import type { HouseholdEvent, Transition } from './household.events.js';

export interface AssessmentOutcome {
  readonly standard: string;
  readonly classification: Classification;
  readonly transition: Transition | null;
}

/** The command-specific fields of the assessment response (API.md), from the decided events. */
export function assessmentOutcome(events: readonly HouseholdEvent[]): AssessmentOutcome | null {
  let outcome: AssessmentOutcome | null = null;
  for (const e of events) {
    if (e.type === 'PovertyAssessed')
      outcome = { standard: e.data.standard, classification: e.data.classification, transition: null };
    if (e.type === 'PovertyStatusChanged' && outcome) outcome = { ...outcome, transition: e.data.transition };
  }
  return outcome;
}
