import { insertRows, updateOthers, type Columns, type Projection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../../domain/household.decide.js';
import type { HouseholdEvent } from '../../domain/household.events.js';
import { householdEventOf } from '../household-event.js';
import { evolveTrackedCommitment, type TrackedCommitmentDoc } from './commitment-tracker.evolve.js';

/**
 * rm.commitment_tracker: one row per support commitment, across households, by status, sponsor
 * and commune. It keeps its own household → commune table (rm.commitment_households) so a
 * rebuild needs no other read model. Each row stores the household stream revision it has
 * applied: an event at or below it is skipped, so re-applying an event changes nothing.
 *
 * Per batch: one select of the households and one of the commitments the batch touches (those
 * it names, and every commitment of a household that moves), a fold in memory in log order,
 * then one multi-row upsert per table.
 */
export const commitmentTrackerProjection: Projection = {
  name: 'commitment_tracker',
  categories: [HOUSEHOLD_CATEGORY],
  async apply(events, tx) {
    const batch: { householdId: string; event: HouseholdEvent; revision: number }[] = [];
    for (const e of events) {
      const parsed = householdEventOf(e);
      if (parsed && RELEVANT.has(parsed.event.type)) batch.push({ ...parsed, revision: e.revision });
    }
    if (!batch.length) return;
    const householdIds = new Set<string>();
    const movedIds = new Set<string>();
    const commitmentIds = new Set<string>();
    for (const { householdId, event } of batch) {
      householdIds.add(householdId);
      if (event.type === 'HouseholdMoved' || event.type === 'HouseholdTransferred') movedIds.add(householdId);
      if ('commitmentId' in event.data) commitmentIds.add(event.data.commitmentId);
    }
    const households = new Map<string, HouseholdRow>();
    const storedHouseholds: { household_id: string; code: string; commune_id: string; revision: string }[] =
      await tx.query(
        `select household_id, code, commune_id, revision from commitment_households where household_id = any($1)`,
        [[...householdIds]],
      );
    for (const r of storedHouseholds)
      households.set(r.household_id, {
        code: r.code,
        communeId: r.commune_id,
        revision: Number(r.revision),
        dirty: false,
      });
    const commitments = new Map<string, CommitmentRow>();
    /** Commitment ids per household column, for moves. */
    const ofHousehold = new Map<string, Set<string>>();
    const track = (id: string, householdId: string) => {
      const ids = ofHousehold.get(householdId) ?? new Set<string>();
      ofHousehold.set(householdId, ids.add(id));
    };
    const storedCommitments: { id: string; doc: TrackedCommitmentDoc; revision: string; household_id: string }[] =
      await tx.query(
        `select id, doc, revision, household_id from commitment_tracker where id = any($1) or household_id = any($2)`,
        [[...commitmentIds], [...movedIds]],
      );
    for (const r of storedCommitments) {
      commitments.set(r.id, { doc: r.doc, revision: Number(r.revision), householdId: r.household_id, dirty: false });
      track(r.id, r.household_id);
    }

    for (const { householdId, event, revision } of batch) {
      switch (event.type) {
        case 'HouseholdRegistered':
          if (!households.has(householdId))
            households.set(householdId, {
              code: event.data.code,
              communeId: event.data.communeId,
              revision,
              dirty: true,
            });
          break;
        case 'HouseholdMoved':
        case 'HouseholdTransferred': {
          const communeId = event.data.toCommuneId;
          const h = households.get(householdId);
          if (h && h.revision < revision) households.set(householdId, { ...h, communeId, revision, dirty: true });
          for (const id of ofHousehold.get(householdId) ?? []) {
            const c = commitments.get(id)!;
            if (c.revision < revision)
              commitments.set(id, { ...c, doc: { ...c.doc, communeId }, revision, dirty: true });
          }
          break;
        }
        default: {
          if (!('commitmentId' in event.data)) break;
          const id = event.data.commitmentId;
          const stored = commitments.get(id);
          if (stored && stored.revision >= revision) break;
          const h = households.get(householdId);
          const doc = evolveTrackedCommitment(
            stored?.doc ?? null,
            event,
            h ? { householdId, code: h.code, communeId: h.communeId } : null,
          );
          if (!doc) break;
          commitments.set(id, { doc, revision, householdId: stored?.householdId ?? doc.householdId, dirty: true });
          if (!stored) track(id, doc.householdId);
        }
      }
    }

    await insertRows(
      tx,
      'commitment_households',
      HOUSEHOLD_COLUMNS,
      [...households]
        .filter(([, h]) => h.dirty)
        .map(([id, h]) => ({ household_id: id, code: h.code, commune_id: h.communeId, revision: h.revision })),
      updateOthers(HOUSEHOLD_COLUMNS, ['household_id']),
    );
    await insertRows(
      tx,
      'commitment_tracker',
      COMMITMENT_COLUMNS,
      [...commitments]
        .filter(([, c]) => c.dirty)
        .map(([id, { doc, revision, householdId }]) => ({
          id,
          doc,
          revision,
          household_id: householdId,
          commune_id: doc.communeId,
          sponsor_organization_id: ('organizationId' in doc.sponsor ? doc.sponsor.organizationId : null) ?? null,
          status: doc.status,
          due_on: doc.dueOn,
        })),
      COMMITMENT_UPSERT,
    );
  },
};

interface HouseholdRow {
  readonly code: string;
  readonly communeId: string;
  readonly revision: number;
  readonly dirty: boolean;
}
/** `householdId` is the row's column, which a later event never changes. */
interface CommitmentRow {
  readonly doc: TrackedCommitmentDoc;
  readonly revision: number;
  readonly householdId: string;
  readonly dirty: boolean;
}

const RELEVANT = new Set<HouseholdEvent['type']>([
  'HouseholdRegistered',
  'HouseholdMoved',
  'HouseholdTransferred',
  'SupportCommitted',
  'SupportDelivered',
  'SupportCommitmentFulfilled',
  'SupportCommitmentCancelled',
]);

const HOUSEHOLD_COLUMNS: Columns = { household_id: 'text', code: 'text', commune_id: 'text', revision: 'bigint' };
const COMMITMENT_COLUMNS: Columns = {
  id: 'text',
  doc: 'jsonb',
  revision: 'bigint',
  household_id: 'text',
  commune_id: 'text',
  sponsor_organization_id: 'text',
  status: 'text',
  due_on: 'date',
};
/** As the row was first written: household, sponsor and due date stay; the rest follows the document. */
const COMMITMENT_UPSERT =
  'on conflict (id) do update set doc = excluded.doc, revision = excluded.revision, commune_id = excluded.commune_id, status = excluded.status, sponsor_organization_id = excluded.sponsor_organization_id';
