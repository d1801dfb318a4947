import type { IsoDate, Message } from '@kn/shared';
import type { Area, Classification } from './poverty-standards/poverty-standard.types.js';
import type { SealedPersonalData } from './personal-data.js';

export const TRANSITIONS = [
  'newly_poor',
  'exited_poverty',
  'relapsed',
  'became_near_poor',
  'exited_near_poverty',
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export const COMMITMENT_KINDS = [
  'livestock',
  'seeds_inputs',
  'housing',
  'job_training',
  'employment',
  'scholarship',
  'health_insurance',
  'clean_water',
  'sanitation',
  'tools',
  'cash',
  'mentoring',
  'other',
] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** An organisation, or a named person — who may name the organisation they give through (issue 13). */
export type Sponsor =
  { readonly organizationId: string } | { readonly individualName: string; readonly organizationId?: string };

export type HouseholdRegistered = Message<
  'HouseholdRegistered',
  {
    readonly householdId: string;
    readonly communeId: string;
    readonly villageId: string | null;
    readonly code: string;
    readonly head: SealedPersonalData;
    /** The official Vietnamese name of the group (ethnic-groups.data.ts), whatever spelling was entered. */
    readonly ethnicity: string;
    /** The group's code in the official list; absent on events recorded before the list was used. */
    readonly ethnicityCode?: string;
    /** Any ethnicity other than Kinh: the program's target group (đồng bào DTTS). */
    readonly ethnicMinority: boolean;
    readonly memberCount: number;
    readonly area: Area;
    readonly registeredOn: IsoDate;
  }
>;

export type HouseholdMoved = Message<
  'HouseholdMoved',
  {
    readonly fromCommuneId: string;
    readonly fromVillageId: string | null;
    readonly toCommuneId: string;
    readonly toVillageId: string | null;
    /** The area after the move; a move can cross from a rural commune to an urban ward. */
    readonly area: Area;
    readonly movedOn: IsoDate;
  }
>;

export type HouseholdMembersChanged = Message<
  'HouseholdMembersChanged',
  {
    readonly from: number;
    readonly to: number;
    readonly effectiveOn: IsoDate;
  }
>;

/** A new head of household (the former one died or left); their data sealed like the first. */
export type HouseholdHeadChanged = Message<
  'HouseholdHeadChanged',
  {
    readonly head: SealedPersonalData;
    readonly changedOn: IsoDate;
  }
>;

export type PovertyAssessed = Message<
  'PovertyAssessed',
  {
    readonly reviewYear: number;
    readonly assessedOn: IsoDate;
    readonly standard: string;
    readonly area: Area;
    readonly incomePerCapitaVnd: number;
    readonly deprivations: readonly string[];
    readonly classification: Classification;
    /** The line of that standard and area, for the timeline's "income against the line". */
    readonly povertyLineVnd: number;
    readonly nearPoorLineVnd: number;
  }
>;

export type PovertyStatusChanged = Message<
  'PovertyStatusChanged',
  {
    readonly reviewYear: number;
    readonly changedOn: IsoDate;
    /** null on a first assessment. */
    readonly from: Classification | null;
    readonly to: Classification;
    readonly transition: Transition;
  }
>;

/** A review's classification under one standard, with that standard's lines for the household's area. */
export interface StatedClassification {
  readonly standard: string;
  readonly classification: Classification;
  /** The deprivations the standard counts (codes it lacks are dropped when restating). */
  readonly deprivations: readonly string[];
  readonly povertyLineVnd: number;
  readonly nearPoorLineVnd: number;
}

/** A transition of a review that changed because an earlier (or the same) review was restated. */
export interface RestatedTransition {
  readonly reviewYear: number;
  readonly from: Transition | null;
  readonly to: Transition | null;
}

/**
 * A recorded review re-decided under the standard that governs its review year (e.g. the 2015
 * review first classified under QĐ 09/2011 instead of QĐ 59/2015). The original assessment stays
 * in the log; this records the old and new outcome, the reason, and every transition that changes.
 */
export type AssessmentRestated = Message<
  'AssessmentRestated',
  {
    readonly reviewYear: number;
    readonly restatedOn: IsoDate;
    readonly reason: string;
    readonly from: StatedClassification;
    readonly to: StatedClassification;
    readonly transitions: readonly RestatedTransition[];
  }
>;

export type SupportCommitted = Message<
  'SupportCommitted',
  {
    readonly commitmentId: string;
    readonly sponsor: Sponsor;
    readonly kind: CommitmentKind;
    readonly description: string;
    readonly valueVnd: number;
    readonly dueOn: IsoDate;
    readonly committedOn: IsoDate;
  }
>;

export type SupportDelivered = Message<
  'SupportDelivered',
  {
    readonly commitmentId: string;
    readonly deliveryId: string;
    readonly deliveredOn: IsoDate;
    readonly description: string;
    readonly valueVnd: number;
    /** Deliveries may exceed the pledge (sponsors give more); the excess is recorded, not refused. */
    readonly deliveredToDateVnd: number;
    readonly exceedsCommitmentByVnd: number;
  }
>;

export type SupportCommitmentFulfilled = Message<
  'SupportCommitmentFulfilled',
  {
    readonly commitmentId: string;
    readonly fulfilledOn: IsoDate;
  }
>;

export type SupportCommitmentCancelled = Message<
  'SupportCommitmentCancelled',
  {
    readonly commitmentId: string;
    readonly reason: string;
    readonly cancelledOn: IsoDate;
  }
>;

export type HouseholdPersonalDataErased = Message<
  'HouseholdPersonalDataErased',
  {
    readonly reason: string;
    readonly erasedOn: IsoDate;
  }
>;

/** The household follows its commune into the successor of an administrative merge. */
export type HouseholdTransferred = Message<
  'HouseholdTransferred',
  {
    readonly fromCommuneId: string;
    readonly toCommuneId: string;
    readonly effectiveOn: IsoDate;
    readonly mergeDecisionRef: string;
  }
>;

/** The sponsoring organisation merged into a successor, which now owes the support (SPEC §2.7). */
export type SupportSponsorHandedOver = Message<
  'SupportSponsorHandedOver',
  {
    readonly commitmentId: string;
    readonly fromOrganizationId: string;
    readonly toOrganizationId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

/**
 * This household was a second registration of another: merged into the one that stays
 * (`survivorId`), it is read-only from now on, its history kept and shown with the survivor's.
 */
export type HouseholdMergedInto = Message<
  'HouseholdMergedInto',
  {
    readonly survivorId: string;
    readonly reason: string;
    readonly mergedOn: IsoDate;
  }
>;

/** The household that stays took in a duplicate registration (`duplicateId`); its timeline carries both histories. */
export type HouseholdAbsorbed = Message<
  'HouseholdAbsorbed',
  {
    readonly duplicateId: string;
    readonly reason: string;
    readonly mergedOn: IsoDate;
  }
>;

export type HouseholdEvent =
  | HouseholdMergedInto
  | HouseholdAbsorbed
  | SupportSponsorHandedOver
  | HouseholdRegistered
  | HouseholdMoved
  | HouseholdMembersChanged
  | HouseholdHeadChanged
  | PovertyAssessed
  | PovertyStatusChanged
  | AssessmentRestated
  | SupportCommitted
  | SupportDelivered
  | SupportCommitmentFulfilled
  | SupportCommitmentCancelled
  | HouseholdPersonalDataErased
  | HouseholdTransferred;

export type HouseholdEventType = HouseholdEvent['type'];
