import type { Request } from 'express';
import { allowedByScope, type ScopeDeps, type ScopeFacts, type ScopeResolver } from '@kn/identity';
import { PairingSlots } from '@kn/twinning';
import { NotFound, ensure } from '@kn/shared';
import { organizationDecider, organizationFacts, organizationStream } from '@kn/organizations';
import { householdStream } from '../read/household-event.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (v: unknown): string | null => (typeof v === 'string' && UUID.test(v) ? v : null);
const body = (req: Request): Record<string, unknown> =>
  typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};

interface HouseholdScope {
  communeId: string;
  villageId: string | null;
  sponsors: Map<string, string | null>;
}

/** The household's place now and each commitment's sponsoring organisation, from its stream. */
async function householdScope(deps: ScopeDeps, householdId: string | null): Promise<HouseholdScope | null> {
  if (!householdId) return null;
  const events = await deps.store.readStream(householdStream(householdId));
  let place: { communeId: string; villageId: string | null } | null = null;
  const sponsors = new Map<string, string | null>();
  for (const e of events) {
    const d = e.data as Record<string, unknown>;
    if (e.type === 'HouseholdRegistered') place = { communeId: String(d.communeId), villageId: uuid(d.villageId) };
    if (e.type === 'HouseholdMoved') place = { communeId: String(d.toCommuneId), villageId: uuid(d.toVillageId) };
    if (e.type === 'HouseholdTransferred') place = { communeId: String(d.toCommuneId), villageId: null };
    if (e.type === 'SupportCommitted') {
      const sponsor = d.sponsor as { organizationId?: unknown } | undefined;
      sponsors.set(String(d.commitmentId), typeof sponsor?.organizationId === 'string' ? sponsor.organizationId : null);
    }
  }
  return place ? { ...place, sponsors } : null;
}

/** Whether the organisation reaches the household: an active pairing on its commune or its village. */
const pairedWith = (deps: ScopeDeps, organizationId: string | null | undefined, h: HouseholdScope): Promise<boolean> =>
  organizationId
    ? new PairingSlots(deps.pipeline).heldByAny(organizationId, [h.communeId, h.villageId])
    : Promise.resolve(false);

/**
 * A household is its commune's. An organisation reaches it only through a pairing with its
 * commune (or village), never through a command its staff issued (issue 12, finding 1).
 */
async function householdFacts(deps: ScopeDeps, h: HouseholdScope): Promise<ScopeFacts> {
  const own = deps.actor.organizationId;
  return { communeIds: [h.communeId], organizationIds: own && (await pairedWith(deps, own, h)) ? [own] : [] };
}

export const HOUSEHOLD_SCOPES: Readonly<Record<string, ScopeResolver>> = {
  household: async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    return h && householdFacts(deps, h);
  },
  /** A spreadsheet import: the commune named in the query (the file is read after the guards). */
  'import-commune': async (req: Request) => {
    const communeId = uuid(req.query?.communeId);
    return communeId ? { communeIds: [communeId], organizationIds: [] } : null;
  },
  'household-new': async (req: Request) => {
    const communeId = uuid(body(req).communeId);
    return communeId ? { communeIds: [communeId], organizationIds: [] } : null;
  },
  /**
   * A move across communes: a commune officer moves households only within their own commune
   * (between villages); supervisors and admins move them anywhere (ADR 0014).
   */
  'household-move': async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    const to = uuid(body(req).toCommuneId);
    return (
      h && {
        ...(await householdFacts(deps, h)),
        references: to ? [{ field: 'toCommuneId', communeIds: [to], organizationIds: [] }] : [],
      }
    );
  },
  /**
   * A new commitment: staff sponsor only as their own organisation; whoever records it, the
   * sponsoring organisation must hold an active pairing with the household's commune (SPEC §1:
   * support for the communes an organisation is paired with) — finding 2.
   */
  'commitment-new': async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    if (!h) return null;
    const facts = await householdFacts(deps, h);
    if (!allowedByScope(deps.actor, facts)) return facts; // out of scope: the 403 comes first
    const sponsor = body(req).sponsor;
    const sponsorId =
      typeof sponsor === 'object' && sponsor !== null
        ? uuid((sponsor as Record<string, unknown>).organizationId)
        : null;
    if (sponsorId) {
      const org = organizationFacts(
        (await deps.pipeline.load(organizationStream(sponsorId), organizationDecider)).state,
      );
      if (!org) throw new NotFound('organization', sponsorId);
      ensure(
        'commitment.sponsor_must_be_paired_with_commune',
        await pairedWith(deps, sponsorId, h),
        `organisation ${sponsorId} holds no active pairing with the household's commune`,
        { field: 'sponsor.organizationId' },
      );
    }
    // A named person's commitment is no organisation's unless they name one (then the rules above
    // apply to it as to a sponsoring organisation): the commune records it, not staff (SPEC §5).
    if (!sponsorId) return { ...facts, organizationIds: [] };
    return {
      ...facts,
      references: [{ field: 'sponsor.organizationId', organizationIds: [sponsorId], communeIds: [h.communeId] }],
    };
  },
  /** An existing commitment: its sponsor's staff act on it, and the household's commune. */
  commitment: async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    const cid = String(req.params?.cid);
    if (!h || !h.sponsors.has(cid)) return null; // an unknown commitment is the handler's 404
    const sponsor = h.sponsors.get(cid);
    return { communeIds: [h.communeId], organizationIds: sponsor ? [sponsor] : [] };
  },
};
