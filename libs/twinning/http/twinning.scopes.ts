import type { Request } from 'express';
import type { ScopeDeps, ScopeFacts, ScopeResolver } from '@kn/identity';
import { pairingDecider } from '../domain/pairing.decide.js';
import { projectDecider } from '../domain/project.decide.js';
import { pairingStream, projectStream } from '../domain/twinning.streams.js';
import { ensureActivityInPairingCommune } from '../write/activity-references.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const param = (req: Request, name: string): string | null => {
  const v = req.params?.[name];
  return typeof v === 'string' && UUID.test(v) ? v : null;
};

const body = (req: Request): Record<string, unknown> =>
  typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};

async function loadPairing(deps: ScopeDeps, pairingId: string | null) {
  if (!pairingId) return null;
  const { state } = await deps.pipeline.load(pairingStream(pairingId), pairingDecider);
  return state.status === 'none' ? null : state;
}

async function pairingFacts(deps: ScopeDeps, pairingId: string | null): Promise<ScopeFacts | null> {
  const state = await loadPairing(deps, pairingId);
  return state && { organizationIds: [state.organizationId], communeIds: [state.adminUnitId] };
}

/** A project belongs to the organisation of its pairing (none without one) and to its commune. */
async function projectFacts(deps: ScopeDeps, projectId: string | null): Promise<ScopeFacts | null> {
  if (!projectId) return null;
  const { state } = await deps.pipeline.load(projectStream(projectId), projectDecider);
  if (state.status === 'none') return null;
  const pairing = await pairingFacts(deps, state.pairingId);
  return { organizationIds: pairing?.organizationIds ?? [], communeIds: [state.adminUnitId] };
}

export const TWINNING_SCOPES: Readonly<Record<string, ScopeResolver>> = {
  pairing: (req, deps) => pairingFacts(deps, param(req, 'id')),
  /** A new activity: the pairing's, and whatever it names lies in the pairing's commune. */
  'pairing-activity': async (req, deps) => {
    const state = await loadPairing(deps, param(req, 'id'));
    if (!state) return null;
    await ensureActivityInPairingCommune(deps, state, body(req));
    return { organizationIds: [state.organizationId], communeIds: [state.adminUnitId] };
  },
  /** A correction may move an activity's location or change its households: the same rule. */
  'activity-correction': async (req, deps) => {
    const state = await loadPairing(deps, param(req, 'id'));
    if (!state) return null;
    const changes = body(req).changes;
    const activityId = param(req, 'activityId');
    const kind = activityId ? state.activities[activityId]?.record.kind : undefined;
    if (typeof changes === 'object' && changes !== null)
      await ensureActivityInPairingCommune(deps, state, { ...changes, kind });
    return { organizationIds: [state.organizationId], communeIds: [state.adminUnitId] };
  },
  project: (req, deps) => projectFacts(deps, param(req, 'id')),
  /** Funding: staff pledge or receive only in their own organisation's name (finding 6). */
  'project-funding': async (req, deps) => {
    const facts = await projectFacts(deps, param(req, 'id'));
    const sponsor = body(req).sponsorOrganizationId;
    if (!facts || typeof sponsor !== 'string') return facts;
    return {
      ...facts,
      references: [{ field: 'sponsorOrganizationId', organizationIds: [sponsor], communeIds: facts.communeIds }],
    };
  },
  'project-new': async (req, deps) => {
    const body = (req.body ?? {}) as { pairingId?: unknown; adminUnitId?: unknown };
    const pairingId = typeof body.pairingId === 'string' && UUID.test(body.pairingId) ? body.pairingId : null;
    const pairing = pairingId ? await pairingFacts(deps, pairingId) : null;
    if (pairingId && !pairing) return null; // an unknown pairing is the handler's 404, not a 403
    return {
      organizationIds: pairing?.organizationIds ?? [],
      communeIds: typeof body.adminUnitId === 'string' ? [body.adminUnitId] : [],
    };
  },
};
