import { Module, type DynamicModule } from '@nestjs/common';
import { AuditController, ENTITY_FOLDS, type EntityFold } from './http/audit.controller.js';

@Module({})
export class AuditModule {
  static forRoot(folds: Readonly<Record<string, EntityFold>>): DynamicModule {
    return { module: AuditModule, controllers: [AuditController], providers: [{ provide: ENTITY_FOLDS, useValue: folds }] };
  }
}
