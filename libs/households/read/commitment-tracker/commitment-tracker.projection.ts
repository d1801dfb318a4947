import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import type { Projection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decider.js';
import type { HouseholdEvent } from '../../domain/household.events.js';
import { householdEventOf } from '../household-event.js';
import { evolveTrackedCommitment, type TrackedCommitmentDoc, type TrackedHousehold } from './commitment-tracker.evolve.js';

/**
 * rm.commitment_tracker: one row per support commitment, across households, by status, sponsor
 * and commune. It keeps its own household → commune table (rm.commitment_households) so a
 * rebuild needs no other read model. Each row stores the household stream revision it has
 * applied: an event at or below it is skipped, so re-applying an event changes nothing.
 */
export const commitmentTrackerProjection: Projection = {
  name: 'commitment_tracker',
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
        `insert into commitment_households (household_id, code, commune_id, revision) values ($1, $2, $3, $4) on conflict (household_id) do nothing`,
        [householdId, event.data.code, event.data.communeId, e.revision],
      );
      return;
    case 'HouseholdMoved':
    case 'HouseholdTransferred':
      await tx.query(`update commitment_households set commune_id = $2, revision = $3 where household_id = $1 and revision < $3`, [householdId, event.data.toCommuneId, e.revision]);
      await tx.query(
        `update commitment_tracker set commune_id = $2, doc = jsonb_set(doc, '{communeId}', to_jsonb($2::text)), revision = $3 where household_id = $1 and revision < $3`,
        [householdId, event.data.toCommuneId, e.revision],
      );
      return;
    case 'SupportCommitted':
    case 'SupportDelivered':
    case 'SupportCommitmentFulfilled':
    case 'SupportCommitmentCancelled':
      await applyToCommitment(tx, householdId, event, e);
      return;
    default:
      return;
  }
}

async function applyToCommitment(tx: EntityManager, householdId: string, event: HouseholdEvent & { data: { commitmentId: string } }, e: RecordedEvent): Promise<void> {
  const id = event.data.commitmentId;
  const rows: { doc: TrackedCommitmentDoc; revision: string }[] = await tx.query(`select doc, revision from commitment_tracker where id = $1`, [id]);
  if (rows[0] && Number(rows[0].revision) >= e.revision) return;
  const households: { code: string; commune_id: string }[] = await tx.query(`select code, commune_id from commitment_households where household_id = $1`, [householdId]);
  const household: TrackedHousehold | null = households[0] ? { householdId, code: households[0].code, communeId: households[0].commune_id } : null;
  const doc = evolveTrackedCommitment(rows[0]?.doc ?? null, event, household);
  if (!doc) return;
  await tx.query(
    `insert into commitment_tracker (id, doc, revision, household_id, commune_id, sponsor_organization_id, status, due_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (id) do update set doc = excluded.doc, revision = excluded.revision, commune_id = excluded.commune_id, status = excluded.status`,
    [id, JSON.stringify(doc), e.revision, doc.householdId, doc.communeId, 'organizationId' in doc.sponsor ? doc.sponsor.organizationId : null, doc.status, doc.dueOn],
  );
}
