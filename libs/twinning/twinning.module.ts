import { Module } from '@nestjs/common';
import { PairingsController } from './http/pairings.controller.js';
import { ProjectsController } from './http/projects.controller.js';
import { TwinningQueriesController } from './http/twinning-queries.controller.js';
import { ActivePairingsOnUnitHandler } from './read/active-pairings-on-unit/active-pairings-on-unit.query.js';
import { CoverageHandler } from './read/commune-coverage/commune-coverage.query.js';
import { PlanVsActualHandler } from './read/plan-vs-actual/plan-vs-actual.query.js';
import { EndPairingHandler } from './write/end-pairing/end-pairing.handler.js';
import { EstablishPairingHandler } from './write/establish-pairing/establish-pairing.handler.js';
import { FollowUnitMergeHandler } from './write/follow-unit-merge/follow-unit-merge.handler.js';
import { PairingStreamHandler } from './write/pairing-stream.handler.js';
import { ProjectStreamHandler } from './write/project-stream.handler.js';
import { ProposeProjectHandler } from './write/propose-project/propose-project.handler.js';
import { TwinningLookups } from './write/twinning-lookups.js';
import { PairingSlots } from './write/pairing-slots.js';

@Module({
  controllers: [PairingsController, ProjectsController, TwinningQueriesController],
  providers: [
    TwinningLookups,
    PairingSlots,
    PairingStreamHandler,
    ProjectStreamHandler,
    EstablishPairingHandler,
    EndPairingHandler,
    FollowUnitMergeHandler,
    ProposeProjectHandler,
    ActivePairingsOnUnitHandler,
    CoverageHandler,
    PlanVsActualHandler,
  ],
  exports: [PairingSlots],
})
export class TwinningModule {}
