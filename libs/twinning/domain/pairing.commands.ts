import type { IsoDate, Message } from '@kn/shared';
import type { ActivityInput } from './activity.types.js';
import type { PlannedActivities } from './pairing.events.js';

/**
 * Commands carry what the decider cannot know by itself: `today` (the calendar date in Vietnam
 * when the command arrived) and facts the handler looked up in other streams or read models.
 */
export type EstablishPairing = Message<
  'EstablishPairing',
  {
    readonly pairingId: string;
    readonly organizationId: string;
    readonly adminUnitId: string;
    readonly establishedOn: IsoDate;
    readonly decisionRef: string;
    readonly today: IsoDate;
    /**
     * Facts: the unit's status and kind, the organisation's status. Whether this pair is already
     * twinned is not a fact here: the pair's slot stream decides it (write/pairing-slots.ts).
     */
    readonly unitActive: boolean;
    readonly unitKind: string;
    readonly organizationActive: boolean;
  }
>;

export type AdoptPairingPlan = Message<
  'AdoptPairingPlan',
  {
    readonly year: number;
    readonly objectives: readonly string[];
    readonly plannedActivities: PlannedActivities;
    readonly budgetVnd: number;
  }
>;

/** One command for every kind: the record's `kind` picks the event. `activityId` is minted by the caller. */
export type RecordActivity = Message<'RecordActivity', { readonly activity: ActivityInput; readonly today: IsoDate }>;

export type CorrectActivityRecord = Message<
  'CorrectActivityRecord',
  {
    readonly activityId: string;
    readonly changes: Readonly<Record<string, unknown>>;
    readonly reason: string;
    readonly today: IsoDate;
  }
>;

export type VoidActivityRecord = Message<
  'VoidActivityRecord',
  { readonly activityId: string; readonly reason: string }
>;

export type EndPairing = Message<
  'EndPairing',
  { readonly endedOn: IsoDate; readonly reason: string; readonly today: IsoDate }
>;

/** Issued by the merge automation once it holds the successor's slot (else it ends the pairing). */
export type TransferPairing = Message<
  'TransferPairing',
  {
    readonly fromAdminUnitId: string;
    readonly toAdminUnitId: string;
    readonly effectiveOn: IsoDate;
    readonly mergeDecisionRef: string;
  }
>;

/** Issued when the organisation merged into a successor (SPEC §2.7): the pairing passes to it. */
export type HandOverPairing = Message<
  'HandOverPairing',
  {
    readonly fromOrganizationId: string;
    readonly toOrganizationId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
    readonly activePairingExists: boolean;
  }
>;

export type PairingCommand =
  | HandOverPairing
  | EstablishPairing
  | AdoptPairingPlan
  | RecordActivity
  | CorrectActivityRecord
  | VoidActivityRecord
  | EndPairing
  | TransferPairing;
