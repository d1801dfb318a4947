import type { IsoDate, Message } from '@kn/shared';
import type { OrganizationKind } from './organization.vocabulary.js';

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
  { readonly organizationId: string; readonly name: string; readonly previousName: string }
>;

export type OrganizationDissolved = Message<
  'OrganizationDissolved',
  { readonly organizationId: string; readonly dissolvedOn: IsoDate; readonly reason: string }
>;

export type OrganizationEvent = OrganizationRegistered | OrganizationRenamed | OrganizationDissolved;

export const ORGANIZATION_EVENT_TYPES: readonly OrganizationEvent['type'][] = [
  'OrganizationRegistered',
  'OrganizationRenamed',
  'OrganizationDissolved',
];
