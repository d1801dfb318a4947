/**
 * JSON schemas (OpenAPI 3.0) of what the API answers, written compactly. Request bodies and query
 * strings need none of this: their schemas come from the DTOs' class-validator rules.
 */
export type Schema = { readonly [key: string]: unknown };

const named = new Map<string, Schema>();

/** A response schema under its own name in `components.schemas`; returns the reference to it. */
export function named$(name: string, schema: Schema): Schema {
  const known = named.get(name);
  if (known && JSON.stringify(known) !== JSON.stringify(schema)) throw new Error(`two response schemas named ${name}`);
  named.set(name, schema);
  return { $ref: `#/components/schemas/${name}` };
}

export const namedSchemas = (): ReadonlyMap<string, Schema> => named;

export const str: Schema = { type: 'string' };
export const uuid: Schema = { type: 'string', format: 'uuid' };
export const date: Schema = { type: 'string', format: 'date' };
export const instant: Schema = { type: 'string', format: 'date-time' };
export const int: Schema = { type: 'integer' };
export const num: Schema = { type: 'number' };
export const bool: Schema = { type: 'boolean' };
/** Whole VND, non-negative. */
export const vnd: Schema = { type: 'integer', minimum: 0 };
export const anyObject: Schema = { type: 'object', additionalProperties: true };

export const nullable = (s: Schema): Schema =>
  '$ref' in s ? { allOf: [s], nullable: true } : { ...s, nullable: true };
export const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
export const mapOf = (values: Schema): Schema => ({ type: 'object', additionalProperties: values });
export const oneOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
export const described = (description: string, s: Schema): Schema =>
  '$ref' in s ? { allOf: [s], description } : { ...s, description };

/**
 * An object whose listed properties are all present (nullable ones say so); `optional` ones may be
 * absent. Extra properties are allowed: read models grow fields without breaking clients.
 */
export function obj(properties: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema {
  const required = Object.keys(properties);
  return { type: 'object', ...(required.length ? { required } : {}), properties: { ...properties, ...optional } };
}

/** `{ items, total }` of every list query (`?limit=&offset=`). */
export const pageOf = (items: Schema): Schema => obj({ items: arrayOf(items), total: int });

/** RFC 9457 problem details: every error answer. */
export const PROBLEM = named$(
  'Problem',
  obj(
    {
      type: str,
      title: str,
      status: int,
      detail: str,
      code: described('Stable machine-readable code, e.g. `pairing.one_active_per_unit`.', str),
    },
    {
      instance: str,
      errors: arrayOf(obj({ field: str, code: str, message: str })),
      rule: described('The domain rule that refused the command.', str),
    },
  ),
);

/** What every command answers (with `ETag: "<revision>"`). */
export const COMMAND_RESULT = named$(
  'CommandResult',
  obj(
    {
      id: described('The record the command acted on (or created).', uuid),
      streamId: str,
      revision: described('The stream revision after the command; send it back as If-Match.', int),
      position: described('Global log position; send it as X-Min-Position to read your own write.', int),
    },
    {},
  ),
);
