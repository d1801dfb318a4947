import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { problem, ProblemException } from '@kn/platform';
import { figureProvenance, type FigureProvenance } from '@kn/dashboard';
import type { Boundaries } from '@kn/shared';
import type { Report } from '../../domain/report.types.js';
import { AnnualReportService } from '../annual-report.service.js';

/** The annual report of a year: the issued document exactly as issued, else the draft as of `now`. */
export class AnnualReportOfYearQuery extends Query<Report> {
  constructor(
    readonly year: number,
    readonly now: Date,
    /** A draft's tables by commune under `today`'s units; an issued report reads only as issued. */
    readonly boundaries: Boundaries = 'then',
  ) {
    super();
  }
}

/** A figure of the issued report with its entities, read at the report's pinned position (as the report was); 404 before it is issued. */
export class IssuedReportFigureQuery extends Query<FigureProvenance> {
  constructor(
    readonly year: number,
    readonly figure: string,
    readonly after: string | undefined,
    readonly limit: number,
    readonly communeId: string | null = null,
  ) {
    super();
  }
}

@QueryHandler(AnnualReportOfYearQuery)
export class AnnualReportOfYearHandler implements IQueryHandler<AnnualReportOfYearQuery, Report> {
  constructor(private readonly reports: AnnualReportService) {}

  execute({ year, now, boundaries }: AnnualReportOfYearQuery): Promise<Report> {
    return this.reports.get(year, now, boundaries);
  }
}

@QueryHandler(IssuedReportFigureQuery)
export class IssuedReportFigureHandler implements IQueryHandler<IssuedReportFigureQuery, FigureProvenance> {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly db: DataSource,
  ) {}

  async execute({ year, figure, after, limit, communeId }: IssuedReportFigureQuery): Promise<FigureProvenance> {
    const pin = await this.reports.issuedPin(year);
    if (!pin)
      throw new ProblemException(problem(404, 'report.not_issued', `the annual report of ${year} has not been issued`));
    return figureProvenance(this.db, { figure, year, day: pin.day, upTo: pin.upTo, communeId, after, limit });
  }
}
