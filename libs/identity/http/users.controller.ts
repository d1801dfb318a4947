import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import type { Request } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { ROLES, type Actor, type Role } from '@kn/shared';
import { Cmd, IdParam, ListQuery, SecretResponse, type CommandContext } from '@kn/platform';
import { UsersService, type UserView } from '../users.service.js';
import { ChangeOwnPasswordCommand } from '../write/change-own-password/change-own-password.handler.js';
import { ChangeUserRoleCommand } from '../write/change-user-role/change-user-role.handler.js';
import { CreateUserCommand } from '../write/create-user/create-user.handler.js';
import { DisableUserCommand } from '../write/disable-user/disable-user.handler.js';
import { EnableUserCommand } from '../write/enable-user/enable-user.handler.js';
import { ResetUserPasswordCommand } from '../write/reset-user-password/reset-user-password.handler.js';
import { AllowedBeforePasswordChange, Roles } from './auth.guard.js';

class CreateUserDto {
  @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/, { message: 'username must be 3–50 lowercase letters, digits, dots, dashes or underscores' }) username: string;
  @IsString() @Length(1, 120) displayName: string;
  @IsString() @Length(1, 200) password: string;
  @IsIn(ROLES) role: Role;
  @IsOptional() @IsUUID() organizationId?: string;
  @IsOptional() @IsUUID() communeId?: string;
}

class ChangeRoleDto {
  @IsIn(ROLES) role: Role;
  @ValidateIf((_, v) => v !== null && v !== undefined) @IsUUID() organizationId?: string | null;
  @ValidateIf((_, v) => v !== null && v !== undefined) @IsUUID() communeId?: string | null;
}

class ReasonDto {
  @IsOptional() @IsString() @Length(1, 1000) reason?: string;
}

class ChangePasswordDto {
  @IsString() @Length(1, 200) currentPassword: string;
  @IsString() @Length(1, 200) newPassword: string;
}

class LoginAttemptsQuery extends ListQuery {
  @IsOptional() @IsString() @Length(1, 100) username?: string;
}

@Controller('api/users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService, private readonly commands: CommandBus) {}

  @Post()
  create(@Body() dto: CreateUserDto, @Cmd('CreateUser') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new CreateUserCommand(dto, ctx));
  }

  @Get()
  async list(): Promise<{ items: UserView[]; total: number }> {
    const items = await this.users.list();
    return { items, total: items.length };
  }

  @Get('login-attempts')
  @Roles('admin', 'auditor')
  async attempts(@Query() q: LoginAttemptsQuery): Promise<{ items: unknown[] }> {
    return { items: await this.users.loginAttempts(q.username, q.limit ?? 50, q.offset ?? 0) };
  }

  @Get(':id')
  get(@IdParam() id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  disable(@IdParam() id: string, @Body() dto: ReasonDto, @Cmd('DisableUser') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new DisableUserCommand(id, dto.reason ?? null, ctx));
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@IdParam() id: string, @Body() _dto: ReasonDto, @Cmd('EnableUser') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new EnableUserCommand(id, ctx));
  }

  @Post(':id/role')
  @HttpCode(200)
  changeRole(@IdParam() id: string, @Body() dto: ChangeRoleDto, @Cmd('ChangeUserRole') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new ChangeUserRoleCommand(id, dto, ctx));
  }

  @Post(':id/reset-password')
  @SecretResponse()
  @HttpCode(200)
  resetPassword(@IdParam() id: string, @Cmd('ResetUserPassword') ctx: CommandContext): Promise<{ oneTimePassword: string }> {
    return this.commands.execute(new ResetUserPasswordCommand(id, ctx));
  }
}

@Controller('api/auth')
export class OwnAccountController {
  constructor(private readonly commands: CommandBus) {}

  @Post('password')
  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  changePassword(@Body() dto: ChangePasswordDto, @Req() req: Request & { user: Actor }, @Cmd('ChangeOwnPassword') ctx: CommandContext): Promise<void> {
    return this.commands.execute(new ChangeOwnPasswordCommand(req.user.userId, dto.currentPassword, dto.newPassword, ctx));
  }
}
