import { NestFactory } from '@nestjs/core';
import type { INestApplication, LogLevel, Type } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SwaggerModule } from '@nestjs/swagger';
import type { Socket } from 'node:net';
import {
  cleanInput,
  openApiDocument,
  problem,
  strictValidationPipe,
  validationProblem,
  type Infrastructure,
  type Problem,
} from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { AppModule } from './app.module.js';
import { OPENAPI_INFO } from './openapi-info.js';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the HTTP application on opened infrastructure (used by main.ts and the e2e tests). */
export async function createHttpApp(
  infra: Infrastructure,
  options: { logger?: boolean; extraModules?: Type[] } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(infra, options.extraModules), {
    bodyParser: false,
    logger: options.logger === false ? false : LEVELS.slice(0, LEVELS.indexOf(infra.config.logLevel) + 1),
  });
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.disable('x-powered-by');
  http.set('query parser', 'simple');
  http.set('trust proxy', infra.config.trustProxy === false ? false : infra.config.trustProxy);
  app.use(securityHeaders);
  serveWebApp(http, resolve(infra.config.webDir));
  app.use(jsonBodiesOnly);
  app.use(express.json({ limit: '256kb', strict: true, type: ['application/json', 'application/*+json'] }));
  app.use(bodyErrors);
  app.use(bodyShape);
  app.use(edgePolicy);
  answerClientErrors(app.getHttpServer());
  app.useGlobalPipes(strictValidationPipe());
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app, OPENAPI_INFO), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  if (infra.config.corsOrigins.length) app.enableCors({ origin: [...infra.config.corsOrigins], credentials: true });
  await app.init(); // registers the command and query handlers on the buses before anything dispatches
  return app;
}

/** The admin UI: static assets, and index.html for any other GET outside the API (client routes). */
function serveWebApp(http: express.Express, dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) return;
  http.use(
    express.static(dir, {
      index: 'index.html',
      maxAge: '1h',
      setHeaders: (res, path) => {
        // The page, the service worker and the manifest are revalidated on every load, so a new
        // build reaches installed apps; the hashed assets they list may stay an hour (ADR 0017).
        if (/(?:^|[\\/])(?:index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)$/.test(path))
          res.setHeader('Cache-Control', 'no-cache');
        if (path.endsWith('sw.js')) res.setHeader('Service-Worker-Allowed', '/');
      },
    }),
  );
  http.get(/^\/(?!api\/|api$|health$|metrics$).*/, (req, res, next) =>
    req.accepts('html') ? res.sendFile(join(dir, 'index.html')) : next(),
  );
}

function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  // API answers carry names, ID numbers and tokens: no browser or proxy keeps a copy.
  if (/^\/(api\/|api$|health$|metrics$)/.test(req.path)) res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Ant Design injects its styles at run time, hence 'unsafe-inline' for styles only.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
  );
  next();
}

const sendProblem = (req: Request, res: Response, body: Problem): void => {
  res
    .status(body.status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...body, instance: req.originalUrl.split('?')[0] }));
};

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The one route that takes a file: a spreadsheet import (multer reads it, with its own limits). */
const UPLOAD = { path: /^\/api\/imports\/[^/]+$/, type: /^multipart\/form-data\s*;/i };

/** A body that is not JSON is refused as such (415), not as malformed JSON (400). */
function jsonBodiesOnly(req: Request, res: Response, next: NextFunction): void {
  const hasBody = Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
  if (!hasBody || JSON_TYPE.test(req.header('content-type') ?? '')) return next();
  if (req.method === 'POST' && UPLOAD.path.test(req.path) && UPLOAD.type.test(req.header('content-type') ?? ''))
    return next();
  sendProblem(
    req,
    res,
    problem(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.'),
  );
}

/** The text and date policy of libs/platform/http/edge-policy.ts, on every body and query. */
function edgePolicy(req: Request, res: Response, next: NextFunction): void {
  const today = vietnamDate(new Date());
  const query = cleanInput(req.query, today);
  const body = req.body === undefined ? { value: undefined, errors: [] } : cleanInput(req.body, today);
  const errors = [...query.errors, ...body.errors];
  if (errors.length) return sendProblem(req, res, validationProblem(errors).problem);
  if (req.body !== undefined) req.body = body.value;
  next();
}

/**
 * Requests Node refuses before Express sees them (headers over 16 kB, a broken request line)
 * get a problem+json answer instead of Node's empty one.
 */
function answerClientErrors(server: {
  on(event: 'clientError', listener: (err: Error & { code?: string }, socket: Socket) => void): unknown;
}): void {
  server.on('clientError', (err, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
    const body =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? problem(
            431,
            'request_header_fields_too_large',
            'The request headers are larger than the server accepts (16 kB).',
          )
        : problem(400, 'bad_request', 'The request could not be parsed as HTTP.');
    const text = JSON.stringify(body);
    const reason = body.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
    socket.end(
      `HTTP/1.1 ${body.status} ${reason}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  });
}

const MAX_DEPTH = 32;

/** A command body is one JSON object of modest depth; anything else is refused before validation. */
function bodyShape(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (
    body === undefined ||
    (typeof body === 'object' && body !== null && !Array.isArray(body) && depthOf(body, 0) <= MAX_DEPTH)
  )
    return next();
  const detail =
    typeof body !== 'object' || body === null || Array.isArray(body)
      ? 'The request body must be a JSON object.'
      : `The request body is nested deeper than ${MAX_DEPTH} levels.`;
  const p = problem(400, 'malformed_body', detail);
  res
    .status(400)
    .type('application/problem+json')
    .send(JSON.stringify({ ...p, instance: req.originalUrl.split('?')[0] }));
}

function depthOf(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return depth;
  let max = depth;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}

/** body-parser errors happen before Nest's filters see the request: answer them as problems here. */
function bodyErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!err) return next();
  const e = err as { type?: string; status?: number };
  const body =
    e.type === 'entity.too.large'
      ? problem(413, 'payload_too_large', 'The request body is larger than 256 kB.')
      : e.type === 'charset.unsupported' || e.type === 'encoding.unsupported'
        ? problem(415, 'unsupported_media_type', 'Send JSON encoded as UTF-8.')
        : problem(400, 'malformed_json', 'The request body is not valid JSON.');
  res
    .status(body.status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...body, instance: req.originalUrl.split('?')[0] }));
}
