import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@kn/shared';
import { EVENT_STORE, type EventStore, type LogCheckpoint } from '@kn/event-store';
import type { Boundaries } from '../../domain/boundaries.js';
import type { Dashboard } from '../../domain/figures.js';
import { loadDashboard, trend } from '../dashboard-query.js';
import { figureProvenance, type FigureProvenance } from '../figure-provenance.query.js';

export type DashboardOfYear = Dashboard & {
  position: number;
  asOf: string | null;
  boundaries: Boundaries;
  trend: Awaited<ReturnType<typeof trend>>;
};

/** The years that have recorded activities or reviews, so a client can open on the latest one. */
export class DashboardYearsQuery extends Query<{ years: number[] }> {}

/** The dashboard of a year (default: this year, or the year of `asOf`): live, or from the ledger rows written up to `asOf`. */
export class DashboardOfYearQuery extends Query<DashboardOfYear> {
  constructor(
    readonly year: number | undefined,
    readonly communeId: string | null,
    readonly asOf: Date | undefined,
    readonly boundaries: Boundaries,
  ) {
    super();
  }
}

/** The entities a dashboard figure is made of, each with the events that put it there (as of `asOf` when given). */
export class DashboardFigureQuery extends Query<FigureProvenance & { asOf: string | null }> {
  constructor(
    readonly figure: string,
    readonly year: number | undefined,
    readonly communeId: string | null,
    readonly asOf: Date | undefined,
    readonly page: { after?: string; limit: number },
    readonly boundaries: Boundaries = 'then',
  ) {
    super();
  }
}

@QueryHandler(DashboardYearsQuery)
export class DashboardYearsHandler implements IQueryHandler<DashboardYearsQuery, { years: number[] }> {
  constructor(private readonly db: DataSource) {}

  async execute(): Promise<{ years: number[] }> {
    // Group sums of these counts are never negative, so a year has some when one of its rows is
    // positive: one short index probe per year instead of summing every group of every year.
    const rows: { year: number }[] = await this.db.query(
      `select y as year from generate_series((select min(year_from) from dashboard_totals), (select max(year_from) from dashboard_totals)) y
        where exists (select from dashboard_totals where year_from = y and year_to = y
                       and metric in ('activity', 'hh_poor', 'hh_near_poor') and value > 0)
        order by 1`,
    );
    return { years: rows.map((r) => Number(r.year)) };
  }
}

@QueryHandler(DashboardOfYearQuery)
export class DashboardOfYearHandler implements IQueryHandler<DashboardOfYearQuery, DashboardOfYear> {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ year: asked, communeId, asOf, boundaries }: DashboardOfYearQuery): Promise<DashboardOfYear> {
    const day = vietnamDate(asOf ?? new Date());
    const year = asked ?? Number(day.slice(0, 4));
    const upTo: LogCheckpoint | null = asOf ? await this.store.checkpointAt(asOf) : null;
    const scope = { communeId, upTo, boundaries };
    const dashboard = await loadDashboard(this.db, year, day, scope);
    const position = upTo
      ? upTo.position
      : Number((await this.db.query(`select coalesce(max(position), 0) as p from projection_checkpoints`))[0].p);
    return {
      ...dashboard,
      trend: await trend(this.db, year, scope),
      position,
      asOf: asOf?.toISOString() ?? null,
      boundaries,
    };
  }
}

@QueryHandler(DashboardFigureQuery)
export class DashboardFigureHandler implements IQueryHandler<
  DashboardFigureQuery,
  FigureProvenance & { asOf: string | null }
> {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({
    figure,
    year: asked,
    communeId,
    asOf,
    page,
    boundaries,
  }: DashboardFigureQuery): Promise<FigureProvenance & { asOf: string | null }> {
    const day = vietnamDate(asOf ?? new Date());
    const upTo: LogCheckpoint | null = asOf ? await this.store.checkpointAt(asOf) : null;
    const year = asked ?? Number(day.slice(0, 4));
    const r = await figureProvenance(this.db, {
      figure,
      year,
      day,
      communeId,
      upTo,
      boundaries,
      after: page.after,
      limit: page.limit,
    });
    return { ...r, asOf: asOf?.toISOString() ?? null };
  }
}

export const DASHBOARD_QUERY_HANDLERS = [DashboardYearsHandler, DashboardOfYearHandler, DashboardFigureHandler];
