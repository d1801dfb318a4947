import type { IsoDate, Message } from '@kn/shared';
import type { ProjectCategory, ResourceSource } from './twinning.labels.js';

/** Stream `project-<projectId>`: one công trình, from proposal to hand-over. */
export const PROJECT_CATEGORY = 'project';

export type ProjectProposed = Message<
  'ProjectProposed',
  {
    readonly projectId: string;
    readonly adminUnitId: string;
    /** Null when the project is not tied to a pairing (e.g. funded by the commune alone). */
    readonly pairingId: string | null;
    readonly category: ProjectCategory;
    readonly title: string;
    readonly plannedBudgetVnd: number;
    readonly plannedStartOn: IsoDate;
    readonly plannedEndOn: IsoDate;
  }
>;
export type ProjectApproved = Message<
  'ProjectApproved',
  { readonly approvedOn: IsoDate; readonly decisionRef: string }
>;
export type WorkStarted = Message<'WorkStarted', { readonly startedOn: IsoDate }>;
export type ProgressReported = Message<
  'ProgressReported',
  { readonly percent: number; readonly on: IsoDate; readonly note: string }
>;
export type ProjectCompleted = Message<
  'ProjectCompleted',
  {
    readonly completedOn: IsoDate;
    readonly actualCostVnd: number;
    /** What was built, counted: `{ "lights": 60, "roadMetres": 1200 }`. */
    readonly outputs: Readonly<Record<string, number>>;
    readonly beneficiaryHouseholds: number;
  }
>;
export type ProjectHandedOver = Message<
  'ProjectHandedOver',
  { readonly handedOverOn: IsoDate; readonly toAdminUnitId: string }
>;
export type ProjectCancelled = Message<
  'ProjectCancelled',
  { readonly reason: string; readonly cancelledOn: IsoDate | null }
>;

/** The project's unit merged: it now belongs to the successor (the merge event is the causation). */
export type ProjectTransferred = Message<
  'ProjectTransferred',
  {
    readonly fromAdminUnitId: string;
    readonly toAdminUnitId: string;
    readonly effectiveOn: IsoDate;
    readonly mergeDecisionRef: string;
  }
>;

/** A sponsor is an organisation or a named person — at most one; state money has none. */
export interface FundingData {
  readonly source: ResourceSource;
  readonly amountVnd: number;
  readonly on: IsoDate;
  readonly sponsorOrganizationId: string | null;
  readonly sponsorName: string | null;
}
export type FundingPledged = Message<'FundingPledged', FundingData>;
export type FundsReceived = Message<'FundsReceived', FundingData>;

export type ProjectEvent =
  | ProjectProposed
  | ProjectApproved
  | WorkStarted
  | ProgressReported
  | ProjectCompleted
  | ProjectHandedOver
  | ProjectCancelled
  | ProjectTransferred
  | FundingPledged
  | FundsReceived;

export const PROJECT_EVENT_TYPES: readonly ProjectEvent['type'][] = [
  'ProjectProposed',
  'ProjectApproved',
  'WorkStarted',
  'ProgressReported',
  'ProjectCompleted',
  'ProjectHandedOver',
  'ProjectCancelled',
  'ProjectTransferred',
  'FundingPledged',
  'FundsReceived',
];
