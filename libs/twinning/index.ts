/**
 * The twinning context (kết nghĩa): pairings with their activities, and projects (công trình).
 * Everything other contexts and apps may use is exported here; nothing reaches past this file.
 */
export * from './domain/twinning.labels.js';
export type * from './domain/activity.types.js';
export {
  ACTIVITY_KIND_RULES,
  COMMON_ACTIVITY_FIELDS,
  COMMON_ACTIVITY_RULES,
  correctableFields,
  mergeCorrection,
  normalizeActivity,
  validateActivity,
} from './domain/activity.rules.js';
export type { FieldRule, KindRules } from './domain/activity.rules.js';

export * from './domain/pairing.events.js';
export type * from './domain/pairing.commands.js';
export { activityRecords, evolvePairing, initialPairingState } from './domain/pairing.state.js';
export type { ActivityEntry, ExistingPairing, PairingPlan, PairingState } from './domain/pairing.state.js';
export { decidePairing, pairingDecider } from './domain/pairing.decide.js';

export * from './domain/project.events.js';
export type * from './domain/project.commands.js';
export { evolveProject, initialProjectState } from './domain/project.state.js';
export type { OpenProjectStatus, ProgressMark, ProjectState } from './domain/project.state.js';
export { decideProject, projectDecider } from './domain/project.decide.js';

export type { StoredEvent } from './read/event-data.js';
export { evolvePairingSummary } from './read/pairing-summary/pairing-summary.evolve.js';
export type {
  PairingSummary,
  PairingSummaryActivity,
  PairingSummaryPlan,
} from './read/pairing-summary/pairing-summary.evolve.js';
export { evolveActivityLog } from './read/activity-log/activity-log.evolve.js';
export type { ActivityLog, ActivityLogRow, UnitPeriod } from './read/activity-log/activity-log.evolve.js';
export { evolveProjectBoard } from './read/project-board/project-board.evolve.js';
export type { FundingTotals, ProjectBoardEntry } from './read/project-board/project-board.evolve.js';

// Wiring: stream names, HTTP module, read models, the merge automation and migrations.
export { pairingStream, projectStream } from './domain/twinning.streams.js';
export { TwinningModule } from './twinning.module.js';
export { pairingsProjection } from './read/pairings/pairings.projection.js';
export { ACTIVE_PAIRED_UNITS_SQL } from './read/pairings/paired-units.query.js';
export { activityLogProjection } from './read/activity-log/activity-log.projection.js';
export { projectBoardProjection } from './read/project-board/project-board.projection.js';
export { coverage } from './read/commune-coverage/commune-coverage.query.js';
export type { Coverage } from './read/commune-coverage/commune-coverage.query.js';
export { pairingsFollowMerges } from './automation/follow-unit-merges/pairings-follow-merges.automation.js';
export { projectsFollowMerges } from './automation/follow-unit-merges/projects-follow-merges.automation.js';
import { pairingsProjection as pairings } from './read/pairings/pairings.projection.js';
import { activityLogProjection as activityLog } from './read/activity-log/activity-log.projection.js';
import { projectBoardProjection as projectBoard } from './read/project-board/project-board.projection.js';
import { pairingsFollowMerges as followMerges } from './automation/follow-unit-merges/pairings-follow-merges.automation.js';
import { Twinning1700000003000 } from './read/migrations/1700000003000-twinning.js';
export const TWINNING_PROJECTIONS = [pairings, activityLog, projectBoard];
export const TWINNING_MIGRATIONS = [Twinning1700000003000];
import { pairingsFollowOrganizationMerges } from './automation/follow-organization-merges/pairings-follow-organization-merges.automation.js';
import { projectsFollowMerges } from './automation/follow-unit-merges/projects-follow-merges.automation.js';
export const TWINNING_AUTOMATIONS = [followMerges, projectsFollowMerges, pairingsFollowOrganizationMerges];
export { TWINNING_SCOPES } from './http/twinning.scopes.js';
export { PairingSlots, pairingSlotStream, IN_FLIGHT_MS } from './write/pairing-slots.js';
export { PairingStreamCommand } from './write/pairing-stream.handler.js';
export { ProjectStreamCommand } from './write/project-stream.handler.js';
export { EstablishPairingCommand } from './write/establish-pairing/establish-pairing.handler.js';
export { EndPairingCommand } from './write/end-pairing/end-pairing.handler.js';
export { FollowUnitMergeCommand } from './write/follow-unit-merge/follow-unit-merge.handler.js';
export { ProposeProjectCommand } from './write/propose-project/propose-project.handler.js';
export { ActivePairingsOnUnitQuery } from './read/active-pairings-on-unit/active-pairings-on-unit.query.js';
