import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@kn/event-store';
import type { CommandPipeline } from '@kn/platform';

/** Which organisations and communes a record belongs to, for scoped roles. */
export interface ScopeFacts {
  readonly organizationIds: readonly string[];
  readonly communeIds: readonly string[];
}

export interface ScopeDeps {
  readonly pipeline: CommandPipeline;
  readonly store: EventStore;
  readonly db: DataSource;
}

/** Finds the facts of the record a request targets (route params or body); null → unknown, left to the handler's 404. */
export type ScopeResolver = (req: Request, deps: ScopeDeps) => Promise<ScopeFacts | null>;

export const SCOPE_KEY = 'kn:scope';
export const SCOPE_RESOLVERS = Symbol('SCOPE_RESOLVERS');

/**
 * SPEC §5: staff act only on their own organisation's records, commune officers only on their
 * own commune's. `@Scoped('pairing')` names the resolver that tells whose record a request targets;
 * other roles are not narrowed by it.
 */
export const Scoped = (resolver: string) => SetMetadata(SCOPE_KEY, resolver);

export function allowedByScope(actor: { role: string; organizationId?: string | null; communeId?: string | null }, facts: ScopeFacts): boolean {
  if (actor.role === 'staff') return !!actor.organizationId && facts.organizationIds.includes(actor.organizationId);
  if (actor.role === 'commune_officer') return !!actor.communeId && facts.communeIds.includes(actor.communeId);
  return true;
}

/** For list queries: the filter a scoped role is held to, whatever it asked for. */
export function scopedFilter(actor: { role: string; organizationId?: string | null; communeId?: string | null }): { organizationId?: string; communeId?: string } {
  if (actor.role === 'staff') return { organizationId: actor.organizationId ?? '00000000-0000-0000-0000-000000000000' };
  if (actor.role === 'commune_officer') return { communeId: actor.communeId ?? '00000000-0000-0000-0000-000000000000' };
  return {};
}

/** The signed-in actor as a handler parameter. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request & { user?: unknown }>().user);
