import type { RecordedEvent } from '@kn/event-store';
import { documentProjection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decider.js';
import { householdEventOf } from '../household-event.js';
import { evolveHouseholdRegister, type HouseholdRegisterDoc } from './household-register.evolve.js';

/** The register row from a stored event (unparseable events leave it as it was). */
export function evolveRegisterRecorded(doc: HouseholdRegisterDoc | null, e: RecordedEvent): HouseholdRegisterDoc | null {
  const parsed = householdEventOf(e);
  return parsed ? evolveHouseholdRegister(doc, parsed.event) : doc;
}

/** rm.household_register: one row per household, filterable by commune, status, commitments, ethnicity. */
export const householdRegisterProjection = documentProjection<HouseholdRegisterDoc>({
  name: 'household_register',
  table: 'household_register',
  categories: [HOUSEHOLD_CATEGORY],
  keyOf: (e) => householdEventOf(e)?.householdId ?? null,
  evolve: evolveRegisterRecorded,
  columns: (d) => ({
    code: d.code,
    commune_id: d.communeId,
    village_id: d.villageId,
    status: d.status,
    ethnic_minority: d.ethnicMinority,
    open_commitments: d.commitments.filter((c) => c.status === 'open').length,
    erased: d.erased,
  }),
});
