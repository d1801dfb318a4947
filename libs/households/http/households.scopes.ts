import type { Request } from 'express';
import type { ScopeDeps, ScopeFacts, ScopeResolver } from '@kn/identity';
import { householdStream } from '../read/household-event.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (v: unknown): string | null => (typeof v === 'string' && UUID.test(v) ? v : null);

interface HouseholdScope { communeId: string; sponsors: Map<string, string | null> }

/** The household's commune now and each commitment's sponsoring organisation, from its stream. */
async function householdScope(deps: ScopeDeps, householdId: string | null): Promise<HouseholdScope | null> {
  if (!householdId) return null;
  const events = await deps.store.readStream(householdStream(householdId));
  let communeId: string | null = null;
  const sponsors = new Map<string, string | null>();
  for (const e of events) {
    const d = e.data as Record<string, unknown>;
    if (e.type === 'HouseholdRegistered') communeId = String(d.communeId);
    if (e.type === 'HouseholdMoved' || e.type === 'HouseholdTransferred') communeId = String(d.toCommuneId);
    if (e.type === 'SupportCommitted') {
      const sponsor = d.sponsor as { organizationId?: unknown } | undefined;
      sponsors.set(String(d.commitmentId), typeof sponsor?.organizationId === 'string' ? sponsor.organizationId : null);
    }
  }
  return communeId ? { communeId, sponsors } : null;
}

const facts = (communeId: string, organizationIds: readonly (string | null | undefined)[]): ScopeFacts => ({
  communeIds: [communeId],
  organizationIds: organizationIds.filter((o): o is string => typeof o === 'string'),
});

export const HOUSEHOLD_SCOPES: Readonly<Record<string, ScopeResolver>> = {
  /** A household is its commune's; staff of an organisation sponsoring it may read it. */
  household: async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    return h && facts(h.communeId, [...h.sponsors.values()]);
  },
  'household-new': async (req: Request) => {
    const communeId = uuid((req.body as { communeId?: unknown } | undefined)?.communeId);
    return communeId ? facts(communeId, []) : null;
  },
  /** A new commitment: the household's commune, and the organisation that would sponsor it. */
  'commitment-new': async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    const sponsor = (req.body as { sponsor?: { organizationId?: unknown } } | undefined)?.sponsor?.organizationId;
    return h && facts(h.communeId, [typeof sponsor === 'string' ? sponsor : null]);
  },
  commitment: async (req, deps) => {
    const h = await householdScope(deps, uuid(req.params?.id));
    const cid = String(req.params?.cid);
    if (!h || !h.sponsors.has(cid)) return null; // an unknown commitment is the handler's 404
    return facts(h.communeId, [h.sponsors.get(cid)]);
  },
};
