import type { Type } from '@nestjs/common';
import type { Projection } from '@kn/platform';

/**
 * The bounded contexts this process serves: their Nest modules (HTTP), read-model projections
 * and migrations. One list, shared by the API, the projector and the CLI.
 */
export const CONTEXT_MODULES: Type[] = [];
export const PROJECTIONS_ALL: Projection[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS_ALL: Function[] = [];
