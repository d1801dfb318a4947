import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { PlatformModule, type Infrastructure } from '@kn/platform';
import { IdentityModule } from '@kn/identity';
import { AUTOMATIONS_ALL, CONTEXT_MODULES, projectionsAll, SCOPE_RESOLVERS_ALL } from './contexts.js';

@Module({})
export class AppModule {
  /** `extra`: modules added by tools (the benchmark's bare endpoints), never by the app itself. */
  static register(infra: Infrastructure, extra: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(infra, projectionsAll(infra), AUTOMATIONS_ALL),
        IdentityModule.forRoot(SCOPE_RESOLVERS_ALL),
        ...CONTEXT_MODULES,
        ...extra,
      ],
    };
  }
}
