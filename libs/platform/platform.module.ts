import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { EVENT_STORE } from '@kn/event-store';
import { APP_CONFIG } from './config/config.js';
import type { Infrastructure } from './infrastructure.js';
import { CommandPipeline } from './commands/command-pipeline.js';
import { ProjectionRunner } from './projections/projection-runner.js';
import { LogSealer } from './projections/log-sealer.js';
import { AutomationRunner } from './automation/automation-runner.js';
import { AUTOMATIONS, type Automation } from './automation/automation.js';
import { PROJECTIONS, type Projection } from './projections/projection.js';
import { ProblemFilter } from './http/problem.filter.js';
import { RejectedCommandLog } from './http/rejected-command.log.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { CommandResponseInterceptor } from './http/command-response.interceptor.js';
import { ReadYourWritesInterceptor } from './http/read-your-writes.interceptor.js';
import { CommandMetricsInterceptor } from './http/command-metrics.interceptor.js';
import { HealthController } from './health/health.controller.js';
import { Metrics } from './health/metrics.js';
import { EntityViewHandler, ListDocsHandler } from './projections/doc-queries.bus.js';

/**
 * What every context module can inject: config, the read-model DataSource, the event store,
 * the command pipeline and the projection runner. Interceptor order matters: idempotency wraps
 * the command response mapping so it stores the final status, body and ETag.
 */
/** Injection token of the master key wrapping personal-data keys (a Buffer). */
export const PERSONAL_DATA_KEY = Symbol('PERSONAL_DATA_KEY');

@Global()
@Module({})
export class PlatformModule {
  static forRoot(
    infra: Infrastructure,
    projections: readonly Projection[],
    automations: readonly Automation[] = [],
  ): DynamicModule {
    return {
      module: PlatformModule,
      // The buses dispatch commands and queries only: Nest's in-memory EventBus feeds nothing
      // (projections and automations read the store's log; ADR 0012).
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: infra.config },
        { provide: PERSONAL_DATA_KEY, useValue: infra.personalDataKey },
        { provide: DataSource, useValue: infra.dataSource },
        { provide: EVENT_STORE, useValue: infra.store },
        { provide: PROJECTIONS, useValue: projections },
        { provide: AUTOMATIONS, useValue: automations },
        AutomationRunner,
        CommandPipeline,
        ListDocsHandler,
        EntityViewHandler,
        ProjectionRunner,
        LogSealer,
        RejectedCommandLog,
        Metrics,
        {
          provide: APP_FILTER,
          useFactory: (log: RejectedCommandLog, metrics: Metrics) => new ProblemFilter(log, metrics),
          inject: [RejectedCommandLog, Metrics],
        },
        { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: CommandResponseInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
      ],
      exports: [
        APP_CONFIG,
        PERSONAL_DATA_KEY,
        DataSource,
        EVENT_STORE,
        PROJECTIONS,
        CommandPipeline,
        ProjectionRunner,
        AutomationRunner,
        LogSealer,
        Metrics,
      ],
    };
  }
}
