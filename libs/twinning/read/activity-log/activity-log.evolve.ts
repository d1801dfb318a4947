import type { IsoDate } from '@kn/shared';
import { mergeCorrection } from '../../domain/activity.rules.js';
import type { ActivityRecord } from '../../domain/activity.types.js';
import { activityKindOf } from '../../domain/pairing.events.js';
import type { ActivityKind } from '../../domain/twinning.labels.js';
import { dateOrNull, fieldsOf, textOr } from '../event-data.js';
import type { Fields, StoredEvent } from '../event-data.js';

/** GET /api/activities: one row per activity, kept per pairing stream (the writer upserts the rows). */
export interface ActivityLogRow {
  readonly activityId: string;
  readonly pairingId: string;
  readonly organizationId: string;
  /** The unit the pairing twinned on the activity's date, so history stays under its own boundaries. */
  readonly adminUnitId: string;
  readonly kind: ActivityKind;
  readonly occurredOn: IsoDate | null;
  readonly initiator: string | null;
  /** The record as it stands after every correction (as stored; read models don't re-validate). */
  readonly record: ActivityRecord;
  readonly voided: boolean;
  readonly voidReason: string | null;
  readonly correctedCount: number;
}

export interface UnitPeriod {
  readonly adminUnitId: string;
  /** Null for the unit paired at establishment. */
  readonly from: IsoDate | null;
}

export interface ActivityLog {
  readonly pairingId: string;
  readonly organizationId: string;
  readonly unitHistory: readonly UnitPeriod[];
  readonly rows: Readonly<Record<string, ActivityLogRow>>;
}

function unitOn(log: ActivityLog, date: IsoDate | null): string {
  let unit = log.unitHistory[0]?.adminUnitId ?? '';
  for (const period of log.unitHistory) {
    if (period.from === null || (date !== null && date >= period.from)) unit = period.adminUnitId;
  }
  return unit;
}

/** Re-derives the columns the API filters on from the current record. */
function refreshed(log: ActivityLog, row: ActivityLogRow): ActivityLogRow {
  const r = row.record as unknown as Fields;
  const occurredOn = dateOrNull(r.occurredOn);
  return { ...row, occurredOn, initiator: textOr(r.initiator, null), adminUnitId: unitOn(log, occurredOn) };
}

function recorded(log: ActivityLog, kind: ActivityKind, d: Fields): ActivityLog {
  const activityId = textOr(d.activityId, '');
  const record = { ...d, kind, activityId } as unknown as ActivityRecord;
  const base = {
    activityId,
    pairingId: log.pairingId,
    organizationId: log.organizationId,
    kind,
    record,
    voided: false,
    voidReason: null,
    correctedCount: 0,
  };
  const row = refreshed(log, { ...base, adminUnitId: '', occurredOn: null, initiator: null });
  return { ...log, rows: { ...log.rows, [activityId]: row } };
}

function rowChanged(log: ActivityLog, d: Fields, change: (row: ActivityLogRow) => ActivityLogRow): ActivityLog {
  const id = textOr(d.activityId, '');
  // An id-less correction or void can't be matched to anything: it must not hit an id-less record.
  const row = id ? log.rows[id] : undefined;
  return row ? { ...log, rows: { ...log.rows, [id]: refreshed(log, change(row)) } } : log;
}

function transferred(log: ActivityLog, d: Fields): ActivityLog {
  const to = textOr(d.toAdminUnitId, '');
  const from = dateOrNull(d.effectiveOn);
  if (!to) return log;
  const next = { ...log, unitHistory: [...log.unitHistory, { adminUnitId: to, from }] };
  const rows = Object.fromEntries(Object.entries(log.rows).map(([id, row]) => [id, refreshed(next, row)]));
  return { ...next, rows };
}

/** The successor organisation inherits the pairing's history: its activities count under it. */
function handedOver(log: ActivityLog, d: Fields): ActivityLog {
  const to = textOr(d.toOrganizationId, '');
  if (!to) return log;
  const rows = Object.fromEntries(Object.entries(log.rows).map(([id, row]) => [id, { ...row, organizationId: to }]));
  return { ...log, organizationId: to, rows };
}

/** Never throws: unknown event types, unknown activity ids and events before establishment are ignored. */
export function evolveActivityLog(log: ActivityLog | null, event: StoredEvent): ActivityLog | null {
  const d = fieldsOf(event.data);
  if (event.type === 'PairingEstablished') {
    return (
      log ?? {
        pairingId: textOr(d.pairingId, ''),
        organizationId: textOr(d.organizationId, ''),
        unitHistory: [{ adminUnitId: textOr(d.adminUnitId, ''), from: null }],
        rows: {},
      }
    );
  }
  if (!log) return log;
  const kind = activityKindOf(event.type);
  if (kind) return recorded(log, kind, d);
  switch (event.type) {
    case 'ActivityRecordCorrected':
      return rowChanged(log, d, (row) => ({
        ...row,
        record: mergeCorrection(row.record, d.changes),
        correctedCount: row.correctedCount + 1,
      }));
    case 'ActivityRecordVoided':
      return rowChanged(log, d, (row) => ({ ...row, voided: true, voidReason: textOr(d.reason, null) }));
    case 'PairingTransferred':
      return transferred(log, d);
    case 'PairingHandedOver':
      return handedOver(log, d);
    default:
      return log;
  }
}
