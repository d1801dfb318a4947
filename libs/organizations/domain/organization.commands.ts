import type { IsoDate, Message } from '@kn/shared';
import type { OrganizationKind } from './organization.labels.js';

export type RegisterOrganization = Message<
  'RegisterOrganization',
  {
    readonly organizationId: string;
    readonly name: string;
    readonly kind: OrganizationKind;
    readonly shortName: string | null;
    readonly registeredOn?: IsoDate;
  }
>;

export type RenameOrganization = Message<
  'RenameOrganization',
  {
    readonly organizationId: string;
    readonly name: string;
    readonly effectiveOn?: IsoDate;
    readonly decisionRef?: string | null;
  }
>;

export type DissolveOrganization = Message<
  'DissolveOrganization',
  {
    readonly organizationId: string;
    readonly dissolvedOn: IsoDate;
    readonly reason: string;
    readonly decisionRef?: string | null;
  }
>;

/** On the successor: it took over these predecessors (their pairings, sponsored commitments, staff). */
export type RecordOrganizationMerge = Message<
  'RecordOrganizationMerge',
  {
    readonly organizationId: string;
    readonly predecessorIds: readonly string[];
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

/** On each predecessor: it ceased by merging into the successor. */
export type MergeOrganizationInto = Message<
  'MergeOrganizationInto',
  {
    readonly organizationId: string;
    readonly successorId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

export type OrganizationCommand =
  RegisterOrganization | RenameOrganization | DissolveOrganization | RecordOrganizationMerge | MergeOrganizationInto;
