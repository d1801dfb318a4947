import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import type { Projection } from '@kn/platform';
import { idOf } from '@kn/shared';
import { PAIRING_CATEGORY } from '../../domain/pairing.events.js';
import { evolveActivityLog, type ActivityLog, type ActivityLogRow } from './activity-log.evolve.js';

/**
 * rm.activities: one row per activity (GET /api/activities), filed under the unit the pairing
 * twinned on the activity's date. The fold's state per pairing lives in rm.pairing_activity_logs
 * (a transfer re-files rows, so the writer needs the whole log), and each pairing's units over
 * time in rm.pairing_units (coverage by year). Events at or below the stored revision are skipped.
 */
export const activityLogProjection: Projection = {
  name: 'activity_log',
  categories: [PAIRING_CATEGORY],
  async apply(events, tx) {
    for (const [pairingId, stream] of byPairing(events)) await applyToPairing(pairingId, stream, tx);
  },
};

function byPairing(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const groups = new Map<string, RecordedEvent[]>();
  for (const e of events) {
    const id = idOf(e.streamId);
    groups.set(id, [...(groups.get(id) ?? []), e]);
  }
  return groups;
}

async function applyToPairing(pairingId: string, events: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
  const stored: { doc: ActivityLog; revision: string }[] = await tx.query(`select doc, revision from pairing_activity_logs where id = $1`, [pairingId]);
  const before = stored[0]?.doc ?? null;
  let revision = stored.length ? Number(stored[0].revision) : -1;
  let log: ActivityLog | null = before;
  for (const e of events) {
    if (e.revision <= revision) continue;
    log = evolveActivityLog(log, e);
    revision = e.revision;
  }
  if (!log || log === before) return;
  await tx.query(
    `insert into pairing_activity_logs (id, doc, revision) values ($1, $2, $3) on conflict (id) do update set doc = excluded.doc, revision = excluded.revision`,
    [pairingId, JSON.stringify(log), revision],
  );
  for (const row of Object.values(log.rows)) {
    if (before?.rows[row.activityId] !== row) await upsertRow(pairingId, row, tx);
  }
  if (before?.unitHistory !== log.unitHistory) await writeUnitPeriods(pairingId, log, tx);
}

/** What GET /api/activities returns: the current record with where and whose it is. */
function activityView(row: ActivityLogRow): Record<string, unknown> {
  const { activityId, pairingId, organizationId, adminUnitId, voided, voidReason, correctedCount } = row;
  return { id: activityId, ...row.record, activityId, pairingId, organizationId, adminUnitId, voided, voidReason, correctedCount };
}

async function upsertRow(pairingId: string, row: ActivityLogRow, tx: EntityManager): Promise<void> {
  await tx.query(
    `insert into activities (pairing_id, activity_id, doc, organization_id, admin_unit_id, kind, initiator, occurred_on, voided)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (pairing_id, activity_id) do update set doc = excluded.doc, organization_id = excluded.organization_id,
       admin_unit_id = excluded.admin_unit_id, kind = excluded.kind, initiator = excluded.initiator, occurred_on = excluded.occurred_on, voided = excluded.voided`,
    [pairingId, row.activityId, JSON.stringify(activityView(row)), row.organizationId, row.adminUnitId, row.kind, row.initiator, row.occurredOn, row.voided],
  );
}

/** Period i runs from its own start up to (not including) the next one's. */
async function writeUnitPeriods(pairingId: string, log: ActivityLog, tx: EntityManager): Promise<void> {
  await tx.query(`delete from pairing_units where pairing_id = $1`, [pairingId]);
  const periods = log.unitHistory;
  for (const [i, p] of periods.entries()) {
    await tx.query(`insert into pairing_units (pairing_id, seq, admin_unit_id, from_on, to_on) values ($1, $2, $3, $4, $5)`, [
      pairingId,
      i,
      p.adminUnitId,
      p.from,
      periods[i + 1]?.from ?? null,
    ]);
  }
}
