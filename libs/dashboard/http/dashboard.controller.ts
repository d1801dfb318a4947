import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { ApiTags } from '@nestjs/swagger';
import { oas, parseAsOf, QueryRoute } from '@kn/platform';
import { FIGURE_PROVENANCE } from './dashboard.openapi.js';
import { Scoped } from '@kn/identity';
import {
  DashboardFigureQuery,
  DashboardOfYearQuery,
  DashboardYearsQuery,
  type DashboardOfYear,
} from '../read/dashboard-of-year/dashboard-of-year.query.js';
import { BOUNDARIES, type Boundaries } from '../domain/boundaries.js';
import type { FigureProvenance } from '../read/figure-provenance.query.js';

class DashboardQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @IsString() asOf?: string;
  /** `then` (default): each year under its own units; `today`: re-based along the merge lineage to today's units. */
  @IsOptional() @IsIn(BOUNDARIES) boundaries?: Boundaries;
}

class FigureParams {
  @Matches(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+){1,4}$/, {
    message: 'figure must be a path of the dashboard JSON, e.g. households.poor',
  })
  figure!: string;
}

class FigureQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @IsString() asOf?: string;
  /** The same boundaries as the dashboard's, so the items add up to the figure shown. */
  @IsOptional() @IsIn(BOUNDARIES) boundaries?: Boundaries;
  /** The `next` of the previous page: the stream id of its last item. */
  @IsOptional()
  @Matches(/^[a-z]+-[0-9A-Za-z-]{1,64}$/, { message: 'after must be the "next" of a previous page' })
  after?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

/**
 * GET /api/dashboard — from the fact ledger: all of it for the live view, or the part written up
 * to the log position of `asOf` for the dashboard as it was recorded then.
 */
const { named$, obj, int, uuid, date, instant, nullable, oneOf, arrayOf, anyObject, described } = oas;
const YEARS = named$('DashboardYears', obj({ years: arrayOf(int) }));
const FIGURES = described('See Dashboard in libs/dashboard/domain/figures.ts.', anyObject);
const DASHBOARD = named$(
  'Dashboard',
  obj({
    year: int,
    communeId: nullable(uuid),
    reportDate: date,
    coverage: FIGURES,
    villages: FIGURES,
    activities: FIGURES,
    resources: FIGURES,
    projects: FIGURES,
    households: FIGURES,
    commitments: FIGURES,
    pairings: FIGURES,
    kpis: FIGURES,
    trend: described('The figures of the years before, for the charts.', arrayOf(anyObject)),
    position: described('The log position the figures include.', int),
    asOf: nullable(instant),
    boundaries: oneOf(BOUNDARIES),
  }),
);

@Controller('api/dashboard')
@ApiTags('Dashboard')
export class DashboardController {
  constructor(private readonly queries: QueryBus) {}

  /** The years that have recorded activities or reviews, so a client can open on the latest one. */
  @Get('years')
  @QueryRoute('Years that have recorded activities or reviews', YEARS)
  years(): Promise<{ years: number[] }> {
    return this.queries.execute(new DashboardYearsQuery());
  }

  /**
   * The entities a figure is made of, each with the events that put it there, from the ledger
   * rows the figure sums (as of `asOf` when given). Lists households one by one, so a commune
   * officer must name their commune.
   */
  @Get('figures/:figure')
  @Scoped('commune-figures-own')
  @QueryRoute('What a dashboard figure is made of: its entities and the events that put them there', FIGURE_PROVENANCE)
  figure(@Param() p: FigureParams, @Query() q: FigureQuery): Promise<FigureProvenance & { asOf: string | null }> {
    return this.queries.execute(
      new DashboardFigureQuery(
        p.figure,
        q.year,
        q.communeId ?? null,
        parseAsOf(q.asOf),
        {
          after: q.after,
          limit: q.limit ?? 100,
        },
        q.boundaries ?? 'then',
      ),
    );
  }

  @Get()
  @Scoped('commune-figures')
  @QueryRoute('The dashboard of a year: live, or as recorded at an instant', DASHBOARD)
  get(@Query() q: DashboardQuery): Promise<DashboardOfYear> {
    return this.queries.execute(
      new DashboardOfYearQuery(q.year, q.communeId ?? null, parseAsOf(q.asOf), q.boundaries ?? 'then'),
    );
  }
}
