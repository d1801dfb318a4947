import type { IsoDate } from '@kn/shared';
import { activityKindOf } from '../../domain/pairing.events.js';
import { ACTIVITY_KINDS } from '../../domain/twinning.labels.js';
import type { ActivityKind, PairingStatus } from '../../domain/twinning.labels.js';
import { dateOrNull, fieldsOf, numberMap, numberOr, textList, textOr } from '../event-data.js';
import type { Fields, StoredEvent } from '../event-data.js';

/** GET /api/pairings[/{id}]: one document per pairing. */
export interface PairingSummaryPlan {
  readonly year: number;
  readonly objectives: readonly string[];
  readonly plannedActivities: Readonly<Record<string, number>>;
  readonly budgetVnd: number;
}

export interface PairingSummaryActivity {
  readonly kind: ActivityKind;
  readonly occurredOn: IsoDate | null;
  readonly voided: boolean;
}

export interface PairingSummary {
  readonly id: string;
  /** The organisation paired now (the successor after its merger). */
  readonly organizationId: string;
  /** Organisations that held the pairing before (merged into the current one); absent when none. */
  readonly formerOrganizationIds?: readonly string[];
  /** The unit paired now (the successor after a merge). */
  readonly adminUnitId: string;
  readonly formerAdminUnitIds: readonly string[];
  readonly status: PairingStatus;
  readonly establishedOn: IsoDate | null;
  readonly decisionRef: string;
  readonly endedOn: IsoDate | null;
  readonly endReason: string | null;
  /** Voided activities excluded. */
  readonly activityCounts: Readonly<Record<ActivityKind, number>>;
  readonly lastActivityOn: IsoDate | null;
  /** Sorted by year. */
  readonly plans: readonly PairingSummaryPlan[];
  /** Kind, date and voided flag of every activity: what the counts are recomputed from after a void or correction. */
  readonly activities: Readonly<Record<string, PairingSummaryActivity>>;
}

function emptyCounts(): Record<ActivityKind, number> {
  return Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
}

function withActivities(
  doc: PairingSummary,
  activities: Readonly<Record<string, PairingSummaryActivity>>,
): PairingSummary {
  const counts = emptyCounts();
  let lastActivityOn: IsoDate | null = null;
  for (const a of Object.values(activities).filter((x) => !x.voided)) {
    counts[a.kind] += 1;
    if (a.occurredOn && (!lastActivityOn || a.occurredOn > lastActivityOn)) lastActivityOn = a.occurredOn;
  }
  return { ...doc, activities, activityCounts: counts, lastActivityOn };
}

function established(d: Fields): PairingSummary {
  return {
    id: textOr(d.pairingId, ''),
    organizationId: textOr(d.organizationId, ''),
    adminUnitId: textOr(d.adminUnitId, ''),
    formerAdminUnitIds: [],
    status: 'active',
    establishedOn: dateOrNull(d.establishedOn),
    decisionRef: textOr(d.decisionRef, ''),
    endedOn: null,
    endReason: null,
    activityCounts: emptyCounts(),
    lastActivityOn: null,
    plans: [],
    activities: {},
  };
}

function planAdopted(doc: PairingSummary, d: Fields): PairingSummary {
  const plan: PairingSummaryPlan = {
    year: numberOr(d.year, 0),
    objectives: textList(d.objectives),
    plannedActivities: numberMap(d.plannedActivities),
    budgetVnd: numberOr(d.budgetVnd, 0),
  };
  const plans = [...doc.plans.filter((p) => p.year !== plan.year), plan].sort((a, b) => a.year - b.year);
  return { ...doc, plans };
}

function activityChanged(
  doc: PairingSummary,
  d: Fields,
  change: (a: PairingSummaryActivity) => PairingSummaryActivity,
): PairingSummary {
  const id = textOr(d.activityId, '');
  // An id-less correction or void can't be matched to anything: it must not hit an id-less record.
  const current = id ? doc.activities[id] : undefined;
  return current ? withActivities(doc, { ...doc.activities, [id]: change(current) }) : doc;
}

function corrected(doc: PairingSummary, d: Fields): PairingSummary {
  const changes = fieldsOf(d.changes);
  if (!('occurredOn' in changes)) return doc;
  return activityChanged(doc, d, (a) => ({ ...a, occurredOn: dateOrNull(changes.occurredOn) ?? a.occurredOn }));
}

/** Never throws: unknown event types and events before the pairing exists leave the document as it is. */
export function evolvePairingSummary(doc: PairingSummary | null, event: StoredEvent): PairingSummary | null {
  const d = fieldsOf(event.data);
  if (event.type === 'PairingEstablished') return doc ?? established(d);
  if (!doc) return doc;
  const kind = activityKindOf(event.type);
  if (kind) {
    const id = textOr(d.activityId, '');
    return withActivities(doc, {
      ...doc.activities,
      [id]: { kind, occurredOn: dateOrNull(d.occurredOn), voided: false },
    });
  }
  switch (event.type) {
    case 'PairingPlanAdopted':
      return planAdopted(doc, d);
    case 'ActivityRecordCorrected':
      return corrected(doc, d);
    case 'ActivityRecordVoided':
      return activityChanged(doc, d, (a) => ({ ...a, voided: true }));
    case 'PairingEnded':
      return { ...doc, status: 'ended', endedOn: dateOrNull(d.endedOn), endReason: textOr(d.reason, null) };
    case 'PairingTransferred':
      return {
        ...doc,
        formerAdminUnitIds: [...doc.formerAdminUnitIds, doc.adminUnitId],
        adminUnitId: textOr(d.toAdminUnitId, doc.adminUnitId),
      };
    case 'PairingHandedOver':
      return {
        ...doc,
        formerOrganizationIds: [...(doc.formerOrganizationIds ?? []), doc.organizationId],
        organizationId: textOr(d.toOrganizationId, doc.organizationId),
      };
    default:
      return doc;
  }
}
