import { insertRows, updateOthers, type Columns, type Projection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decide.js';
import type { HouseholdEvent } from '../../domain/household.events.js';
import { householdEventOf } from '../household-event.js';

/**
 * rm.poverty_assessments: one row per review of a household, with the commune it lived in and
 * its ethnic-minority flag at that time — the input of `povertyDynamics()` ("diễn biến trong
 * năm") and of the standards what-if. rm.poverty_households follows each household's commune.
 * A review year is recorded once per household, so re-applying an event changes nothing.
 *
 * Per batch: one select of the households it touches, a fold in memory in log order (a move
 * applies only above the stored revision), one upsert of the households and one insert of the
 * reviews.
 */
export const povertyAssessmentsProjection: Projection = {
  name: 'poverty_assessments',
  categories: [HOUSEHOLD_CATEGORY],
  async apply(events, tx) {
    const batch: { householdId: string; event: HouseholdEvent; revision: number }[] = [];
    for (const e of events) {
      const parsed = householdEventOf(e);
      if (parsed && RELEVANT.has(parsed.event.type)) batch.push({ ...parsed, revision: e.revision });
    }
    if (!batch.length) return;
    const ids = [...new Set(batch.map((b) => b.householdId))];
    const stored: { household_id: string; commune_id: string; ethnic_minority: boolean; revision: string }[] =
      await tx.query(
        `select household_id, commune_id, ethnic_minority, revision from poverty_households where household_id = any($1)`,
        [ids],
      );
    const households = new Map<string, HouseholdRow>(
      stored.map((r) => [
        r.household_id,
        { communeId: r.commune_id, ethnicMinority: r.ethnic_minority, revision: Number(r.revision), dirty: false },
      ]),
    );
    const reviews = new Map<string, Record<string, unknown>>();
    const restated: {
      householdId: string;
      reviewYear: number;
      classification: string;
      standard: string;
      deprivations: readonly string[];
    }[] = [];
    const merged: string[] = [];
    for (const { householdId, event, revision } of batch) {
      switch (event.type) {
        case 'HouseholdMergedInto':
          merged.push(householdId);
          break;
        case 'HouseholdRegistered':
          if (!households.has(householdId))
            households.set(householdId, {
              communeId: event.data.communeId,
              ethnicMinority: event.data.ethnicMinority,
              revision,
              dirty: true,
            });
          break;
        case 'HouseholdMoved':
        case 'HouseholdTransferred': {
          const h = households.get(householdId);
          if (h && h.revision < revision)
            households.set(householdId, { ...h, communeId: event.data.toCommuneId, revision, dirty: true });
          break;
        }
        case 'PovertyAssessed': {
          const h = households.get(householdId);
          const d = event.data;
          const key = `${householdId}\u0000${d.reviewYear}`;
          // The first review of a year stands (the insert below also skips years already stored).
          if (!h || reviews.has(key)) break;
          reviews.set(key, {
            household_id: householdId,
            review_year: d.reviewYear,
            commune_id: h.communeId,
            ethnic_minority: h.ethnicMinority,
            classification: d.classification,
            standard: d.standard,
            area: d.area,
            income_per_capita_vnd: d.incomePerCapitaVnd,
            deprivations: [...d.deprivations],
            assessed_on: d.assessedOn,
          });
          break;
        }
        case 'AssessmentRestated': {
          const d = event.data;
          const pending = reviews.get(`${householdId}\u0000${d.reviewYear}`);
          if (pending)
            Object.assign(pending, {
              classification: d.to.classification,
              standard: d.to.standard,
              deprivations: [...d.to.deprivations],
            });
          else
            restated.push({
              householdId,
              reviewYear: d.reviewYear,
              classification: d.to.classification,
              standard: d.to.standard,
              deprivations: d.to.deprivations,
            });
          break;
        }
        default:
          break;
      }
    }
    await insertRows(
      tx,
      'poverty_households',
      HOUSEHOLD_COLUMNS,
      [...households]
        .filter(([, h]) => h.dirty)
        .map(([id, h]) => ({
          household_id: id,
          commune_id: h.communeId,
          ethnic_minority: h.ethnicMinority,
          revision: h.revision,
        })),
      updateOthers(HOUSEHOLD_COLUMNS, ['household_id']),
    );
    await insertRows(
      tx,
      'poverty_assessments',
      ASSESSMENT_COLUMNS,
      [...reviews.values()],
      'on conflict (household_id, review_year) do nothing',
    );
    // A restatement replaces the review's outcome (idempotent: the same values again).
    for (const r of restated) {
      await tx.query(
        `update poverty_assessments set classification = $3, standard = $4, deprivations = $5 where household_id = $1 and review_year = $2`,
        [r.householdId, r.reviewYear, r.classification, r.standard, [...r.deprivations]],
      );
    }
    // A merged duplicate is the survivor counted twice: its reviews leave the dynamics (read-only from then on).
    if (merged.length) await tx.query(`delete from poverty_assessments where household_id = any($1)`, [merged]);
  },
};

interface HouseholdRow {
  readonly communeId: string;
  readonly ethnicMinority: boolean;
  readonly revision: number;
  readonly dirty: boolean;
}

const RELEVANT = new Set<HouseholdEvent['type']>([
  'HouseholdMergedInto',
  'HouseholdRegistered',
  'HouseholdMoved',
  'HouseholdTransferred',
  'PovertyAssessed',
  'AssessmentRestated',
]);

const HOUSEHOLD_COLUMNS: Columns = {
  household_id: 'text',
  commune_id: 'text',
  ethnic_minority: 'boolean',
  revision: 'bigint',
};
const ASSESSMENT_COLUMNS: Columns = {
  household_id: 'text',
  review_year: 'int',
  commune_id: 'text',
  ethnic_minority: 'boolean',
  classification: 'text',
  standard: 'text',
  area: 'text',
  income_per_capita_vnd: 'bigint',
  deprivations: 'text[]',
  assessed_on: 'date',
};
