import { Module } from '@nestjs/common';
import { DashboardController } from './http/dashboard.controller.js';
import { DASHBOARD_QUERY_HANDLERS } from './read/dashboard-of-year/dashboard-of-year.query.js';

@Module({ controllers: [DashboardController], providers: [...DASHBOARD_QUERY_HANDLERS] })
export class DashboardModule {}
