import type { IsoDate } from '@kn/shared';
import { NotFound, assertNever } from '@kn/shared';
import { mergeCorrection } from './activity.rules.js';
import type { ActivityRecord } from './activity.types.js';
import { activityRecordOf } from './pairing.events.js';
import type { ActivityEvent, PairingEvent, PairingPlanAdopted } from './pairing.events.js';

export type PairingPlan = PairingPlanAdopted['data'];

/** One activity as it stands now: its record after every correction, and whether it was voided. */
export interface ActivityEntry {
  readonly record: ActivityRecord;
  readonly voided: boolean;
  readonly correctedCount: number;
}

interface PairingFacts {
  readonly pairingId: string;
  readonly organizationId: string;
  /** The unit paired now; a transfer after a merge moves it to the successor. */
  readonly adminUnitId: string;
  readonly establishedOn: IsoDate;
  readonly decisionRef: string;
  /** Keyed by year (as a string, the way JSON keys are). */
  readonly plans: Readonly<Record<string, PairingPlan>>;
  /** Keyed by activityId; voided activities stay, so their ids are never reused. */
  readonly activities: Readonly<Record<string, ActivityEntry>>;
}

export type PairingState =
  | { readonly status: 'none' }
  | (PairingFacts & { readonly status: 'active' })
  | (PairingFacts & { readonly status: 'ended'; readonly endedOn: IsoDate; readonly endReason: string });

export type ExistingPairing = Exclude<PairingState, { status: 'none' }>;

export const initialPairingState: PairingState = { status: 'none' };

function withActivity(
  state: ExistingPairing,
  activityId: string,
  update: (entry: ActivityEntry) => ActivityEntry,
): PairingState {
  const entry = state.activities[activityId];
  if (!entry) return state;
  return { ...state, activities: { ...state.activities, [activityId]: update(entry) } };
}

function recorded(state: ExistingPairing, event: ActivityEvent): PairingState {
  const record = activityRecordOf(event);
  return {
    ...state,
    activities: { ...state.activities, [record.activityId]: { record, voided: false, correctedCount: 0 } },
  };
}

/** Events that don't fit the state (a corrupt or reordered stream) leave it unchanged rather than throw. */
export function evolvePairing(state: PairingState, event: PairingEvent): PairingState {
  if (event.type === 'PairingEstablished') {
    if (state.status !== 'none') return state;
    return { status: 'active', ...event.data, plans: {}, activities: {} };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PairingPlanAdopted':
      return { ...state, plans: { ...state.plans, [String(event.data.year)]: event.data } };
    case 'VisitConducted':
    case 'GiftDelivered':
    case 'ExchangeHeld':
    case 'OutreachSessionHeld':
    case 'ImmersionStayCompleted':
    case 'StudyTourConducted':
    case 'VolunteerWorkDone':
      return recorded(state, event);
    case 'ActivityRecordCorrected':
      return withActivity(state, event.data.activityId, (a) => ({
        ...a,
        record: mergeCorrection(a.record, event.data.changes),
        correctedCount: a.correctedCount + 1,
      }));
    case 'ActivityRecordVoided':
      return withActivity(state, event.data.activityId, (a) => ({ ...a, voided: true }));
    case 'PairingEnded':
      return { ...state, status: 'ended', endedOn: event.data.endedOn, endReason: event.data.reason };
    case 'PairingTransferred':
      return { ...state, adminUnitId: event.data.toAdminUnitId };
    case 'PairingHandedOver':
      return { ...state, organizationId: event.data.toOrganizationId };
    default:
      return assertNever(event, 'pairing event');
  }
}

/** Activities still on record (not voided), for rules such as "an end can't precede them". */
export function liveActivities(state: ExistingPairing): ActivityEntry[] {
  return Object.values(state.activities).filter((a) => !a.voided);
}

/** Every command but EstablishPairing needs the pairing to exist (404 otherwise). */
export function existingPairing(state: PairingState): ExistingPairing {
  if (state.status === 'none') throw new NotFound('pairing', 'in this stream');
  return state;
}

/** Each activity's current record (after corrections) and voided flag, from a pairing's events. */
export function activityRecords(events: readonly PairingEvent[]): Readonly<Record<string, ActivityEntry>> {
  const state = events.reduce(evolvePairing, initialPairingState);
  return state.status === 'none' ? {} : state.activities;
}
