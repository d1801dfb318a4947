import type { Decider } from '@kn/shared';
import { assertNever, ensure, InvalidInput, NotFound } from '@kn/shared';
import type { DissolveOrganization, OrganizationCommand, RegisterOrganization, RenameOrganization } from './organization.commands.js';
import type { OrganizationEvent } from './organization.events.js';
import type { OrganizationState } from './organization.state.js';
import { evolveOrganizationState, initialOrganizationState } from './organization.state.js';

/** Blank text is bad input (400), not a broken business rule (409). */
function requireText(rule: string, value: string, field: string): string {
  const text = value.trim();
  if (text.length === 0) throw new InvalidInput(rule, `${field} must not be empty`, field);
  return text;
}

function ensureRegistered(state: OrganizationState, organizationId: string): Exclude<OrganizationState, { status: 'not_registered' }> {
  if (state.status === 'not_registered') throw new NotFound('organization', organizationId);
  return state;
}

function register({ data }: RegisterOrganization, state: OrganizationState): OrganizationEvent[] {
  ensure('organization.already_registered', state.status === 'not_registered', `organization ${data.organizationId} already exists`);
  const name = requireText('organization.name_required', data.name, 'name');
  const shortName = data.shortName?.trim() || null;
  const registeredOn = data.registeredOn === undefined ? {} : { registeredOn: data.registeredOn };
  return [{ type: 'OrganizationRegistered', data: { organizationId: data.organizationId, name, kind: data.kind, shortName, ...registeredOn } }];
}

function rename({ data }: RenameOrganization, state: OrganizationState): OrganizationEvent[] {
  const organization = ensureRegistered(state, data.organizationId);
  ensure('organization.must_be_active', organization.status === 'active', `organization ${data.organizationId} is dissolved`);
  const name = requireText('organization.name_required', data.name, 'name');
  ensure('organization.name_must_change', name !== organization.name, `the organization is already named ${organization.name}`);
  return [{ type: 'OrganizationRenamed', data: { organizationId: data.organizationId, name, previousName: organization.name } }];
}

function dissolve({ data }: DissolveOrganization, state: OrganizationState): OrganizationEvent[] {
  const organization = ensureRegistered(state, data.organizationId);
  ensure('organization.already_dissolved', organization.status === 'active', `organization ${data.organizationId} is already dissolved`);
  const reason = requireText('organization.reason_required', data.reason, 'reason');
  const { registeredOn } = organization;
  ensure(
    'organization.date_before_registration',
    registeredOn === null || data.dissolvedOn >= registeredOn,
    `${data.dissolvedOn} is before the organization was registered on ${registeredOn}`,
  );
  return [{ type: 'OrganizationDissolved', data: { organizationId: data.organizationId, dissolvedOn: data.dissolvedOn, reason } }];
}

export function decideOrganization(command: OrganizationCommand, state: OrganizationState): OrganizationEvent[] {
  switch (command.type) {
    case 'RegisterOrganization':
      return register(command, state);
    case 'RenameOrganization':
      return rename(command, state);
    case 'DissolveOrganization':
      return dissolve(command, state);
    default:
      return assertNever(command, 'organization command');
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: initialOrganizationState,
  decide: decideOrganization,
  evolve: evolveOrganizationState,
};
