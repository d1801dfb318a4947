import type { RecordedEvent } from '@kn/event-store';
import { householdDocumentProjection } from '../household-documents.js';
import { householdEventOf } from '../household-event.js';
import { evolveHouseholdRegister, type HouseholdRegisterDoc } from './household-register.evolve.js';

/** The register row from a stored event (unparseable events leave it as it was). */
export function evolveRegisterRecorded(
  doc: HouseholdRegisterDoc | null,
  e: RecordedEvent,
): HouseholdRegisterDoc | null {
  const parsed = householdEventOf(e);
  return parsed ? evolveHouseholdRegister(doc, parsed.event) : doc;
}

/** rm.household_register: one row per household, filterable by commune, status, commitments, ethnicity. */
export const householdRegisterProjection = householdDocumentProjection<HouseholdRegisterDoc>({
  name: 'household_register',
  table: 'household_register',
  evolve: evolveHouseholdRegister,
  columns: {
    code: 'text',
    commune_id: 'text',
    village_id: 'text',
    status: 'text',
    ethnic_minority: 'boolean',
    open_commitments: 'int',
    erased: 'boolean',
    merged_into: 'text',
  },
  values: (d) => ({
    code: d.code,
    commune_id: d.communeId,
    village_id: d.villageId,
    status: d.status,
    ethnic_minority: d.ethnicMinority,
    open_commitments: d.commitments.filter((c) => c.status === 'open').length,
    erased: d.erased,
    merged_into: d.mergedInto ?? null,
  }),
});
