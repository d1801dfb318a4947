import { Module } from '@nestjs/common';
import { AdminUnitsController } from './http/admin-units.controller.js';
import { AdminUnitStreamHandler } from './write/admin-unit-stream.handler.js';
import { EstablishAdministrativeUnitHandler } from './write/establish-administrative-unit/establish-administrative-unit.handler.js';
import { MergeAdministrativeUnitsHandler } from './write/merge-administrative-units/merge-administrative-units.handler.js';
import { WithUnitFactsHandler } from './write/with-unit-facts/with-unit-facts.handler.js';

@Module({
  controllers: [AdminUnitsController],
  providers: [
    AdminUnitStreamHandler,
    EstablishAdministrativeUnitHandler,
    MergeAdministrativeUnitsHandler,
    WithUnitFactsHandler,
  ],
})
export class TerritoryModule {}
