import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Period, Report } from '../../domain/report.types.js';
import { ReportService } from '../report.service.js';

/**
 * A review (sơ kết) over several years, pinned to the log as it is now. Asking records the issue
 * (numbered, compared with the last issue of the same period); asking again with nothing
 * appended returns the same issue.
 */
export class ReviewOverYearsQuery extends Query<Report> {
  constructor(
    readonly period: Period,
    readonly requestedBy: string | null,
  ) {
    super();
  }
}

@QueryHandler(ReviewOverYearsQuery)
export class ReviewOverYearsHandler implements IQueryHandler<ReviewOverYearsQuery, Report> {
  constructor(private readonly reports: ReportService) {}

  async execute({ period, requestedBy }: ReviewOverYearsQuery): Promise<Report> {
    return (await this.reports.issue('review', period, requestedBy)).report;
  }
}
