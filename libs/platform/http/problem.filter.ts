import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '@kn/shared';
import {
  AppendTooLargeError,
  HiddenHistoryError,
  IdempotencyConflictError,
  WrongExpectedRevisionError,
} from '@kn/event-store';
import { PreconditionFailed } from '../commands/command-pipeline.js';
import { problem, ProblemException, type Problem } from './problem.js';
import { RejectedCommandLog } from './rejected-command.log.js';
import type { Metrics } from '../health/metrics.js';

/**
 * Maps every error to problem+json, once. Domain errors keep their stable code; unexpected ones
 * become a bare 500 (logged here with the stack, never sent). Refused commands are recorded.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(
    private readonly rejected?: RejectedCommandLog,
    private readonly metrics?: Metrics,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const body = { ...toProblem(error), instance: req.originalUrl?.split('?')[0] };
    if ((body.status >= 500 && body.status !== 503) || error instanceof HiddenHistoryError)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (req.method !== 'GET' && body.status < 500 && body.status !== 401) {
      void this.rejected?.record(req, body);
      this.metrics?.rejected.inc({ code: body.code });
    }
    if (res.headersSent) return;
    if (body.status === 503) res.setHeader('Retry-After', '5');
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}

/** The problem an error is answered with (also the status the command metrics record). */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemException) return error.problem;
  if (error instanceof DomainError) {
    const status = error.kind === 'not_found' ? 404 : error.kind === 'invalid' ? 400 : 409;
    const field = typeof error.details.field === 'string' ? error.details.field : undefined;
    const extra: Record<string, unknown> = { rule: error.code, ...error.details };
    if (field) extra.errors = [{ field, code: error.code, message: error.message }];
    return problem(status, error.code, error.message, extra);
  }
  if (error instanceof PreconditionFailed) {
    return problem(412, 'precondition_failed', error.message, {
      expectedRevision: error.expected,
      currentRevision: error.actual,
    });
  }
  if (error instanceof WrongExpectedRevisionError) {
    return problem(
      409,
      'concurrent_modification',
      'The record was changed by someone else at the same moment; try again.',
      { currentRevision: error.actual },
    );
  }
  if (error instanceof IdempotencyConflictError) {
    return problem(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
  }
  if (error instanceof AppendTooLargeError) {
    return problem(
      413,
      'append_too_large',
      `This change is too large to record at once (${error.sizeBytes} bytes; the event store takes at most ${error.limitBytes}). Send it in smaller parts.`,
      { sizeBytes: error.sizeBytes, limitBytes: error.limitBytes },
    );
  }
  if (error instanceof HiddenHistoryError) {
    // The store, not the request, is at fault: the record stays unchanged until an operator restores its history.
    return problem(
      409,
      'stream_history_hidden',
      'This record cannot be changed: the event store hides part of its history. An operator must restore it (see the server log).',
      { streamId: error.streamId },
    );
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (isDatabaseUnavailable(error)) {
    return problem(
      503,
      'database_unavailable',
      'The database is not reachable right now; try again in a few seconds.',
      { retryAfterSeconds: 5 },
    );
  }
  return problem(500, 'internal_error', 'Something went wrong on our side. It has been logged.');
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  const message =
    typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  const codes: Record<number, string> = {
    400: 'bad_request',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    429: 'too_many_requests',
    503: 'unavailable',
  };
  return problem(status, codes[status] ?? `http_${status}`, detail);
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);

/** Connection loss, refusal or shutdown, possibly wrapped (TypeORM's driverError, AggregateError). */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (typeof e !== 'object' || e === null || depth > 4) return false;
  const err = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof err.code === 'string' && UNAVAILABLE_CODES.has(err.code)) return true;
  if (
    typeof err.message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Connection refused|connect ECONNREFUSED/i.test(
      err.message,
    )
  )
    return true;
  if (Array.isArray(err.errors) && err.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(err.driverError, depth + 1) || isDatabaseUnavailable(err.cause, depth + 1);
}
