import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { toProblem } from './problem.filter.js';
import { Metrics } from '../health/metrics.js';

/** Command latency by command name and the status actually answered (a refusal's, not the route's success status). */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & { commandName?: string }>();
    if (req.method !== 'POST') return next.handle();
    const started = process.hrtime.bigint();
    const res = ctx.switchToHttp().getResponse<Response>();
    const observe = (status: number) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.commands.observe(
        { command: req.commandName ?? req.route?.path ?? 'unknown', status: String(status) },
        seconds,
      );
    };
    return next
      .handle()
      .pipe(tap({ complete: () => observe(res.statusCode), error: (e: unknown) => observe(toProblem(e).status) }));
  }
}
