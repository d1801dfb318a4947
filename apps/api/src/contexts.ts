import type { DynamicModule, Type } from '@nestjs/common';
import type { Automation, Projection } from '@kn/platform';
import { IDENTITY_AUTOMATIONS, IDENTITY_MIGRATIONS, type ScopeResolver } from '@kn/identity';
import {
  adminUnitTreeProjection,
  evolveAdminUnit,
  TERRITORY_AUTOMATIONS,
  TERRITORY_MIGRATIONS,
  TerritoryModule,
} from '@kn/territory';
import {
  evolveOrganization,
  organizationsProjection,
  ORGANIZATIONS_MIGRATIONS,
  OrganizationsModule,
} from '@kn/organizations';
import { AUDIT_MIGRATIONS, auditLogProjection, AuditModule, type EntityFold } from '@kn/audit';
import { DASHBOARD_MIGRATIONS, dashboardFactsProjection, DashboardModule } from '@kn/dashboard';
import {
  evolveRegisterRecorded,
  HOUSEHOLD_SCOPES,
  HOUSEHOLDS_AUTOMATIONS,
  HOUSEHOLDS_MIGRATIONS,
  householdsProjections,
  HouseholdsModule,
} from '@kn/households';
import { REPORTING_MIGRATIONS, ReportingModule } from '@kn/reporting';
import { DemoModule } from '@kn/demo';
import {
  evolvePairingSummary,
  evolveProjectBoard,
  TWINNING_AUTOMATIONS,
  TWINNING_SCOPES,
  TWINNING_MIGRATIONS,
  TWINNING_PROJECTIONS,
  TwinningModule,
} from '@kn/twinning';

/**
 * The bounded contexts this process serves: their Nest modules (HTTP), read-model projections
 * and migrations. One list, shared by the API, the projector and the CLI.
 */
/** How the audit trail folds each stream category into an entity document, for field diffs. */
export const ENTITY_FOLDS: Record<string, EntityFold> = {
  adminunit: evolveAdminUnit as EntityFold,
  organization: evolveOrganization as EntityFold,
  household: evolveRegisterRecorded as EntityFold,
  pairing: evolvePairingSummary as EntityFold,
  project: evolveProjectBoard as EntityFold,
};

export const CONTEXT_MODULES: (Type | DynamicModule)[] = [
  TerritoryModule,
  OrganizationsModule,
  AuditModule.forRoot(ENTITY_FOLDS),
  HouseholdsModule,
  TwinningModule,
  DashboardModule,
  ReportingModule,
  DemoModule,
];
/**
 * Every read model. A function of the personal-data master key: the households' search index
 * opens each head with its key to hash it (ADR 0020); the key never leaves the process.
 */
export function projectionsAll(secrets: { readonly personalDataKey: Buffer }): Projection[] {
  return [
    auditLogProjection,
    adminUnitTreeProjection,
    organizationsProjection,
    ...householdsProjections(secrets.personalDataKey),
    ...TWINNING_PROJECTIONS,
    dashboardFactsProjection,
  ];
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS_ALL: Function[] = [
  ...IDENTITY_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  ...TERRITORY_MIGRATIONS,
  ...ORGANIZATIONS_MIGRATIONS,
  ...HOUSEHOLDS_MIGRATIONS,
  ...TWINNING_MIGRATIONS,
  ...DASHBOARD_MIGRATIONS,
  ...REPORTING_MIGRATIONS,
];
export const AUTOMATIONS_ALL: Automation[] = [
  ...IDENTITY_AUTOMATIONS,
  ...TERRITORY_AUTOMATIONS,
  ...HOUSEHOLDS_AUTOMATIONS,
  ...TWINNING_AUTOMATIONS,
];

/** Who a record belongs to, for staff (organisation) and commune officers (commune): see @Scoped. */
export const SCOPE_RESOLVERS_ALL: Record<string, ScopeResolver> = { ...TWINNING_SCOPES, ...HOUSEHOLD_SCOPES };
