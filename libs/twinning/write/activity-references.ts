import type { EventStore } from '@kn/event-store';
import type { CommandPipeline } from '@kn/platform';
import { NotFound, ensure, ensureValid, streamName } from '@kn/shared';
import { organizationDecider, organizationFacts, organizationStream } from '@kn/organizations';
import { adminUnitDecider, adminUnitStream, type AdminUnitState } from '@kn/territory';
import type { ExistingPairing } from '../domain/pairing.state.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && UUID.test(x)) : [];

/** What an activity body (or a correction's changes) names outside the pairing itself. */
export interface ActivityReferences {
  readonly kind?: unknown;
  readonly locationAdminUnitId?: unknown;
  readonly beneficiaryHouseholdIds?: unknown;
  readonly hostHouseholdIds?: unknown;
  readonly coOrganizerIds?: unknown;
}

/**
 * An activity of a pairing happens in the pairing's commune (SPEC §2.3, issue 12 finding 7): its
 * location is that commune or one of its villages, and its beneficiary and host households live
 * there now. A study tour goes elsewhere by definition, so its location is free. Checked for every
 * role: a supervisor cannot credit a pairing with another commune's households either.
 */
export async function ensureActivityInPairingCommune(
  deps: { pipeline: CommandPipeline; store: EventStore },
  pairing: ExistingPairing,
  refs: ActivityReferences,
): Promise<void> {
  const commune = await communeOf(deps.pipeline, pairing.adminUnitId);
  const location =
    typeof refs.locationAdminUnitId === 'string' && UUID.test(refs.locationAdminUnitId)
      ? refs.locationAdminUnitId
      : null;
  if (location && refs.kind !== 'study_tour') {
    const unit = await loadUnit(deps.pipeline, location);
    ensure(
      'activity.location_in_pairing_commune',
      unit.status !== 'not_established' && (unit.unitId === commune || unit.parentId === commune),
      `location ${location} is not the pairing's commune or one of its villages`,
      { field: 'locationAdminUnitId' },
    );
  }
  await ensureCoOrganizersActive(deps.pipeline, refs.coOrganizerIds);
  for (const field of ['beneficiaryHouseholdIds', 'hostHouseholdIds'] as const) {
    for (const householdId of ids(refs[field])) {
      ensure(
        'activity.households_in_pairing_commune',
        (await householdCommune(deps.store, householdId)) === commune,
        `household ${householdId} is not registered in the pairing's commune`,
        { field, householdId },
      );
    }
  }
}

/** Each co-organiser is a registered organisation (404 otherwise) still active on its own (400). */
async function ensureCoOrganizersActive(pipeline: CommandPipeline, coOrganizerIds: unknown): Promise<void> {
  for (const id of ids(coOrganizerIds)) {
    const facts = organizationFacts((await pipeline.load(organizationStream(id), organizationDecider)).state);
    if (!facts) throw new NotFound('organization', id);
    ensureValid(
      'activity.co_organizer_not_active',
      facts.status === 'active',
      `organisation ${id} is ${facts.status}; name its successor or leave it out`,
      'coOrganizerIds',
    );
  }
}

/** The commune of a pairing's unit: the unit itself, or a village's parent. */
async function communeOf(pipeline: CommandPipeline, unitId: string): Promise<string> {
  const unit = await loadUnit(pipeline, unitId);
  return unit.status !== 'not_established' && unit.kind === 'village' && unit.parentId ? unit.parentId : unitId;
}

async function loadUnit(pipeline: CommandPipeline, unitId: string): Promise<AdminUnitState> {
  return (await pipeline.load(adminUnitStream(unitId), adminUnitDecider)).state;
}

/**
 * A household's commune now, from the events the households context publishes on its stream.
 * Read here by type rather than through @kn/households, which depends on this context for an
 * organisation's reach (a cycle otherwise; ADR 0014).
 */
async function householdCommune(store: EventStore, householdId: string): Promise<string | null> {
  let commune: string | null = null;
  for (const e of await store.readStream(streamName('household', householdId))) {
    const d = e.data as { communeId?: unknown; toCommuneId?: unknown };
    if (e.type === 'HouseholdRegistered' && typeof d.communeId === 'string') commune = d.communeId;
    if ((e.type === 'HouseholdMoved' || e.type === 'HouseholdTransferred') && typeof d.toCommuneId === 'string')
      commune = d.toCommuneId;
  }
  return commune;
}
