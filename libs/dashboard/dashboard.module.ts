import { Module } from '@nestjs/common';
import { DashboardController } from './http/dashboard.controller.js';

@Module({ controllers: [DashboardController] })
export class DashboardModule {}
