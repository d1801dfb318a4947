import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { problem, ProblemException } from './problem.js';

const WAIT_MS = 5000;

/**
 * `X-Min-Position: <position>` on a query waits (bounded) until the read models include that
 * event, so a client reads its own writes. On timeout the answer is served and marked stale.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly runner: ProjectionRunner) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const header = req.header('x-min-position');
    if (req.method !== 'GET' || header === undefined) return next.handle();
    if (!/^\d{1,15}$/.test(header))
      throw new ProblemException(
        problem(
          400,
          'bad_min_position',
          'X-Min-Position must be a non-negative integer position from a command response.',
        ),
      );
    const res = ctx.switchToHttp().getResponse<Response>();
    return from(this.runner.waitFor(Number(header), WAIT_MS)).pipe(
      mergeMap((caughtUp) => {
        res.setHeader('X-Consistency', caughtUp ? 'caught-up' : 'stale');
        return next.handle();
      }),
    );
  }
}
