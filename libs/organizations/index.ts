// Public face of the organisations context; other code imports only from here.
export * from './domain/organization.labels.js';
export type * from './domain/organization.events.js';
export {
  ORGANIZATION_EVENT_TYPES,
  organizationMergedFact,
  type OrganizationMergedFact,
} from './domain/organization.events.js';
export type * from './domain/organization.commands.js';
export type { OrganizationState, OrganizationFacts } from './domain/organization.state.js';
export { initialOrganizationState, organizationFacts } from './domain/organization.state.js';
export { organizationDecider, decideOrganization } from './domain/organization.decide.js';
export type { OrganizationDoc } from './read/organizations/organizations.evolve.js';
export { evolveOrganization } from './read/organizations/organizations.evolve.js';
import { Organizations1700000002000 } from './read/migrations/1700000002000-organizations.js';
export { OrganizationsModule } from './organizations.module.js';
export { organizationsProjection } from './read/organizations/organizations.projection.js';
export const ORGANIZATIONS_MIGRATIONS = [Organizations1700000002000];
export { OrganizationStreamCommand } from './write/organization-stream.handler.js';
