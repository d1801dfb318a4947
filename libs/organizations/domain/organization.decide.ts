import type { Decider } from '@kn/shared';
import { assertNever, ensure, ensureText, NotFound } from '@kn/shared';
import type {
  DissolveOrganization,
  MergeOrganizationInto,
  OrganizationCommand,
  RecordOrganizationMerge,
  RegisterOrganization,
  RenameOrganization,
} from './organization.commands.js';
import type { OrganizationEvent } from './organization.events.js';
import type { OrganizationState } from './organization.state.js';
import { evolveOrganizationState, initialOrganizationState } from './organization.state.js';

function ensureRegistered(
  state: OrganizationState,
  organizationId: string,
): Exclude<OrganizationState, { status: 'not_registered' }> {
  if (state.status === 'not_registered') throw new NotFound('organization', organizationId);
  return state;
}

function register({ data }: RegisterOrganization, state: OrganizationState): OrganizationEvent[] {
  ensure(
    'organization.already_registered',
    state.status === 'not_registered',
    `organization ${data.organizationId} already exists`,
  );
  const name = ensureText('organization.name_required', data.name, 'name');
  const shortName = data.shortName?.trim() || null;
  const registeredOn = data.registeredOn === undefined ? {} : { registeredOn: data.registeredOn };
  return [
    {
      type: 'OrganizationRegistered',
      data: { organizationId: data.organizationId, name, kind: data.kind, shortName, ...registeredOn },
    },
  ];
}

type ActiveOrganization = Extract<OrganizationState, { status: 'active' }>;

function ensureActive(state: OrganizationState, organizationId: string): ActiveOrganization {
  const organization = ensureRegistered(state, organizationId);
  ensure(
    'organization.must_be_active',
    organization.status === 'active',
    `organization ${organizationId} is ${organization.status}`,
  );
  return organization;
}

function ensureNotBeforeRegistration(organization: ActiveOrganization, date: string): void {
  const { registeredOn } = organization;
  ensure(
    'organization.date_before_registration',
    registeredOn === null || date >= registeredOn,
    `${date} is before the organization was registered on ${registeredOn}`,
  );
}

/** Decision and date come together or not at all; when given, both are recorded. */
function decided(data: { effectiveOn?: string; decisionRef?: string | null }): {
  effectiveOn?: string;
  decisionRef?: string;
} {
  const decisionRef = data.decisionRef?.trim();
  return { ...(data.effectiveOn ? { effectiveOn: data.effectiveOn } : {}), ...(decisionRef ? { decisionRef } : {}) };
}

function rename({ data }: RenameOrganization, state: OrganizationState): OrganizationEvent[] {
  const organization = ensureActive(state, data.organizationId);
  const name = ensureText('organization.name_required', data.name, 'name');
  ensure(
    'organization.name_must_change',
    name !== organization.name,
    `the organization is already named ${organization.name}`,
  );
  if (data.effectiveOn) ensureNotBeforeRegistration(organization, data.effectiveOn);
  return [
    {
      type: 'OrganizationRenamed',
      data: { organizationId: data.organizationId, name, previousName: organization.name, ...decided(data) },
    },
  ];
}

function dissolve({ data }: DissolveOrganization, state: OrganizationState): OrganizationEvent[] {
  const organization = ensureRegistered(state, data.organizationId);
  ensure(
    'organization.already_dissolved',
    organization.status === 'active',
    `organization ${data.organizationId} is already ${organization.status}`,
  );
  const reason = ensureText('organization.reason_required', data.reason, 'reason');
  ensureNotBeforeRegistration(organization, data.dissolvedOn);
  const decisionRef = data.decisionRef?.trim() ? { decisionRef: data.decisionRef.trim() } : {};
  return [
    {
      type: 'OrganizationDissolved',
      data: { organizationId: data.organizationId, dissolvedOn: data.dissolvedOn, reason, ...decisionRef },
    },
  ];
}

function recordMerge({ data }: RecordOrganizationMerge, state: OrganizationState): OrganizationEvent[] {
  const organization = ensureActive(state, data.organizationId);
  const decisionRef = ensureText('organization.decision_ref_required', data.decisionRef, 'decisionRef');
  const distinct = new Set(data.predecessorIds);
  ensure(
    'organization.merge_predecessors_must_be_distinct',
    distinct.size === data.predecessorIds.length,
    'a predecessor is listed twice',
  );
  ensure('organization.merge_needs_a_predecessor', distinct.size >= 1, 'a merge takes over at least one organisation');
  ensure(
    'organization.cannot_merge_into_itself',
    !distinct.has(data.organizationId),
    'an organisation cannot be its own predecessor',
  );
  const known = data.predecessorIds.filter((id) => organization.predecessorIds.includes(id));
  ensure(
    'organization.predecessor_already_recorded',
    known.length === 0,
    `already merged into this organisation: ${known.join(', ')}`,
  );
  ensureNotBeforeRegistration(organization, data.effectiveOn);
  const { organizationId, predecessorIds, effectiveOn } = data;
  return [{ type: 'OrganizationsMerged', data: { organizationId, predecessorIds, effectiveOn, decisionRef } }];
}

function mergeInto({ data }: MergeOrganizationInto, state: OrganizationState): OrganizationEvent[] {
  const organization = ensureActive(state, data.organizationId);
  const decisionRef = ensureText('organization.decision_ref_required', data.decisionRef, 'decisionRef');
  ensure(
    'organization.cannot_merge_into_itself',
    data.successorId !== data.organizationId,
    'an organisation cannot merge into itself',
  );
  ensureNotBeforeRegistration(organization, data.effectiveOn);
  const { organizationId, successorId, effectiveOn } = data;
  return [{ type: 'OrganizationMergedInto', data: { organizationId, successorId, effectiveOn, decisionRef } }];
}

export function decideOrganization(command: OrganizationCommand, state: OrganizationState): OrganizationEvent[] {
  switch (command.type) {
    case 'RegisterOrganization':
      return register(command, state);
    case 'RenameOrganization':
      return rename(command, state);
    case 'DissolveOrganization':
      return dissolve(command, state);
    case 'RecordOrganizationMerge':
      return recordMerge(command, state);
    case 'MergeOrganizationInto':
      return mergeInto(command, state);
    default:
      return assertNever(command, 'organization command');
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: initialOrganizationState,
  decide: decideOrganization,
  evolve: evolveOrganizationState,
};
