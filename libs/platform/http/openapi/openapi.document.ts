import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { dtoSchemas } from './dto-schemas.js';
import { problemResponse } from './openapi.decorators.js';
import { namedSchemas } from './openapi.schemas.js';

type Operation = {
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface OpenApiInfo {
  readonly title: string;
  readonly description: string;
  readonly version: string;
  /** Tag → what its operations are about (every tag used must be listed). */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The OpenAPI document of the running app: @nestjs/swagger's scan of the controllers, completed
 * in one place — request schemas from the DTOs' validation rules, the named response schemas,
 * sign-in (bearer token or the UI's session cookie) on every route not marked open, and the
 * problems every route shares: 400 where there is input, 401 and 403 where sign-in is needed.
 */
export function openApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version)
    .setLicense('UNLICENSED', 'https://ket-nghia.example/license')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'accessToken from POST /api/auth/login' }, 'bearer')
    .addCookieAuth(
      'kn_session',
      {
        type: 'apiKey',
        in: 'cookie',
        name: 'kn_session',
        description: 'The admin UI session (same-origin commands only).',
      },
      'session',
    )
    .build();
  const doc = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  doc.security = [{ bearer: [] }, { session: [] }];
  completeSchemas(doc);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (op) completeOperation(path, op, info);
    }
  }
  doc.tags = Object.entries(info.tags).map(([name, description]) => ({ name, description }));
  return doc;
}

function completeSchemas(doc: OpenAPIObject): void {
  const schemas = ((doc.components ??= {}).schemas ??= {});
  for (const [name, schema] of namedSchemas()) schemas[name] = schema as never;
  const dtos = dtoSchemas();
  // The scan names each DTO it meets but knows none of its fields; nested DTOs it never meets.
  const pending = Object.keys(schemas).filter((name) => dtos[name]);
  while (pending.length) {
    const name = pending.pop()!;
    schemas[name] = dtos[name] as never;
    for (const ref of JSON.stringify(dtos[name]).matchAll(/#\/components\/schemas\/(\w+)/g)) {
      if (dtos[ref[1]] && !pending.includes(ref[1]) && schemas[ref[1]] !== dtos[ref[1]]) pending.push(ref[1]);
    }
  }
}

function completeOperation(path: string, op: Operation, info: OpenApiInfo): void {
  const responses = op.responses;
  const signedIn = !op.security?.some((requirement) => Object.keys(requirement).length === 0);
  const add = (status: number) => (responses[status] ??= problemResponse(status));
  if (op.parameters?.length || op.requestBody) add(400);
  if (signedIn) [401, 403].forEach(add);
  if (!op.parameters?.length) delete op.parameters;
  const unknownTags = (op.tags ?? []).filter((t) => !(t in info.tags));
  if (!op.tags?.length || unknownTags.length)
    throw new Error(`${path}: tag ${unknownTags.join(', ') || '(none)'} is not among the document's tags`);
  op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
