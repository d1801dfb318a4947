import { Module } from '@nestjs/common';
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
export class IdentityModule {}
