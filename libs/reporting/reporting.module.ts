import { Module } from '@nestjs/common';
import { ReportsController } from './http/reports.controller.js';
import { ReportService } from './read/report.service.js';
import { AnnualReportService } from './read/annual-report.service.js';

@Module({ controllers: [ReportsController], providers: [ReportService, AnnualReportService] })
export class ReportingModule {}
