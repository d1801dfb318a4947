import type { IsoDate, Message } from '@kn/shared';
import type { Area } from './poverty-standards/poverty-standard.types.js';
import type { SealedPersonalData } from './personal-data.js';
import type { Sponsor } from './household.events.js';

/** Every command names its household and carries `today` (Vietnam date) where dates are checked. */
interface OnHousehold {
  readonly householdId: string;
}
interface Dated {
  readonly today: IsoDate;
}

export type RegisterHousehold = Message<
  'RegisterHousehold',
  OnHousehold &
    Dated & {
      readonly communeId: string;
      readonly villageId: string | null;
      readonly code: string;
      readonly head: SealedPersonalData;
      readonly ethnicity: string;
      readonly memberCount: number;
      /** Rural or urban; when omitted, the commune's: a xã is rural, a phường or thị trấn urban. */
      readonly area?: Area;
      /** Looked up by the handler from the commune's type; null when the commune was recorded without one. */
      readonly communeArea?: Area | null;
      readonly registeredOn: IsoDate;
    }
>;

export type MoveHousehold = Message<
  'MoveHousehold',
  OnHousehold &
    Dated & {
      readonly toCommuneId: string;
      readonly toVillageId: string | null;
      /** Defaults to the destination commune's area (from its type) when it changes commune, else the current area. */
      readonly area?: Area;
      /** Looked up by the handler from the destination commune's type; null when it has none. */
      readonly toCommuneArea?: Area | null;
      readonly movedOn: IsoDate;
    }
>;

export type ChangeHouseholdMembers = Message<
  'ChangeHouseholdMembers',
  OnHousehold &
    Dated & {
      readonly memberCount: number;
      readonly effectiveOn: IsoDate;
    }
>;

export type ChangeHouseholdHead = Message<
  'ChangeHouseholdHead',
  OnHousehold &
    Dated & {
      readonly head: SealedPersonalData;
      readonly changedOn: IsoDate;
    }
>;

export type AssessPoverty = Message<
  'AssessPoverty',
  OnHousehold &
    Dated & {
      readonly reviewYear: number;
      readonly assessedOn: IsoDate;
      readonly incomePerCapitaVnd: number;
      readonly deprivations: readonly string[];
      /** Omitted: the standard that governs `reviewYear` (`standardForReview`). */
      readonly standard?: string | null;
    }
>;

/** Re-decide one recorded review under the standard that governs its review year. */
export type RestateAssessment = Message<
  'RestateAssessment',
  OnHousehold &
    Dated & {
      readonly reviewYear: number;
      readonly reason: string;
    }
>;

export type CommitSupport = Message<
  'CommitSupport',
  OnHousehold & {
    readonly commitmentId: string;
    readonly sponsor: Sponsor;
    readonly kind: string;
    readonly description: string;
    readonly valueVnd: number;
    readonly dueOn: IsoDate;
    readonly committedOn: IsoDate;
  }
>;

export type DeliverSupport = Message<
  'DeliverSupport',
  OnHousehold &
    Dated & {
      readonly commitmentId: string;
      readonly deliveryId: string;
      readonly deliveredOn: IsoDate;
      readonly description: string;
      readonly valueVnd: number;
    }
>;

export type FulfilSupportCommitment = Message<
  'FulfilSupportCommitment',
  OnHousehold &
    Dated & {
      readonly commitmentId: string;
      readonly fulfilledOn: IsoDate;
    }
>;

export type CancelSupportCommitment = Message<
  'CancelSupportCommitment',
  OnHousehold & {
    readonly commitmentId: string;
    readonly reason: string;
    readonly cancelledOn: IsoDate;
  }
>;

export type EraseHouseholdPersonalData = Message<
  'EraseHouseholdPersonalData',
  OnHousehold & {
    readonly reason: string;
    readonly erasedOn: IsoDate;
  }
>;

/** Issued by the merge automation for each household of a merged commune. */
export type TransferHousehold = Message<
  'TransferHousehold',
  OnHousehold & {
    readonly fromCommuneId: string;
    readonly toCommuneId: string;
    readonly effectiveOn: IsoDate;
    readonly mergeDecisionRef: string;
  }
>;

/** Issued by the automation that follows an organisation merger, for each open commitment it sponsored. */
export type HandOverSupportSponsor = Message<
  'HandOverSupportSponsor',
  OnHousehold & {
    readonly commitmentId: string;
    readonly fromOrganizationId: string;
    readonly toOrganizationId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

/** What a merge must know of the household that stays, loaded from its stream by the handler. */
export interface MergeSurvivor {
  readonly status: 'registered' | 'unregistered';
  readonly mergedInto: string | null;
  readonly personalData: 'sealed' | 'erased';
}

/** A supervisor merges this (duplicate) household into the one that stays. */
export type MergeHouseholdInto = Message<
  'MergeHouseholdInto',
  OnHousehold &
    Dated & {
      readonly survivorId: string;
      readonly survivor: MergeSurvivor;
      readonly reason: string;
    }
>;

/** The survivor's side of a merge, decided after the duplicate's. */
export type AbsorbHousehold = Message<
  'AbsorbHousehold',
  OnHousehold &
    Dated & {
      readonly duplicateId: string;
      readonly reason: string;
    }
>;

export type HouseholdCommand =
  | MergeHouseholdInto
  | AbsorbHousehold
  | HandOverSupportSponsor
  | RegisterHousehold
  | MoveHousehold
  | ChangeHouseholdMembers
  | ChangeHouseholdHead
  | AssessPoverty
  | RestateAssessment
  | CommitSupport
  | DeliverSupport
  | FulfilSupportCommitment
  | CancelSupportCommitment
  | EraseHouseholdPersonalData
  | TransferHousehold;
