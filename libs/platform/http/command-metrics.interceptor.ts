import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { finalize, type Observable } from 'rxjs';
import { Metrics } from '../health/metrics.js';

/** Command latency by command name and status, and refused commands by problem code. */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & { commandName?: string }>();
    if (req.method !== 'POST') return next.handle();
    const started = process.hrtime.bigint();
    const res = ctx.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      finalize(() => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.metrics.commands.observe({ command: req.commandName ?? req.route?.path ?? 'unknown', status: String(res.statusCode) }, seconds);
      }),
    );
  }
}
