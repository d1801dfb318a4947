/**
 * Households bounded context (SPEC §2.5, §2.6): the poverty-standards rules library, the
 * `household-<id>` stream with its route out of poverty, and pure read-model folds.
 */
// Poverty standards
export type {
  Area,
  AreaThresholds,
  Classification,
  ClassificationInput,
  Indicator,
  PovertyStandard,
  RuleFamily,
  UnconfirmedFacts,
} from './domain/poverty-standards/poverty-standard.types.js';
export { AREAS, CLASSIFICATIONS, RULE_FAMILIES } from './domain/poverty-standards/poverty-standard.types.js';
export {
  classify,
  listStandards,
  reclassify,
  standardByCode,
  standardForReview,
  standardInForce,
  thresholdsFor,
  validateDeprivations,
  type ReviewStandard,
} from './domain/poverty-standards/poverty-standards.js';

// Household stream
export type * from './domain/household.events.js';
export { COMMITMENT_KINDS, TRANSITIONS } from './domain/household.events.js';
export type * from './domain/household.commands.js';
export type { PersonalData, SealedPersonalData } from './domain/personal-data.js';
export type { CommitmentState, HouseholdState, RegisteredHousehold } from './domain/household.state.js';
export { evolveHousehold, initialHouseholdState } from './domain/household.state.js';
export { HOUSEHOLD_CATEGORY, decideHousehold, householdDecider } from './domain/household.decide.js';
export { isEthnicMinority } from './domain/household-registration.decide.js';
export { findEthnicGroup, isMinorityGroup, listEthnicGroups } from './domain/ethnic-groups/ethnic-groups.js';
export type { EthnicGroup } from './domain/ethnic-groups/ethnic-groups.data.js';
export { assessmentOutcome, type AssessmentOutcome } from './domain/assessment-outcome.js';
export { TRANSITION_TABLE, transitionBetween } from './domain/poverty-transitions.js';
export { exitOutcomes, sustainableExits, type ExitOutcome, type ReviewResult } from './domain/sustainable-exits.js';
export { commitmentStatus, type CommitmentLike, type CommitmentStatus } from './domain/commitment-status.js';
export { isHouseholdEventType, parseHouseholdEvent } from './domain/household-event.parse.js';
export {
  CLASSIFICATION_LABELS,
  COMMITMENT_KIND_LABELS,
  TRANSITION_LABELS,
  formatVnd,
  type Label,
} from './domain/household.labels.js';

export {
  HOUSEHOLD_COUNT_CATEGORY,
  householdCountDecider,
  householdCountStream,
  recordHouseholdCount,
  type HouseholdCountEvent,
  type HouseholdCountRecorded,
  type RecordHouseholdCount,
  type YearCount,
} from './domain/household-count.js';

// Read models
export {
  evolveHouseholdRegister,
  householdRegisterView,
  type HouseholdRegisterDoc,
  type HouseholdRegisterView,
  type LatestAssessment,
  type RegisterCommitment,
} from './read/household-register/household-register.evolve.js';
export {
  businessDateOf,
  emptyTimeline,
  evolveHouseholdTimeline,
  type HouseholdTimelineDoc,
  type TimelineItem,
} from './read/household-timeline/household-timeline.evolve.js';
export {
  povertyDynamics,
  type AssessmentHistoryRow,
  type Figure,
  type NearPoorDynamics,
  type PoorDynamics,
  type PovertyDynamicsRow,
} from './read/poverty-dynamics/poverty-dynamics.js';

// Infrastructure (node:crypto; the PostgreSQL KeyStore is provided by the wiring)
export {
  PersonalDataErasedError,
  PersonalDataTamperedError,
  PersonalDataVault,
  newDataKey,
  type KeyStore,
} from './infrastructure/personal-data-vault.js';

// Wiring (HTTP, read models, automation, migrations)
export { PgKeyStore } from './infrastructure/pg-key-store.js';
export { HouseholdsModule } from './households.module.js';
export {
  householdRegisterProjection,
  evolveRegisterRecorded,
} from './read/household-register/household-register.projection.js';
export { householdSearchProjection } from './read/household-search/household-search.projection.js';
export { BlindIndex } from './infrastructure/blind-index.js';
export { normaliseName, nameTokens, normaliseIdNumber } from './domain/name-tokens.js';
export { householdTimelineProjection } from './read/household-timeline/household-timeline.projection.js';
export { commitmentTrackerProjection } from './read/commitment-tracker/commitment-tracker.projection.js';
export { povertyAssessmentsProjection } from './read/poverty-dynamics/poverty-assessments.projection.js';
export { householdsFollowMerges } from './automation/follow-commune-merges/households-follow-merges.automation.js';
export { householdStream } from './read/household-event.js';
import { householdRegisterProjection as register } from './read/household-register/household-register.projection.js';
import { householdTimelineProjection as timeline } from './read/household-timeline/household-timeline.projection.js';
import { commitmentTrackerProjection as tracker } from './read/commitment-tracker/commitment-tracker.projection.js';
import { povertyAssessmentsProjection as assessments } from './read/poverty-dynamics/poverty-assessments.projection.js';
import { householdsFollowMerges as followMerges } from './automation/follow-commune-merges/households-follow-merges.automation.js';
import { householdSearchProjection } from './read/household-search/household-search.projection.js';
import { Households1700000004000 } from './read/migrations/1700000004000-households.js';
import { HouseholdSearch1700000004100 } from './read/migrations/1700000004100-household-search.js';
import { HouseholdMerges1700000004200 } from './read/migrations/1700000004200-household-merges.js';
import type { Projection } from '@kn/platform';
/** The households' read models; the search index opens heads with keys wrapped under `personalDataKey`. */
export function householdsProjections(personalDataKey: Buffer): Projection[] {
  return [register, timeline, tracker, assessments, householdSearchProjection(personalDataKey)];
}
export const HOUSEHOLDS_MIGRATIONS = [
  Households1700000004000,
  HouseholdSearch1700000004100,
  HouseholdMerges1700000004200,
];
import { commitmentsFollowOrganizationMerges } from './automation/follow-organization-merges/commitments-follow-organization-merges.automation.js';
export const HOUSEHOLDS_AUTOMATIONS = [followMerges, commitmentsFollowOrganizationMerges];
export { HOUSEHOLD_SCOPES } from './http/households.scopes.js';
export { HouseholdStreamCommand } from './write/household-stream.handler.js';
export { RegisterHouseholdCommand } from './write/register-household/register-household.handler.js';
export { MoveHouseholdCommand } from './write/move-household/move-household.handler.js';
export { EraseHouseholdPersonalDataCommand } from './write/erase-personal-data/erase-personal-data.handler.js';

// Spreadsheet imports (issue 17, item 4)
export type * from './domain/household-import.events.js';
export { IMPORT_KINDS, IMPORT_CATEGORY, importProgress, importStream } from './domain/household-import.events.js';
