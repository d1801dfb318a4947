import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@kn/shared';
import { EVENT_STORE, type EventStore, type LogCheckpoint } from '@kn/event-store';
import { parseAsOf } from '@kn/platform';
import { dashboardFigures, type Dashboard, type FactSum } from '../domain/figures.js';

class DashboardQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @IsString() asOf?: string;
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
  async get(@Query() q: DashboardQuery): Promise<Dashboard & { position: number; asOf: string | null }> {
    const asOf = parseAsOf(q.asOf);
    const year = q.year ?? Number(vietnamDate(asOf ?? new Date()).slice(0, 4));
    const upTo: LogCheckpoint | null = asOf ? await this.store.checkpointAt(asOf) : null;
    const params: unknown[] = [year];
    let filter = '';
    if (q.communeId) {
      params.push(q.communeId);
      filter += ` and commune_id = $${params.length}`;
    }
    if (upTo) {
      params.push(upTo.commit, upTo.position);
      filter += ` and (commit, position) <= ($${params.length - 1}, $${params.length})`;
    }
    // Live: the per-group totals (their size does not grow with the ledger); as of: the ledger up to that position.
    const rows: { metric: string; commune_id: string; dim1: string; dim2: string; value: string }[] = await this.db.query(
      `select metric, commune_id, dim1, dim2, sum(value) as value from ${upTo ? 'dashboard_facts' : 'dashboard_totals'}
       where year_from <= $1 and year_to >= $1${filter} group by metric, commune_id, dim1, dim2 having sum(value) <> 0`,
      params,
    );
    const sums: FactSum[] = rows.map((r) => ({ metric: r.metric, communeId: r.commune_id, dim1: r.dim1, dim2: r.dim2, value: Number(r.value) }));
    const names = new Map<string, string>((await this.db.query(`select id, name from admin_units where kind = 'commune'`)).map((r: { id: string; name: string }) => [r.id, r.name]));
    const position = upTo ? upTo.position : Number((await this.db.query(`select coalesce(max(position), 0) as p from projection_checkpoints`))[0].p);
    const today = vietnamDate(asOf ?? new Date());
    return { ...dashboardFigures(sums, { year, communeId: q.communeId ?? null, today, names }), position, asOf: asOf?.toISOString() ?? null };
  }
}
