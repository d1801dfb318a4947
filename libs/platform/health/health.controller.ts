import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, OpenRoute, QueryRoute } from '../http/openapi/openapi.decorators.js';
import { anyObject, named$, obj, oneOf } from '../http/openapi/openapi.schemas.js';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '@kn/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { problem, ProblemException } from '../http/problem.js';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { Metrics } from './metrics.js';

const LAG_DEGRADED = 1000;
const OPERATORS: readonly string[] = ['admin', 'auditor'];

/**
 * The bare liveness answer is open; the checks behind it (log head, projection positions) and
 * the metrics (command volumes) are for operators: an admin or auditor session, or METRICS_TOKEN.
 */
function isOperator(req: Request & { user?: Actor }, token: string | null): boolean {
  if (req.user && OPERATORS.includes(req.user.role)) return true;
  const sent = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
  return !!token && !!sent && sent.length === token.length && timingSafeEqual(Buffer.from(sent), Buffer.from(token));
}

const HEALTH = named$('Health', obj({ status: oneOf(['ok', 'degraded', 'down']) }, { checks: anyObject }));

@Controller()
@ApiTags('Operations')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OpenRoute()
  @Get('health')
  @QueryRoute('Liveness; the checks behind it for operators', HEALTH, {
    description: 'Answers 503 with `status: down` when the database or the event store does not answer.',
  })
  @ApiResponse({ status: 503, description: 'Down.', content: { 'application/json': { schema: HEALTH } } })
  async health(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const checks: Record<string, unknown> = {};
    let ok = true;
    try {
      await this.db.query('select 1');
      checks.database = { status: 'ok' };
    } catch (e) {
      ok = false;
      checks.database = { status: 'down', error: (e as Error).message };
    }
    try {
      const head = await this.store.head();
      checks.eventStore = { status: 'ok', head };
    } catch (e) {
      ok = false;
      checks.eventStore = { status: 'down', error: (e as Error).message };
    }
    let degraded = false;
    try {
      const { lag, parked, checkpoint } = await this.runner.lag(LAG_DEGRADED + 1);
      degraded = lag > LAG_DEGRADED || parked > 0;
      checks.projections = Object.fromEntries(
        this.runner.projections.map((p) => [p.name, { lag, parked, checkpoint }]),
      );
    } catch (e) {
      ok = false;
      checks.projections = { status: 'down', error: (e as Error).message };
    }
    if (!ok) res.status(503);
    const status = ok ? (degraded ? 'degraded' : 'ok') : 'down';
    return isOperator(req, this.config.metricsToken) ? { status, checks } : { status };
  }

  @OpenRoute()
  @Get('metrics')
  @QueryRoute('Prometheus metrics (admins, auditors, METRICS_TOKEN)', { type: 'string' }, { mediaType: 'text/plain' })
  @ApiProblems(401, 403)
  async prometheus(@Req() req: Request & { user?: Actor }, @Res() res: Response): Promise<void> {
    if (!isOperator(req, this.config.metricsToken)) {
      throw req.user
        ? new ProblemException(
            problem(403, 'forbidden_role', 'Metrics are for admins, auditors and the METRICS_TOKEN.'),
          )
        : new ProblemException(
            problem(
              401,
              'unauthenticated',
              'Send "Authorization: Bearer <METRICS_TOKEN>" or sign in as an admin or auditor.',
            ),
          );
    }
    try {
      const { lag, checkpoint } = await this.runner.lag();
      for (const p of this.runner.projections) {
        this.metrics.projectionLag.set({ projection: p.name }, lag);
        this.metrics.projectionPosition.set({ projection: p.name }, checkpoint.position);
      }
    } catch {
      // the scrape still returns the process metrics
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
