import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import type { Request, Response } from 'express';
import { ROLES, type Actor, type Role } from '@kn/shared';
import { APP_CONFIG, problem, ProblemException, type AppConfig } from '@kn/platform';
import { UsersService, type UserView } from '../users.service.js';
import { Public, Roles } from './auth.guard.js';

class LoginDto {
  @IsString() @Length(1, 100) username: string;
  @IsString() @Length(1, 200) password: string;
}

class CreateUserDto {
  @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/, { message: 'username must be 3–50 lowercase letters, digits, dots, dashes or underscores' }) username: string;
  @IsString() @Length(1, 120) displayName: string;
  @IsString() @Length(1, 200) password: string;
  @IsIn(ROLES) role: Role;
  @IsOptional() @IsUUID() organizationId?: string;
  @IsOptional() @IsUUID() communeId?: string;
}

@Controller('api/auth')
export class AuthController {
  constructor(private readonly users: UsersService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<{ accessToken: string; user: UserView }> {
    const session = await this.users.login(dto.username, dto.password, this.config.sessionTtlMinutes);
    if (!session) throw new ProblemException(problem(401, 'invalid_credentials', 'Wrong username or password.'));
    res.cookie('kn_session', session.token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: this.config.sessionTtlMinutes * 60_000 });
    return { accessToken: session.token, user: session.user };
  }

  @Get('me')
  me(@Req() req: Request & { user: Actor }): Actor {
    return req.user;
  }

  @Roles(...ROLES)
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
    if (token) await this.users.logout(token);
    res.clearCookie('kn_session', { path: '/' });
  }
}

@Controller('api/users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  create(@Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(dto);
  }

  @Get()
  async list(): Promise<{ items: UserView[]; total: number }> {
    const items = await this.users.list();
    return { items, total: items.length };
  }
}
