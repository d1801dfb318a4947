import { Module } from '@nestjs/common';
import { AdminUnitsController } from './http/admin-units.controller.js';
import { MergeAdministrativeUnits } from './write/merge-administrative-units.js';

@Module({ controllers: [AdminUnitsController], providers: [MergeAdministrativeUnits] })
export class TerritoryModule {}
