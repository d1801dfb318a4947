import { Module, type DynamicModule } from '@nestjs/common';
import { SCOPE_RESOLVERS, type ScopeResolver } from './http/scope.js';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './http/auth.controller.js';
import { OwnAccountController, UsersController } from './http/users.controller.js';
import { UserAudit } from './user-audit.js';
import { AuthGuard } from './http/auth.guard.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [AuthController, OwnAccountController, UsersController],
  providers: [UsersService, UserAudit, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [UsersService],
})
export class IdentityModule {
  static forRoot(resolvers: Readonly<Record<string, ScopeResolver>>): DynamicModule {
    return { module: IdentityModule, providers: [{ provide: SCOPE_RESOLVERS, useValue: resolvers }] };
  }
}
