import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import type { Request, Response } from 'express';
import { ROLES, type Actor } from '@kn/shared';
import { APP_CONFIG, ApiProblems, problem, ProblemException, QueryRoute, type AppConfig } from '@kn/platform';
import { ApiTags } from '@nestjs/swagger';
import { UsersService, type UserView } from '../users.service.js';
import { ACTOR, SESSION } from './identity.openapi.js';
import { AllowedBeforePasswordChange, Public, Roles } from './auth.guard.js';

class LoginDto {
  @IsString() @Length(1, 100) username: string;
  @IsString() @Length(1, 200) password: string;
}

@Controller('api/auth')
@ApiTags('Identity')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @QueryRoute('Sign in: a bearer token and the session cookie', SESSION, { problems: [429] })
  @ApiProblems(401)
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ accessToken: string; user: UserView }> {
    const session = await this.users.login(dto.username, dto.password, this.config.sessionTtlMinutes, req.ip ?? null);
    if (!session) throw new ProblemException(problem(401, 'invalid_credentials', 'Wrong username or password.'));
    if ('allowed' in session) {
      res.setHeader('Retry-After', String(session.retryAfterSeconds));
      throw new ProblemException(
        problem(
          429,
          'too_many_login_attempts',
          `Too many failed sign-ins; try again in ${Math.ceil(session.retryAfterSeconds / 60)} minute(s).`,
          { retryAfterSeconds: session.retryAfterSeconds },
        ),
      );
    }
    res.cookie('kn_session', session.token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      maxAge: this.config.sessionTtlMinutes * 60_000,
    });
    return { accessToken: session.token, user: session.user };
  }

  @Get('me')
  @QueryRoute('Who is signed in', ACTOR)
  @AllowedBeforePasswordChange()
  me(@Req() req: Request & { user: Actor }): Actor {
    return req.user;
  }

  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @Post('logout')
  @HttpCode(204)
  @QueryRoute('Sign out: the token and the cookie end', null)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
    const cookie = /(?:^|;\s*)kn_session=([\w-]+)/.exec(req.header('cookie') ?? '')?.[1];
    for (const token of new Set([bearer, cookie])) if (token) await this.users.logout(token);
    res.clearCookie('kn_session', { path: '/' });
  }
}
