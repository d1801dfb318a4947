import { Module, type DynamicModule } from '@nestjs/common';
import { AuditController } from './http/audit.controller.js';
import { AuditTrailExportHandler, AuditTrailHandler } from './read/audit-trail/audit-trail.bus.js';
import { RefusedCommandsHandler } from './read/refused-commands/refused-commands.query.js';
import { ENTITY_FOLDS, StreamHistoryHandler, type EntityFold } from './read/stream-history/stream-history.query.js';

const HANDLERS = [AuditTrailHandler, AuditTrailExportHandler, StreamHistoryHandler, RefusedCommandsHandler];

@Module({})
export class AuditModule {
  static forRoot(folds: Readonly<Record<string, EntityFold>>): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditController],
      providers: [{ provide: ENTITY_FOLDS, useValue: folds }, ...HANDLERS],
    };
  }
}
