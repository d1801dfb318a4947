import { Module } from '@nestjs/common';
import { PairingsController } from './http/pairings.controller.js';
import { ProjectsController } from './http/projects.controller.js';
import { TwinningQueriesController } from './http/twinning-queries.controller.js';
import { EstablishPairingHandler } from './write/establish-pairing.handler.js';
import { ProposeProjectHandler } from './write/propose-project.handler.js';
import { TwinningLookups } from './write/twinning-lookups.js';
import { PairingSlots } from './write/pairing-slots.js';

@Module({
  controllers: [PairingsController, ProjectsController, TwinningQueriesController],
  providers: [TwinningLookups, PairingSlots, EstablishPairingHandler, ProposeProjectHandler],
})
export class TwinningModule {}
