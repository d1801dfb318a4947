import type { IsoDate, Message } from '@kn/shared';
import { isIsoDate } from '@kn/shared';
import type { OrganizationKind } from './organization.labels.js';

export type OrganizationRegistered = Message<
  'OrganizationRegistered',
  {
    readonly organizationId: string;
    readonly name: string;
    readonly kind: OrganizationKind;
    readonly shortName: string | null;
    /** Absent when the organisation predates the system and nobody knows the date. */
    readonly registeredOn?: IsoDate;
  }
>;

export type OrganizationRenamed = Message<
  'OrganizationRenamed',
  {
    readonly organizationId: string;
    readonly name: string;
    readonly previousName: string;
    /** Present when the rename was dated and decided (since the 2025 restructuring). */
    readonly effectiveOn?: IsoDate;
    readonly decisionRef?: string | null;
  }
>;

export type OrganizationDissolved = Message<
  'OrganizationDissolved',
  {
    readonly organizationId: string;
    readonly dissolvedOn: IsoDate;
    readonly reason: string;
    readonly decisionRef?: string | null;
  }
>;

/** Recorded on the successor. */
export type OrganizationsMerged = Message<
  'OrganizationsMerged',
  {
    readonly organizationId: string;
    readonly predecessorIds: readonly string[];
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

/** Recorded on each predecessor; pairings, sponsored commitments and staff follow it (automations). */
export type OrganizationMergedInto = Message<
  'OrganizationMergedInto',
  {
    readonly organizationId: string;
    readonly successorId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

export type OrganizationEvent =
  OrganizationRegistered | OrganizationRenamed | OrganizationDissolved | OrganizationsMerged | OrganizationMergedInto;

export const ORGANIZATION_EVENT_TYPES: readonly OrganizationEvent['type'][] = [
  'OrganizationRegistered',
  'OrganizationRenamed',
  'OrganizationDissolved',
  'OrganizationsMerged',
  'OrganizationMergedInto',
];

/** The published fact other contexts react to: an organisation merged into its successor. */
export interface OrganizationMergedFact {
  readonly organizationId: string;
  readonly successorId: string;
  readonly effectiveOn: IsoDate;
  readonly decisionRef: string;
}

export function organizationMergedFact(data: Readonly<Record<string, unknown>>): OrganizationMergedFact | null {
  const { organizationId, successorId, effectiveOn, decisionRef } = data;
  return typeof organizationId === 'string' &&
    typeof successorId === 'string' &&
    isIsoDate(effectiveOn) &&
    typeof decisionRef === 'string'
    ? { organizationId, successorId, effectiveOn, decisionRef }
    : null;
}
