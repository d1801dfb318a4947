import type { Type } from '@nestjs/common';
import type { Automation, Projection } from '@kn/platform';
import { adminUnitTreeProjection, TERRITORY_MIGRATIONS, TerritoryModule } from '@kn/territory';
import { organizationsProjection, ORGANIZATIONS_MIGRATIONS, OrganizationsModule } from '@kn/organizations';

/**
 * The bounded contexts this process serves: their Nest modules (HTTP), read-model projections
 * and migrations. One list, shared by the API, the projector and the CLI.
 */
export const CONTEXT_MODULES: Type[] = [TerritoryModule, OrganizationsModule];
export const PROJECTIONS_ALL: Projection[] = [adminUnitTreeProjection, organizationsProjection];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS_ALL: Function[] = [...TERRITORY_MIGRATIONS, ...ORGANIZATIONS_MIGRATIONS];
export const AUTOMATIONS_ALL: Automation[] = [];
