import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import type { Request } from 'express';
import { ROLES, type Actor, type Role } from '@kn/shared';
import { Cmd, IdParam, ListQuery, type CommandContext } from '@kn/platform';
import { UsersService, type UserView } from '../users.service.js';
import { UserAudit } from '../user-audit.js';
import { Roles } from './auth.guard.js';

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
  constructor(private readonly users: UsersService, private readonly audit: UserAudit) {}

  @Post()
  async create(@Body() dto: CreateUserDto, @Cmd('CreateUser') ctx: CommandContext): Promise<UserView> {
    const user = await this.users.create(dto);
    await this.audit.created(user, ctx);
    return user;
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
  async disable(@IdParam() id: string, @Body() dto: ReasonDto, @Cmd('DisableUser') ctx: CommandContext): Promise<UserView> {
    const user = await this.users.setDisabled(id, true);
    await this.audit.record(id, { type: 'UserDisabled', data: { reason: dto.reason ?? null } }, ctx);
    return user;
  }

  @Post(':id/enable')
  @HttpCode(200)
  async enable(@IdParam() id: string, @Body() _dto: ReasonDto, @Cmd('EnableUser') ctx: CommandContext): Promise<UserView> {
    const user = await this.users.setDisabled(id, false);
    await this.audit.record(id, { type: 'UserEnabled', data: {} }, ctx);
    return user;
  }

  @Post(':id/role')
  @HttpCode(200)
  async changeRole(@IdParam() id: string, @Body() dto: ChangeRoleDto, @Cmd('ChangeUserRole') ctx: CommandContext): Promise<UserView> {
    const before = await this.users.get(id);
    const user = await this.users.changeRole(id, dto);
    await this.audit.record(id, { type: 'UserRoleChanged', data: { previousRole: before.role, role: user.role, organizationId: user.organizationId, communeId: user.communeId } }, ctx);
    return user;
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  async resetPassword(@IdParam() id: string, @Cmd('ResetUserPassword') ctx: CommandContext): Promise<{ oneTimePassword: string }> {
    const oneTimePassword = await this.users.resetPassword(id);
    await this.audit.record(id, { type: 'UserPasswordReset', data: {} }, ctx);
    return { oneTimePassword };
  }
}

@Controller('api/auth')
export class OwnAccountController {
  constructor(private readonly users: UsersService, private readonly audit: UserAudit) {}

  @Post('password')
  @Roles(...ROLES)
  @HttpCode(204)
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: Request & { user: Actor }, @Cmd('ChangeOwnPassword') ctx: CommandContext): Promise<void> {
    await this.users.changeOwnPassword(req.user.userId, dto.currentPassword, dto.newPassword);
    await this.audit.record(req.user.userId, { type: 'UserPasswordChanged', data: {} }, ctx);
  }
}
