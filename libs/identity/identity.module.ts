import { Module, type DynamicModule } from '@nestjs/common';
import { QUERY_SCOPES, SCOPE_RESOLVERS, type ScopeResolver } from './http/scope.js';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './http/auth.controller.js';
import { OwnAccountController, UsersController } from './http/users.controller.js';
import { UserAudit } from './user-audit.js';
import { USER_QUERY_HANDLERS } from './read/users/users.query.js';
import { AuthGuard } from './http/auth.guard.js';
import { UsersService } from './users.service.js';
import { ChangeOwnPasswordHandler } from './write/change-own-password/change-own-password.handler.js';
import { ChangeUserRoleHandler } from './write/change-user-role/change-user-role.handler.js';
import { CreateUserHandler } from './write/create-user/create-user.handler.js';
import { DisableUserHandler } from './write/disable-user/disable-user.handler.js';
import { EnableUserHandler } from './write/enable-user/enable-user.handler.js';
import { ResetUserPasswordHandler } from './write/reset-user-password/reset-user-password.handler.js';

const HANDLERS = [
  CreateUserHandler,
  DisableUserHandler,
  EnableUserHandler,
  ChangeUserRoleHandler,
  ResetUserPasswordHandler,
  ChangeOwnPasswordHandler,
];

@Module({
  controllers: [AuthController, OwnAccountController, UsersController],
  providers: [
    UsersService,
    UserAudit,
    ...HANDLERS,
    ...USER_QUERY_HANDLERS,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersService],
})
export class IdentityModule {
  static forRoot(resolvers: Readonly<Record<string, ScopeResolver>>): DynamicModule {
    return {
      module: IdentityModule,
      providers: [{ provide: SCOPE_RESOLVERS, useValue: { ...QUERY_SCOPES, ...resolvers } }],
    };
  }
}
