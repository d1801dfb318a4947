/**
 * The twinning context (kết nghĩa): pairings with their activities, and projects (công trình).
 * Everything other contexts and apps may use is exported here; nothing reaches past this file.
 */
export * from './domain/twinning.labels.js';
export type * from './domain/activity.types.js';
export { ACTIVITY_KIND_RULES, COMMON_ACTIVITY_FIELDS, COMMON_ACTIVITY_RULES, correctableFields, mergeCorrection, normalizeActivity, validateActivity } from './domain/activity.rules.js';
export type { FieldRule, KindRules } from './domain/activity.rules.js';

export * from './domain/pairing.events.js';
export type * from './domain/pairing.commands.js';
export { activityRecords, evolvePairing, initialPairingState } from './domain/pairing.evolve.js';
export type { ActivityEntry, ExistingPairing, PairingPlan, PairingState } from './domain/pairing.evolve.js';
export { decidePairing, pairingDecider } from './domain/pairing.decide.js';

export * from './domain/project.events.js';
export type * from './domain/project.commands.js';
export { evolveProject, initialProjectState } from './domain/project.evolve.js';
export type { OpenProjectStatus, ProgressMark, ProjectState } from './domain/project.evolve.js';
export { decideProject, projectDecider } from './domain/project.decide.js';

export type { StoredEvent } from './read/event-data.js';
export { evolvePairingSummary } from './read/pairing-summary/pairing-summary.evolve.js';
export type { PairingSummary, PairingSummaryActivity, PairingSummaryPlan } from './read/pairing-summary/pairing-summary.evolve.js';
export { evolveActivityLog } from './read/activity-log/activity-log.evolve.js';
export type { ActivityLog, ActivityLogRow, UnitPeriod } from './read/activity-log/activity-log.evolve.js';
export { evolveProjectBoard } from './read/project-board/project-board.evolve.js';
export type { FundingTotals, ProjectBoardEntry } from './read/project-board/project-board.evolve.js';
