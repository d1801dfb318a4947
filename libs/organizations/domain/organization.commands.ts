import type { IsoDate, Message } from '@kn/shared';
import type { OrganizationKind } from './organization.vocabulary.js';

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

export type RenameOrganization = Message<'RenameOrganization', { readonly organizationId: string; readonly name: string }>;

export type DissolveOrganization = Message<
  'DissolveOrganization',
  { readonly organizationId: string; readonly dissolvedOn: IsoDate; readonly reason: string }
>;

export type OrganizationCommand = RegisterOrganization | RenameOrganization | DissolveOrganization;
