import { Module } from '@nestjs/common';
import { ReportsController } from './http/reports.controller.js';
import { ReportService } from './read/report.service.js';
import { AnnualReportService } from './read/annual-report.service.js';
import { AnnualReportOfYearHandler, IssuedReportFigureHandler } from './read/annual-report/annual-report.query.js';
import { ReviewOverYearsHandler } from './read/review-report/review-report.query.js';
import { DraftAnnualReportHandler } from './write/draft-annual-report/draft-annual-report.handler.js';
import { IssueAnnualReportHandler } from './write/issue-annual-report/issue-annual-report.handler.js';

@Module({
  controllers: [ReportsController],
  providers: [
    ReportService,
    AnnualReportService,
    DraftAnnualReportHandler,
    IssueAnnualReportHandler,
    AnnualReportOfYearHandler,
    IssuedReportFigureHandler,
    ReviewOverYearsHandler,
  ],
})
export class ReportingModule {}
