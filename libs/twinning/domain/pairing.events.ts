import type { IsoDate, Message } from '@kn/shared';
import { assertNever } from '@kn/shared';
import type { ActivityData, ActivityRecord } from './activity.types.js';
import type { ActivityKind } from './twinning.labels.js';

/** Stream `pairing-<pairingId>`: one provincial organisation twinned with one commune or village. */
export const PAIRING_CATEGORY = 'pairing';

export type PairingEstablished = Message<
  'PairingEstablished',
  {
    readonly pairingId: string;
    readonly organizationId: string;
    readonly adminUnitId: string;
    readonly establishedOn: IsoDate;
    readonly decisionRef: string;
  }
>;

export type PlannedActivities = Readonly<Partial<Record<ActivityKind, number>>>;

export type PairingPlanAdopted = Message<
  'PairingPlanAdopted',
  {
    readonly year: number;
    readonly objectives: readonly string[];
    readonly plannedActivities: PlannedActivities;
    readonly budgetVnd: number;
  }
>;

export type VisitConducted = Message<'VisitConducted', ActivityData<'visit'>>;
export type GiftDelivered = Message<'GiftDelivered', ActivityData<'gift'>>;
export type ExchangeHeld = Message<'ExchangeHeld', ActivityData<'exchange'>>;
export type OutreachSessionHeld = Message<'OutreachSessionHeld', ActivityData<'outreach'>>;
export type ImmersionStayCompleted = Message<'ImmersionStayCompleted', ActivityData<'immersion_stay'>>;
export type StudyTourConducted = Message<'StudyTourConducted', ActivityData<'study_tour'>>;
export type VolunteerWorkDone = Message<'VolunteerWorkDone', ActivityData<'volunteer_work'>>;

export type ActivityEvent =
  | VisitConducted
  | GiftDelivered
  | ExchangeHeld
  | OutreachSessionHeld
  | ImmersionStayCompleted
  | StudyTourConducted
  | VolunteerWorkDone;

/** Corrections never edit: `changes` holds only the corrected fields, with their new values. */
export type ActivityRecordCorrected = Message<
  'ActivityRecordCorrected',
  { readonly activityId: string; readonly changes: Readonly<Record<string, unknown>>; readonly reason: string }
>;
export type ActivityRecordVoided = Message<
  'ActivityRecordVoided',
  { readonly activityId: string; readonly reason: string }
>;
export type PairingEnded = Message<'PairingEnded', { readonly endedOn: IsoDate; readonly reason: string }>;
/** Emitted by the merge automation: the paired unit was merged into a successor (SPEC §2.1). */
export type PairingTransferred = Message<
  'PairingTransferred',
  {
    readonly fromAdminUnitId: string;
    readonly toAdminUnitId: string;
    readonly effectiveOn: IsoDate;
    readonly mergeDecisionRef: string;
  }
>;

/** The organisation merged into a successor, which takes the pairing over with its history (SPEC §2.7). */
export type PairingHandedOver = Message<
  'PairingHandedOver',
  {
    readonly fromOrganizationId: string;
    readonly toOrganizationId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

export type PairingEvent =
  | PairingHandedOver
  | PairingEstablished
  | PairingPlanAdopted
  | ActivityEvent
  | ActivityRecordCorrected
  | ActivityRecordVoided
  | PairingEnded
  | PairingTransferred;

export const ACTIVITY_EVENT_TYPES = {
  visit: 'VisitConducted',
  gift: 'GiftDelivered',
  exchange: 'ExchangeHeld',
  outreach: 'OutreachSessionHeld',
  immersion_stay: 'ImmersionStayCompleted',
  study_tour: 'StudyTourConducted',
  volunteer_work: 'VolunteerWorkDone',
} as const satisfies { readonly [K in ActivityKind]: ActivityEvent['type'] };

export type ActivityEventType = ActivityEvent['type'];

export const PAIRING_EVENT_TYPES: readonly PairingEvent['type'][] = [
  'PairingEstablished',
  'PairingPlanAdopted',
  ...Object.values(ACTIVITY_EVENT_TYPES),
  'ActivityRecordCorrected',
  'ActivityRecordVoided',
  'PairingEnded',
  'PairingTransferred',
  'PairingHandedOver',
];

/** The activity kind an event type records, or null for any other type (read models get raw types). */
export function activityKindOf(eventType: string): ActivityKind | null {
  const entry = Object.entries(ACTIVITY_EVENT_TYPES).find(([, type]) => type === eventType);
  return entry ? (entry[0] as ActivityKind) : null;
}

export function activityEventOf(record: ActivityRecord): ActivityEvent {
  const { kind, ...data } = record;
  // ACTIVITY_EVENT_TYPES pairs each kind with its event type, so type and data agree.
  return { type: ACTIVITY_EVENT_TYPES[kind], data } as ActivityEvent;
}

export function activityRecordOf(event: ActivityEvent): ActivityRecord {
  switch (event.type) {
    case 'VisitConducted':
      return { kind: 'visit', ...event.data };
    case 'GiftDelivered':
      return { kind: 'gift', ...event.data };
    case 'ExchangeHeld':
      return { kind: 'exchange', ...event.data };
    case 'OutreachSessionHeld':
      return { kind: 'outreach', ...event.data };
    case 'ImmersionStayCompleted':
      return { kind: 'immersion_stay', ...event.data };
    case 'StudyTourConducted':
      return { kind: 'study_tour', ...event.data };
    case 'VolunteerWorkDone':
      return { kind: 'volunteer_work', ...event.data };
    default:
      return assertNever(event, 'activity event');
  }
}
