import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Actor, Role } from '@kn/shared';
import { CommandPipeline, OpenRoute, problem, ProblemException } from '@kn/platform';
import { allowedByScope, forbiddenReference, SCOPE_KEY, SCOPE_RESOLVERS, type ScopeResolver } from './scope.js';
import { toActor, UsersService } from '../users.service.js';

/** The key OpenRoute sets (libs/platform: it also marks the route open in the OpenAPI document). */
export const PUBLIC = 'kn:public';
export const ROLES_KEY = 'kn:roles';
/** No sign-in needed (login, health). */
export const Public = OpenRoute;
export const BEFORE_PASSWORD_CHANGE = 'kn:before-password-change';
/** Open to a user who signed in with a one-time password and has not chosen their own yet. */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);
/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Every route needs a valid bearer token (or the UI's session cookie) unless marked @Public.
 * Auditors read everything and issue no command. Finer scopes (own organisation, own commune)
 * are checked where the facts are known.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly users: UsersService,
    private readonly reflector: Reflector,
    @Inject(SCOPE_RESOLVERS) private readonly resolvers: Readonly<Record<string, ScopeResolver>>,
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const req = ctx.switchToHttp().getRequest<Request & { user?: Actor }>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return this.identify(req);
    const fromHeader = bearer(req);
    const token = fromHeader ?? cookie(req, 'kn_session');
    // A command carried by the session cookie alone must come from our own pages (CSRF), besides SameSite=Strict.
    if (!fromHeader && token && req.method !== 'GET' && !sameOrigin(req)) {
      throw new ProblemException(
        problem(403, 'cross_site_request', 'Commands sent with the session cookie must come from this site.'),
      );
    }
    const user = token ? await this.users.userForToken(token) : null;
    if (!user)
      throw new ProblemException(
        problem(
          401,
          'unauthenticated',
          'Sign in first: send "Authorization: Bearer <accessToken>" from POST /api/auth/login.',
        ),
      );
    req.user = toActor(user);
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets)) {
      throw new ProblemException(
        problem(
          403,
          'password_change_required',
          'You signed in with a one-time password: choose your own first (POST /api/auth/password).',
        ),
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new ProblemException(
        problem(403, 'forbidden_role', `This action needs one of the roles: ${roles.join(', ')}.`),
      );
    }
    if (!roles && req.method !== 'GET' && user.role === 'auditor') {
      throw new ProblemException(problem(403, 'forbidden_role', 'Auditors read; they issue no commands.'));
    }
    await this.checkScope(ctx, req, req.user);
    return true;
  }

  /** An open route still learns who is asking when credentials come along (health detail, metrics). */
  private async identify(req: Request & { user?: Actor }): Promise<true> {
    const token = bearer(req) ?? cookie(req, 'kn_session');
    const user = token ? await this.users.userForToken(token) : null;
    if (user && !user.mustChangePassword) req.user = toActor(user);
    return true;
  }

  private async checkScope(ctx: ExecutionContext, req: Request, actor: Actor): Promise<void> {
    const name = this.reflector.getAllAndOverride<string | undefined>(SCOPE_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!name) return;
    const resolve = this.resolvers[name];
    if (!resolve) throw new Error(`no scope resolver named ${name}`);
    // Every role: the resolver also refuses references that break a rule whoever acts.
    const facts = await resolve(req, { pipeline: this.pipeline, store: this.store, db: this.db, actor });
    if (!facts || (actor.role !== 'staff' && actor.role !== 'commune_officer')) return;
    const whose = actor.role === 'staff' ? 'your organisation' : 'your commune';
    if (!allowedByScope(actor, facts)) {
      throw new ProblemException(problem(403, 'forbidden_scope', `This record does not belong to ${whose}.`));
    }
    const reference = forbiddenReference(actor, facts);
    if (reference) {
      const message = `${reference.field} names a record outside ${whose}.`;
      throw new ProblemException(
        problem(403, 'forbidden_reference', message, {
          errors: [{ field: reference.field, code: 'forbidden_reference', message }],
        }),
      );
    }
  }
}

function bearer(req: Request): string | null {
  const h = req.header('authorization');
  const m = h ? /^Bearer\s+([\w-]{20,200})$/i.exec(h.trim()) : null;
  return m ? m[1] : null;
}

function cookie(req: Request, name: string): string | null {
  const header = req.header('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === name && v && /^[\w-]{20,200}$/.test(v)) return v;
  }
  return null;
}

/** Origin (or, failing that, Referer) names this host: the browser tells us where the request came from. */
function sameOrigin(req: Request): boolean {
  const source = req.header('origin') ?? req.header('referer');
  if (!source) return false;
  try {
    return new URL(source).host === req.header('host');
  } catch {
    return false;
  }
}
