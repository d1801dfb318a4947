import { insertRows, updateOthers, type Columns, type Projection } from '@kn/platform';
import { idOf } from '@kn/shared';
import { PAIRING_CATEGORY } from '../../domain/pairing.events.js';
import { evolveActivityLog, type ActivityLog, type ActivityLogRow } from './activity-log.evolve.js';

/**
 * rm.activities: one row per activity (GET /api/activities), filed under the unit the pairing
 * twinned on the activity's date. The fold's state per pairing lives in rm.pairing_activity_logs
 * (a transfer re-files rows, so the writer needs the whole log), and each pairing's units over
 * time in rm.pairing_units (coverage by year). Events at or below the stored revision are skipped.
 *
 * Per batch: one select of the logs of every pairing it touches, a fold in memory in log order,
 * then one multi-row upsert of the logs, one of the activity rows that changed, and one rewrite
 * of the unit periods of the pairings whose units changed.
 */
export const activityLogProjection: Projection = {
  name: 'activity_log',
  categories: [PAIRING_CATEGORY],
  async apply(events, tx) {
    if (!events.length) return;
    const ids = [...new Set(events.map((e) => idOf(e.streamId)))];
    const stored: { id: string; doc: ActivityLog; revision: string }[] = await tx.query(
      `select id, doc, revision from pairing_activity_logs where id = any($1)`,
      [ids],
    );
    const state = new Map<string, { before: ActivityLog | null; log: ActivityLog | null; revision: number }>(
      stored.map((r) => [r.id, { before: r.doc, log: r.doc, revision: Number(r.revision) }]),
    );
    for (const e of events) {
      const id = idOf(e.streamId);
      const s = state.get(id) ?? { before: null, log: null, revision: -1 };
      if (e.revision <= s.revision) continue;
      state.set(id, { before: s.before, log: evolveActivityLog(s.log, e), revision: e.revision });
    }
    const logs: Record<string, unknown>[] = [];
    const activities: Record<string, unknown>[] = [];
    const refiled: string[] = [];
    const periods: Record<string, unknown>[] = [];
    for (const [pairingId, { before, log, revision }] of state) {
      if (!log || log === before) continue;
      logs.push({ id: pairingId, doc: log, revision });
      for (const row of Object.values(log.rows)) {
        if (before?.rows[row.activityId] !== row) activities.push(activityRow(pairingId, row));
      }
      if (before?.unitHistory !== log.unitHistory) {
        refiled.push(pairingId);
        periods.push(...unitPeriods(pairingId, log));
      }
    }
    await insertRows(tx, 'pairing_activity_logs', LOG_COLUMNS, logs, updateOthers(LOG_COLUMNS, ['id']));
    await insertRows(
      tx,
      'activities',
      ACTIVITY_COLUMNS,
      activities,
      updateOthers(ACTIVITY_COLUMNS, ['pairing_id', 'activity_id']),
    );
    if (refiled.length) await tx.query(`delete from pairing_units where pairing_id = any($1)`, [refiled]);
    await insertRows(tx, 'pairing_units', UNIT_COLUMNS, periods, '');
  },
};

/** What GET /api/activities returns: the current record with where and whose it is. */
function activityView(row: ActivityLogRow): Record<string, unknown> {
  const { activityId, pairingId, organizationId, adminUnitId, voided, voidReason, correctedCount } = row;
  return {
    id: activityId,
    ...row.record,
    activityId,
    pairingId,
    organizationId,
    adminUnitId,
    voided,
    voidReason,
    correctedCount,
  };
}

function activityRow(pairingId: string, row: ActivityLogRow): Record<string, unknown> {
  return {
    pairing_id: pairingId,
    activity_id: row.activityId,
    doc: activityView(row),
    organization_id: row.organizationId,
    admin_unit_id: row.adminUnitId,
    kind: row.kind,
    initiator: row.initiator,
    occurred_on: row.occurredOn,
    voided: row.voided,
  };
}

/** Period i runs from its own start up to (not including) the next one's. */
function unitPeriods(pairingId: string, log: ActivityLog): Record<string, unknown>[] {
  const periods = log.unitHistory;
  return periods.map((p, i) => ({
    pairing_id: pairingId,
    seq: i,
    admin_unit_id: p.adminUnitId,
    from_on: p.from,
    to_on: periods[i + 1]?.from ?? null,
  }));
}

const LOG_COLUMNS: Columns = { id: 'text', doc: 'jsonb', revision: 'bigint' };
const ACTIVITY_COLUMNS: Columns = {
  pairing_id: 'text',
  activity_id: 'text',
  doc: 'jsonb',
  organization_id: 'text',
  admin_unit_id: 'text',
  kind: 'text',
  initiator: 'text',
  occurred_on: 'date',
  voided: 'boolean',
};
const UNIT_COLUMNS: Columns = { pairing_id: 'text', seq: 'int', admin_unit_id: 'text', from_on: 'date', to_on: 'date' };
