import type { EventStore } from '@kn/event-store';
import { NotFound, RuleViolation, streamName } from '@kn/shared';

/**
 * A user's organisation must be a registered, undissolved organisation, and a commune officer's
 * commune an active commune (not a province, not merged away). Read from the events those
 * contexts publish on their streams: territory and organizations import this context for their
 * guards, so importing them back would be a cycle.
 */
export async function ensureUserReferences(
  store: EventStore,
  refs: { organizationId?: string | null; communeId?: string | null },
): Promise<void> {
  if (refs.organizationId) {
    const types = (await store.readStream(streamName('organization', refs.organizationId))).map((e) => e.type);
    if (!types.includes('OrganizationRegistered')) throw new NotFound('organization', refs.organizationId);
    if (types.includes('OrganizationDissolved')) {
      throw new RuleViolation('user.organization_must_be_active', `organisation ${refs.organizationId} is dissolved`, {
        field: 'organizationId',
      });
    }
  }
  if (refs.communeId) {
    const events = await store.readStream(streamName('adminunit', refs.communeId));
    const established = events.find((e) => e.type === 'AdministrativeUnitEstablished');
    if (!established) throw new NotFound('admin_unit', refs.communeId);
    const ended = events.some(
      (e) => e.type === 'AdministrativeUnitMergedInto' || e.type === 'AdministrativeUnitDissolved',
    );
    if ((established.data as { kind?: unknown }).kind !== 'commune' || ended) {
      throw new RuleViolation('user.commune_must_be_active_commune', `${refs.communeId} is not an active commune`, {
        field: 'communeId',
      });
    }
  }
}
