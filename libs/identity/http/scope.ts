import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@kn/event-store';
import type { CommandPipeline } from '@kn/platform';
import type { Actor } from '@kn/shared';

/** Which organisations and communes a record belongs to, for scoped roles. */
export interface ScopeFacts {
  readonly organizationIds: readonly string[];
  readonly communeIds: readonly string[];
  /**
   * Records the body names (a sponsor, a destination commune): a scoped role must be entitled to
   * each of them as to the record itself, or the request is refused naming the field.
   */
  readonly references?: readonly ScopedReference[];
}

export interface ScopedReference {
  readonly field: string;
  readonly organizationIds: readonly string[];
  readonly communeIds: readonly string[];
}

export interface ScopeDeps {
  readonly pipeline: CommandPipeline;
  readonly store: EventStore;
  readonly db: DataSource;
  readonly actor: Actor;
}

/**
 * Finds the facts of the record a request targets (route params or body); null → unknown, left
 * to the handler's 404. It runs for every role before validation, so it reads the body
 * defensively; a rule on a reference that holds whoever acts (README "Reference rules") is
 * thrown from here as the domain error it is.
 */
export type ScopeResolver = (req: Request, deps: ScopeDeps) => Promise<ScopeFacts | null>;

export const SCOPE_KEY = 'kn:scope';
export const SCOPE_RESOLVERS = Symbol('SCOPE_RESOLVERS');

/**
 * SPEC §5: staff act only on their own organisation's records, commune officers only on their
 * own commune's. `@Scoped('pairing')` names the resolver that tells whose record a request targets;
 * other roles are not narrowed by it.
 */
export const Scoped = (resolver: string) => SetMetadata(SCOPE_KEY, resolver);

type ScopedActor = { role: string; organizationId?: string | null; communeId?: string | null };

export function allowedByScope(actor: ScopedActor, facts: Omit<ScopeFacts, 'references'>): boolean {
  if (actor.role === 'staff') return !!actor.organizationId && facts.organizationIds.includes(actor.organizationId);
  if (actor.role === 'commune_officer') return !!actor.communeId && facts.communeIds.includes(actor.communeId);
  return true;
}

/** The first reference in the body the actor is not entitled to, or null. */
export function forbiddenReference(actor: ScopedActor, facts: ScopeFacts): ScopedReference | null {
  return facts.references?.find((r) => !allowedByScope(actor, r)) ?? null;
}

/** For list queries: the filter a scoped role is held to, whatever it asked for. */
export function scopedFilter(actor: { role: string; organizationId?: string | null; communeId?: string | null }): {
  organizationId?: string;
  communeId?: string;
} {
  if (actor.role === 'staff') return { organizationId: actor.organizationId ?? '00000000-0000-0000-0000-000000000000' };
  if (actor.role === 'commune_officer') return { communeId: actor.communeId ?? '00000000-0000-0000-0000-000000000000' };
  return {};
}

/** The signed-in actor as a handler parameter. */
export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request & { user?: unknown }>().user,
);

const queryCommune = (req: Request): string | null => {
  const v = (req.query as Record<string, unknown> | undefined)?.communeId;
  return typeof v === 'string' && v ? v : null;
};

/**
 * Figures filtered by `?communeId=` (issue 12): a commune officer reads only their own commune's;
 * where the answer lists households one by one or counts a handful (poverty dynamics, what-if),
 * they must name it. Other roles are not narrowed here.
 */
export const QUERY_SCOPES: Readonly<Record<string, ScopeResolver>> = {
  'commune-figures': async (req, { actor }) => {
    const communeId = queryCommune(req);
    return communeId
      ? { communeIds: [communeId], organizationIds: actor.organizationId ? [actor.organizationId] : [] }
      : null;
  },
  'commune-figures-own': async (req, { actor }) => ({
    communeIds: [queryCommune(req) ?? 'the whole province'],
    organizationIds: actor.organizationId ? [actor.organizationId] : [],
  }),
};
