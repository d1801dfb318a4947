import { createRequire } from 'node:module';
import { ValidationTypes } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { IOptions } from 'class-validator-jsonschema/build/options.js';
import type { Schema } from './openapi.schemas.js';

/**
 * Request schemas come from the class-validator rules that check the requests: one source, so
 * the document cannot promise a field the validation pipe refuses. Our own validators
 * (libs/platform/http/validators.ts) are converted here by name.
 */
// The storage @Type() fills (class-transformer resolves to its CommonJS build, here as for Nest).
const { defaultMetadataStorage } = createRequire(import.meta.url)('class-transformer/cjs/storage.js');

const OPTIONS: Partial<IOptions> = {
  refPointerPrefix: '#/components/schemas/',
  classTransformerMetadataStorage: defaultMetadataStorage,
  additionalConverters: {
    // OpenAPI 3.0 has no `type: null`; "required" already says the field must be there.
    [ValidationTypes.IS_DEFINED]: {},
    isIsoDate: { type: 'string', format: 'date' },
    isPastIsoDate: { type: 'string', format: 'date', description: 'Not after today (Vietnam).' },
    // A date or an instant: one schema, not two overlapping ones.
    isIso8601: { type: 'string', description: 'ISO 8601 date or instant.' },
    isVnd: { type: 'integer', minimum: 0, maximum: 999_999_999_999_999 },
  },
};

/** The schema of one DTO class (a query's parameters). */
export const dtoSchema = (dto: abstract new (...args: never[]) => unknown): Schema =>
  refsAlone(targetConstructorToSchema(dto, OPTIONS)) as Schema;

/** The schemas of every DTO class, by class name (request bodies and what they nest). */
export const dtoSchemas = (): Record<string, Schema> =>
  refsAlone(validationMetadatasToSchemas(OPTIONS)) as Record<string, Schema>;

/** A `$ref` stands alone in OpenAPI 3.0 (the converter adds `type: object` beside nested DTOs). */
function refsAlone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(refsAlone);
  if (typeof value !== 'object' || value === null) return value;
  if ('$ref' in value) return { $ref: (value as { $ref: string }).$ref };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, refsAlone(v)]));
}
