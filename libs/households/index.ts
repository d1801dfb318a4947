/**
 * Households bounded context (SPEC §2.5, §2.6): the poverty-standards rules library, the
 * `household-<id>` stream with its route out of poverty, and pure read-model folds.
 */
// Poverty standards
export type {
  Area, AreaThresholds, Classification, ClassificationInput, Indicator, PovertyStandard, RuleFamily, UnconfirmedFacts,
} from './domain/poverty-standards/poverty-standard.types.js';
export { AREAS, CLASSIFICATIONS, RULE_FAMILIES } from './domain/poverty-standards/poverty-standard.types.js';
export {
  classify, listStandards, reclassify, standardByCode, standardInForce, thresholdsFor, validateDeprivations,
} from './domain/poverty-standards/poverty-standards.js';

// Household stream
export type * from './domain/household.events.js';
export { COMMITMENT_KINDS, TRANSITIONS } from './domain/household.events.js';
export type * from './domain/household.commands.js';
export type { PersonalData, SealedPersonalData } from './domain/personal-data.js';
export type { CommitmentState, HouseholdState, RegisteredHousehold } from './domain/household.state.js';
export { evolveHousehold, initialHouseholdState } from './domain/household.state.js';
export { HOUSEHOLD_CATEGORY, decideHousehold, householdDecider } from './domain/household.decider.js';
export { isEthnicMinority } from './domain/household-registration.decide.js';
export { assessmentOutcome, type AssessmentOutcome } from './domain/assessment-outcome.js';
export { TRANSITION_TABLE, transitionBetween } from './domain/poverty-transitions.js';
export { exitOutcomes, sustainableExits, type ExitOutcome, type ReviewResult } from './domain/sustainable-exits.js';
export { commitmentStatus, type CommitmentLike, type CommitmentStatus } from './domain/commitment-status.js';
export { isHouseholdEventType, parseHouseholdEvent } from './domain/household-event.parse.js';
export { CLASSIFICATION_LABELS, COMMITMENT_KIND_LABELS, TRANSITION_LABELS, formatVnd, type Label } from './domain/household.labels.js';

// Read models
export {
  evolveHouseholdRegister, householdRegisterView,
  type HouseholdRegisterDoc, type HouseholdRegisterView, type LatestAssessment, type RegisterCommitment,
} from './read/household-register/household-register.evolve.js';
export {
  businessDateOf, emptyTimeline, evolveHouseholdTimeline, type HouseholdTimelineDoc, type TimelineItem,
} from './read/household-timeline/household-timeline.evolve.js';
export {
  povertyDynamics, type AssessmentHistoryRow, type Figure, type NearPoorDynamics, type PoorDynamics, type PovertyDynamicsRow,
} from './read/poverty-dynamics/poverty-dynamics.js';

// Infrastructure (node:crypto; the PostgreSQL KeyStore is provided by the wiring)
export {
  PersonalDataErasedError, PersonalDataTamperedError, PersonalDataVault, newDataKey, type KeyStore,
} from './infrastructure/personal-data-vault.js';
