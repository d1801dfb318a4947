import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import type { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ROLES, type Actor, type Role } from '@kn/shared';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, CommandRoute, IdParam, ListQuery, QueryRoute, SecretResponse, type CommandContext } from '@kn/platform';
import { LOGIN_ATTEMPTS, ONE_TIME_PASSWORD, USER, USER_PAGE } from './identity.openapi.js';
import type { UserView } from '../users.service.js';
import { ListUsersQuery, SignInAttemptsQuery, UserQuery } from '../read/users/users.query.js';
import { ChangeOwnPasswordCommand } from '../write/change-own-password/change-own-password.handler.js';
import { ChangeUserRoleCommand } from '../write/change-user-role/change-user-role.handler.js';
import { CreateUserCommand } from '../write/create-user/create-user.handler.js';
import { DisableUserCommand } from '../write/disable-user/disable-user.handler.js';
import { EnableUserCommand } from '../write/enable-user/enable-user.handler.js';
import { ResetUserPasswordCommand } from '../write/reset-user-password/reset-user-password.handler.js';
import { AllowedBeforePasswordChange, Roles } from './auth.guard.js';

class CreateUserDto {
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/, {
    message: 'username must be 3–50 lowercase letters, digits, dots, dashes or underscores',
  })
  username: string;
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
@ApiTags('Identity')
@Roles('admin')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @CommandRoute('Create a user (admins)', { created: true, response: USER, problems: [404, 409, 422] })
  create(@Body() dto: CreateUserDto, @Cmd('CreateUser') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new CreateUserCommand(dto, ctx));
  }

  @Get()
  @QueryRoute('List users (admins)', USER_PAGE)
  list(): Promise<{ items: UserView[]; total: number }> {
    return this.queries.execute(new ListUsersQuery());
  }

  @Get('login-attempts')
  @Roles('admin', 'auditor')
  @QueryRoute('Sign-in attempts, newest first (admins, auditors)', LOGIN_ATTEMPTS)
  attempts(@Query() q: LoginAttemptsQuery): Promise<{ items: unknown[] }> {
    return this.queries.execute(new SignInAttemptsQuery(q.username, q.limit ?? 50, q.offset ?? 0));
  }

  @Get(':id')
  @QueryRoute('One user', USER, { problems: [404] })
  get(@IdParam() id: string): Promise<UserView> {
    return this.queries.execute(new UserQuery(id));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @CommandRoute('Disable a user: their sessions end', { response: USER })
  disable(@IdParam() id: string, @Body() dto: ReasonDto, @Cmd('DisableUser') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new DisableUserCommand(id, dto.reason ?? null, ctx));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @CommandRoute('Enable a disabled user', { response: USER })
  enable(@IdParam() id: string, @Body() _dto: ReasonDto, @Cmd('EnableUser') ctx: CommandContext): Promise<UserView> {
    return this.commands.execute(new EnableUserCommand(id, ctx));
  }

  @Post(':id/role')
  @HttpCode(200)
  @CommandRoute("Change a user's role and scope", { response: USER })
  changeRole(
    @IdParam() id: string,
    @Body() dto: ChangeRoleDto,
    @Cmd('ChangeUserRole') ctx: CommandContext,
  ): Promise<UserView> {
    return this.commands.execute(new ChangeUserRoleCommand(id, dto, ctx));
  }

  @Post(':id/reset-password')
  @SecretResponse()
  @HttpCode(200)
  @CommandRoute("Reset a user's password: a one-time password, shown once", { response: ONE_TIME_PASSWORD })
  resetPassword(
    @IdParam() id: string,
    @Cmd('ResetUserPassword') ctx: CommandContext,
  ): Promise<{ oneTimePassword: string }> {
    return this.commands.execute(new ResetUserPasswordCommand(id, ctx));
  }
}

@Controller('api/auth')
@ApiTags('Identity')
export class OwnAccountController {
  constructor(private readonly commands: CommandBus) {}

  @Post('password')
  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @CommandRoute('Choose your own password (also after a one-time password)', { response: null, problems: [409, 422] })
  changePassword(
    @Body() dto: ChangePasswordDto,
    @Req() req: Request & { user: Actor },
    @Cmd('ChangeOwnPassword') ctx: CommandContext,
  ): Promise<void> {
    return this.commands.execute(
      new ChangeOwnPasswordCommand(req.user.userId, dto.currentPassword, dto.newPassword, ctx),
    );
  }
}
