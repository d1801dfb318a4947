import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@kn/shared';
import { EVENT_STORE, type EventStore, type LogCheckpoint } from '@kn/event-store';
import { parseAsOf } from '@kn/platform';
import { Scoped } from '@kn/identity';
import type { Dashboard } from '../domain/figures.js';
import { loadDashboard, trend } from '../read/dashboard-query.js';
import { BOUNDARIES, type Boundaries } from '../domain/boundaries.js';

class DashboardQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @IsString() asOf?: string;
  /** `then` (default): each year under its own units; `today`: re-based along the merge lineage to today's units. */
  @IsOptional() @IsIn(BOUNDARIES) boundaries?: Boundaries;
}

/**
 * GET /api/dashboard — from the fact ledger: all of it for the live view, or the part written up
 * to the log position of `asOf` for the dashboard as it was recorded then.
 */
@Controller('api/dashboard')
export class DashboardController {
  constructor(private readonly db: DataSource, @Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The years that have recorded activities or reviews, so a client can open on the latest one. */
  @Get('years')
  async years(): Promise<{ years: number[] }> {
    const rows: { year: number }[] = await this.db.query(
      `select year_from as year from dashboard_totals where metric in ('activity', 'hh_poor', 'hh_near_poor') and year_from = year_to
       group by year_from having sum(value) > 0 order by 1`,
    );
    return { years: rows.map((r) => Number(r.year)) };
  }

  @Get()
  @Scoped('commune-figures')
  async get(@Query() q: DashboardQuery): Promise<Dashboard & { position: number; asOf: string | null; boundaries: Boundaries; trend: Awaited<ReturnType<typeof trend>> }> {
    const asOf = parseAsOf(q.asOf);
    const year = q.year ?? Number(vietnamDate(asOf ?? new Date()).slice(0, 4));
    const upTo: LogCheckpoint | null = asOf ? await this.store.checkpointAt(asOf) : null;
    const boundaries = q.boundaries ?? 'then';
    const scope = { communeId: q.communeId ?? null, upTo, boundaries };
    const dashboard = await loadDashboard(this.db, year, vietnamDate(asOf ?? new Date()), scope);
    const position = upTo ? upTo.position : Number((await this.db.query(`select coalesce(max(position), 0) as p from projection_checkpoints`))[0].p);
    return { ...dashboard, trend: await trend(this.db, year, scope), position, asOf: asOf?.toISOString() ?? null, boundaries };
  }
}
