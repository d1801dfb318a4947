import { documentProjection } from '@kn/platform';
import { PAIRING_CATEGORY } from '../../domain/pairing.events.js';
import { evolvePairingSummary, type PairingSummary } from '../pairing-summary/pairing-summary.evolve.js';

/** rm.pairings: one summary per pairing (status, activity counts, plans), filterable by organisation, unit and status. */
export const pairingsProjection = documentProjection<PairingSummary>({
  name: 'pairings',
  table: 'pairings',
  categories: [PAIRING_CATEGORY],
  evolve: (doc, e) => evolvePairingSummary(doc, e),
  columns: { organization_id: 'text', admin_unit_id: 'text', status: 'text', established_on: 'date', ended_on: 'date' },
  values: (d) => ({
    organization_id: d.organizationId,
    admin_unit_id: d.adminUnitId,
    status: d.status,
    established_on: d.establishedOn,
    ended_on: d.endedOn,
  }),
});
