// Public face of the territory context (administrative units); other code imports only from here.
export * from './domain/admin-unit.labels.js';
export type * from './domain/admin-unit.events.js';
export {
  ADMIN_UNIT_EVENT_TYPES,
  childrenMoveFact,
  mergedIntoFact,
  reparentedFact,
  type ChildrenMoveFact,
  type MergedIntoFact,
  type ReparentedFact,
} from './domain/admin-unit.events.js';
export type * from './domain/admin-unit.commands.js';
export type { AdminUnitState, AdminUnitFacts } from './domain/admin-unit.state.js';
export { adminUnitFacts, initialAdminUnitState } from './domain/admin-unit.state.js';
export { adminUnitDecider, decideAdminUnit } from './domain/admin-unit.decide.js';
export type { MergeInput, MergeFacts, MergePlan } from './domain/admin-unit.merge.js';
export { planMerge } from './domain/admin-unit.merge.js';
export type { AdminUnitTreeDoc, AdminUnitHistoryEntry } from './read/admin-unit-tree/admin-unit-tree.evolve.js';
export { evolveAdminUnit } from './read/admin-unit-tree/admin-unit-tree.evolve.js';
export { unitLineage } from './read/unit-lineage/unit-lineage.query.js';
export { TerritoryModule } from './territory.module.js';
export { adminUnitTreeProjection } from './read/admin-unit-tree/admin-unit-tree.projection.js';
import { AdminUnits1700000001000 } from './read/migrations/1700000001000-admin-units.js';
export const TERRITORY_MIGRATIONS = [AdminUnits1700000001000];
export { AdminUnitStreamCommand } from './write/admin-unit-stream.handler.js';
export { EstablishAdministrativeUnitCommand } from './write/establish-administrative-unit/establish-administrative-unit.handler.js';
export { MergeAdministrativeUnitsCommand } from './write/merge-administrative-units/merge-administrative-units.handler.js';
import { childrenFollowParents } from './automation/children-follow-parents/children-follow-parents.automation.js';
export const TERRITORY_AUTOMATIONS = [childrenFollowParents];
