// The OpenAPI document of the built app (dist/), made without a database: Nest's preview mode
// scans the modules and controllers without creating providers, so nothing connects.
//   node scripts/openapi.mjs [out.json]    writes it (default dist/openapi.json)
//   node scripts/openapi.mjs --lint        writes it, lints it with Redocly's recommended rules and
//                                          fails if the web app's generated types are not up to date
//   node scripts/openapi.mjs --types       writes it and regenerates the web app's types from it
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { loadConfig, openApiDocument } from '../dist/libs/platform/index.js';
import { AppModule } from '../dist/apps/api/src/app.module.js';
import { OPENAPI_INFO } from '../dist/apps/api/src/openapi-info.js';

const lint = process.argv.includes('--lint');
const types = process.argv.includes('--types');
const TYPES_FILE = resolve('apps/web/src/lib/api-types.ts');
const out = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/openapi.json');

const config = loadConfig({ DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview', DEMO_DATA: 'false' });
const infra = {
  config,
  database: {},
  dataSource: {},
  store: {},
  personalDataKey: Buffer.alloc(32),
  close: async () => {},
};
const app = await NestFactory.create(AppModule.register(infra), {
  preview: true,
  logger: ['error'],
  abortOnError: false,
});
const doc = openApiDocument(app, OPENAPI_INFO);
await app.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
console.log(`${out}: ${operations} operations`);

/** The web app's API types, generated from the document and formatted as the tree is. */
async function webTypes() {
  const header = '// Generated from the OpenAPI document by `npm run gen:api` (scripts/openapi.mjs): do not edit.\n';
  const text = header + astToString(await openapiTS(doc, { alphabetize: true }));
  return prettier.format(text, { ...(await prettier.resolveConfig(TYPES_FILE)), filepath: TYPES_FILE });
}

if (types) {
  writeFileSync(TYPES_FILE, await webTypes());
  console.log(`${TYPES_FILE}: written`);
}

if (lint) {
  if (!existsSync(TYPES_FILE) || readFileSync(TYPES_FILE, 'utf8') !== (await webTypes())) {
    console.error(`${TYPES_FILE} is not what the document generates: run npm run gen:api and commit it.`);
    process.exit(1);
  }
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const r = spawnSync(resolve('node_modules/.bin/redocly'), ['lint', out, '--format=summary'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
    encoding: 'utf8',
  });
  // Redocly's banner about Node 20 is noise here; its findings are not.
  process.stdout.write(
    `${r.stdout}${r.stderr}`
      .split('\n')
      .filter((l) => !/[║╔╚]/.test(l))
      .join('\n'),
  );
  process.exit(r.status ?? 1);
}
