import type { IsoDate, Message } from '@kn/shared';
import type { ProjectCompleted, ProjectProposed, ProjectTransferred } from './project.events.js';
import type { ResourceSource } from './twinning.labels.js';

/** `today` is the calendar date in Vietnam when the command arrived; facts were looked up by the handler. */
type Today = { readonly today: IsoDate };

export type ProposeProject = Message<
  'ProposeProject',
  ProjectProposed['data'] & {
    /** Fact: the unit is active (not merged or dissolved). */
    readonly unitActive: boolean;
    /** Fact, when pairingId is set: that pairing exists and twins this unit (or the commune it lies in). */
    readonly pairingCoversUnit: boolean;
  }
>;
export type ApproveProject = Message<
  'ApproveProject',
  { readonly approvedOn: IsoDate; readonly decisionRef: string } & Today
>;
export type StartWork = Message<'StartWork', { readonly startedOn: IsoDate } & Today>;
export type ReportProgress = Message<
  'ReportProgress',
  { readonly percent: number; readonly on: IsoDate; readonly note: string } & Today
>;
export type CompleteProject = Message<'CompleteProject', ProjectCompleted['data'] & Today>;
export type HandOverProject = Message<
  'HandOverProject',
  { readonly handedOverOn: IsoDate; readonly toAdminUnitId: string } & Today
>;
export type CancelProject = Message<
  'CancelProject',
  { readonly reason: string; readonly cancelledOn?: IsoDate | null } & Today
>;

/** Issued by the `projects_follow_merges` automation when the project's unit merged. */
export type TransferProject = Message<'TransferProject', ProjectTransferred['data']>;

interface FundingInput {
  readonly source: ResourceSource;
  readonly amountVnd: number;
  readonly on: IsoDate;
  readonly sponsorOrganizationId?: string | null;
  readonly sponsorName?: string | null;
}
/** API.md has one /funding endpoint with `kind`; the domain keeps one intent per command. */
export type PledgeFunding = Message<'PledgeFunding', FundingInput & Today>;
export type ReceiveFunds = Message<'ReceiveFunds', FundingInput & Today>;

export type ProjectCommand =
  | ProposeProject
  | ApproveProject
  | StartWork
  | ReportProgress
  | CompleteProject
  | HandOverProject
  | CancelProject
  | TransferProject
  | PledgeFunding
  | ReceiveFunds;
