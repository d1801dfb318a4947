import { applyDecorators, SetMetadata, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { COMMAND_RESULT, PROBLEM, type Schema } from './openapi.schemas.js';
import { dtoSchema } from './dto-schemas.js';

/**
 * The problems a route can answer beyond those every route gives: 400 (any input), 401 and 403
 * (any signed-in route) are added to the document by `openApiDocument`, once.
 */
export type ProblemStatus = 404 | 409 | 412 | 422 | 429;

export const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid input: `validation_failed` with `errors[]` per field, or a value a domain rule refuses.',
  401: 'Not signed in, or the session expired (`unauthenticated`).',
  403: 'The role or scope does not allow it (`forbidden_role`, `forbidden_scope`, `forbidden_reference`, `password_change_required`).',
  404: 'An unknown record, in the path or named in the body.',
  409: 'A domain rule refused the command (`code` names it), or a concurrent change (`concurrent_modification`).',
  412: '`If-Match` does not match the current revision (`precondition_failed`).',
  422: 'This `Idempotency-Key` was already used for a different request.',
  429: 'Too many attempts; see `Retry-After`.',
};

export const problemResponse = (status: number) => ({
  description: PROBLEM_DESCRIPTIONS[status] ?? 'Error.',
  content: { 'application/problem+json': { schema: PROBLEM } },
});

/** Problem+json responses for these statuses. */
export const ApiProblems = (...statuses: readonly number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })));

export interface CommandRouteOptions {
  /** 201: the command starts a record (its stream); otherwise 200. */
  readonly created?: boolean;
  /** Replaces the default 404, 409, 412, 422. */
  readonly problems?: readonly ProblemStatus[];
  readonly description?: string;
  /** A command that answers something else than `CommandResult` (null: no body, 204). */
  readonly response?: Schema | null;
  readonly status?: number;
}

/**
 * A command endpoint (API.md): answers `CommandResult` with `ETag`, honours `If-Match` and
 * `Idempotency-Key`, and refuses with problem+json.
 */
export function CommandRoute(summary: string, options: CommandRouteOptions = {}): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary, description: options.description }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The revision you read, e.g. `"3"`: the command is refused (412) if the record changed since.',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retry safely: the same key and body answer the first result again.',
    }),
    ApiResponse(commandResponse(options)),
    ApiProblems(...(options.problems ?? [404, 409, 412, 422])),
    documentQueryDto,
  );
}

function commandResponse(options: CommandRouteOptions) {
  const status = options.status ?? (options.response === null ? 204 : options.created ? 201 : 200);
  const description = status === 201 ? 'Recorded; the new record is `id`.' : 'Recorded.';
  if (options.response === null) return { status, description };
  if (options.response) return { status, description, content: { 'application/json': { schema: options.response } } };
  return {
    status,
    description,
    headers: { ETag: { description: 'The revision after the command, quoted.', schema: { type: 'string' } } },
    content: { 'application/json': { schema: COMMAND_RESULT } },
  };
}

export interface QueryRouteOptions {
  readonly problems?: readonly ProblemStatus[];
  readonly description?: string;
  /** Another success status or media type (a file download). */
  readonly status?: number;
  readonly mediaType?: string;
  /** Other media types the same answer comes as (binary: a PDF, a workbook). */
  readonly alsoAs?: readonly string[];
}

/**
 * A read endpoint (or one outside the event log: sign-in, sign-out): its summary, the schema of
 * its answer (null: none, 204), the problems beyond the common ones.
 */
export function QueryRoute(summary: string, response: Schema | null, options: QueryRouteOptions = {}): MethodDecorator {
  const status = options.status ?? (response ? 200 : 204);
  return applyDecorators(
    ApiOperation({ summary, description: options.description }),
    ApiResponse(
      response
        ? { status, description: 'OK.', content: contentOf(response, options) }
        : { status, description: 'Done.' },
    ),
    ApiProblems(...(options.problems ?? [])),
    documentQueryDto,
  );
}

function contentOf(response: Schema, options: QueryRouteOptions) {
  const binary = Object.fromEntries(
    (options.alsoAs ?? []).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  );
  return { [options.mediaType ?? 'application/json']: { schema: response }, ...binary };
}

/** No sign-in needed; a session, when sent, is still read (`security: [{}]`, anonymous allowed). */
export const OpenRoute = () => applyDecorators(SetMetadata('kn:public', true), ApiSecurity({}));

/**
 * `@Query() q: SomeQuery` and `@Param() p: SomeParams`: each of the DTO's fields becomes a query
 * or path parameter, its schema taken from the class-validator rules that check it.
 */
function documentQueryDto(
  target: object,
  key: string | symbol | undefined,
  descriptor?: TypedPropertyDescriptor<unknown>,
): void {
  if (key === undefined || !descriptor) return;
  const args: Record<string, { index: number; data?: unknown }> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key) ?? {};
  const types: Type[] = Reflect.getMetadata('design:paramtypes', target, key) ?? [];
  for (const [name, arg] of Object.entries(args)) {
    const inPath = name.startsWith(`${RouteParamtypes.PARAM}:`);
    if ((!inPath && !name.startsWith(`${RouteParamtypes.QUERY}:`)) || arg.data !== undefined) continue;
    const schema = dtoSchema(types[arg.index]);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [field, fieldSchema] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      const parameter = { name: field, required: inPath || required.has(field), schema: fieldSchema as never };
      (inPath ? ApiParam(parameter) : ApiQuery(parameter))(target, key, descriptor);
    }
  }
}
