import type { DynamicModule, Type } from '@nestjs/common';
import type { Automation, Projection } from '@kn/platform';
import { adminUnitTreeProjection, evolveAdminUnit, TERRITORY_MIGRATIONS, TerritoryModule } from '@kn/territory';
import { evolveOrganization, organizationsProjection, ORGANIZATIONS_MIGRATIONS, OrganizationsModule } from '@kn/organizations';
import { AUDIT_MIGRATIONS, auditLogProjection, AuditModule, type EntityFold } from '@kn/audit';
import { HOUSEHOLDS_AUTOMATIONS, HOUSEHOLDS_MIGRATIONS, HOUSEHOLDS_PROJECTIONS, HouseholdsModule } from '@kn/households';

/**
 * The bounded contexts this process serves: their Nest modules (HTTP), read-model projections
 * and migrations. One list, shared by the API, the projector and the CLI.
 */
/** How the audit trail folds each stream category into an entity document, for field diffs. */
export const ENTITY_FOLDS: Record<string, EntityFold> = {
  adminunit: evolveAdminUnit as EntityFold,
  organization: evolveOrganization as EntityFold,
};

export const CONTEXT_MODULES: (Type | DynamicModule)[] = [TerritoryModule, OrganizationsModule, AuditModule.forRoot(ENTITY_FOLDS), HouseholdsModule];
export const PROJECTIONS_ALL: Projection[] = [auditLogProjection, adminUnitTreeProjection, organizationsProjection, ...HOUSEHOLDS_PROJECTIONS];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS_ALL: Function[] = [...AUDIT_MIGRATIONS, ...TERRITORY_MIGRATIONS, ...ORGANIZATIONS_MIGRATIONS, ...HOUSEHOLDS_MIGRATIONS];
export const AUTOMATIONS_ALL: Automation[] = [...HOUSEHOLDS_AUTOMATIONS];
