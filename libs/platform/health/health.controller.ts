import { Controller, Get, Inject, Res, SetMetadata } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { Metrics } from './metrics.js';

/** Marks routes that need no sign-in (the identity guard honours the same key as @Public()). */
const Open = () => SetMetadata('kn:public', true);
const LAG_DEGRADED = 1000;

@Controller()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly metrics: Metrics,
  ) {}

  @Open()
  @Get('health')
  async health(@Res({ passthrough: true }) res: Response): Promise<unknown> {
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
      checks.projections = Object.fromEntries(this.runner.projections.map((p) => [p.name, { lag, parked, checkpoint }]));
    } catch (e) {
      ok = false;
      checks.projections = { status: 'down', error: (e as Error).message };
    }
    if (!ok) res.status(503);
    return { status: ok ? (degraded ? 'degraded' : 'ok') : 'down', checks };
  }

  @Open()
  @Get('metrics')
  async prometheus(@Res() res: Response): Promise<void> {
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
