import type { Request } from 'express';
import type { ScopeDeps, ScopeFacts, ScopeResolver } from '@kn/identity';
import { pairingDecider } from '../domain/pairing.decide.js';
import { projectDecider } from '../domain/project.decide.js';
import { pairingStream, projectStream } from '../domain/twinning.streams.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const param = (req: Request, name: string): string | null => {
  const v = req.params?.[name];
  return typeof v === 'string' && UUID.test(v) ? v : null;
};

async function pairingFacts(deps: ScopeDeps, pairingId: string | null): Promise<ScopeFacts | null> {
  if (!pairingId) return null;
  const { state } = await deps.pipeline.load(pairingStream(pairingId), pairingDecider);
  return state.status === 'none' ? null : { organizationIds: [state.organizationId], communeIds: [state.adminUnitId] };
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
  project: (req, deps) => projectFacts(deps, param(req, 'id')),
  'project-new': async (req, deps) => {
    const body = (req.body ?? {}) as { pairingId?: unknown; adminUnitId?: unknown };
    const pairingId = typeof body.pairingId === 'string' && UUID.test(body.pairingId) ? body.pairingId : null;
    const pairing = pairingId ? await pairingFacts(deps, pairingId) : null;
    if (pairingId && !pairing) return null; // an unknown pairing is the handler's 404, not a 403
    return { organizationIds: pairing?.organizationIds ?? [], communeIds: typeof body.adminUnitId === 'string' ? [body.adminUnitId] : [] };
  },
};
