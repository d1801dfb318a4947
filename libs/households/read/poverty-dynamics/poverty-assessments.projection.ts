import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import type { Projection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decider.js';
import type { HouseholdEvent, PovertyAssessed } from '../../domain/household.events.js';
import { householdEventOf } from '../household-event.js';

/**
 * rm.poverty_assessments: one row per review of a household, with the commune it lived in and
 * its ethnic-minority flag at that time — the input of `povertyDynamics()` ("diễn biến trong
 * năm") and of the standards what-if. rm.poverty_households follows each household's commune.
 * A review year is recorded once per household, so re-applying an event changes nothing.
 */
export const povertyAssessmentsProjection: Projection = {
  name: 'poverty_assessments',
  categories: [HOUSEHOLD_CATEGORY],
  async apply(events, tx) {
    for (const e of events) {
      const parsed = householdEventOf(e);
      if (parsed) await applyOne(tx, parsed.householdId, parsed.event, e);
    }
  },
};

async function applyOne(tx: EntityManager, householdId: string, event: HouseholdEvent, e: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'HouseholdRegistered':
      await tx.query(
        `insert into poverty_households (household_id, commune_id, ethnic_minority, revision) values ($1, $2, $3, $4) on conflict (household_id) do nothing`,
        [householdId, event.data.communeId, event.data.ethnicMinority, e.revision],
      );
      return;
    case 'HouseholdMoved':
    case 'HouseholdTransferred':
      await tx.query(`update poverty_households set commune_id = $2, revision = $3 where household_id = $1 and revision < $3`, [householdId, event.data.toCommuneId, e.revision]);
      return;
    case 'PovertyAssessed':
      await recordAssessment(tx, householdId, event.data);
      return;
    default:
      return;
  }
}

async function recordAssessment(tx: EntityManager, householdId: string, d: PovertyAssessed['data']): Promise<void> {
  await tx.query(
    `insert into poverty_assessments (household_id, review_year, commune_id, ethnic_minority, classification, standard, area, income_per_capita_vnd, deprivations, assessed_on)
     select household_id, $2, commune_id, ethnic_minority, $3, $4, $5, $6, $7, $8 from poverty_households where household_id = $1
     on conflict (household_id, review_year) do nothing`,
    [householdId, d.reviewYear, d.classification, d.standard, d.area, d.incomePerCapitaVnd, [...d.deprivations], d.assessedOn],
  );
}
