import { Module } from '@nestjs/common';
import { ReportsController } from './http/reports.controller.js';
import { ReportService } from './read/report.service.js';

@Module({ controllers: [ReportsController], providers: [ReportService] })
export class ReportingModule {}
