import { ensure, ensureText, ensureValid } from '@kn/shared';
import type {
  CancelSupportCommitment,
  CommitSupport,
  DeliverSupport,
  FulfilSupportCommitment,
  HandOverSupportSponsor,
} from './household.commands.js';
import {
  COMMITMENT_KINDS,
  type CommitmentKind,
  type Sponsor,
  type SupportCommitmentCancelled,
  type SupportCommitmentFulfilled,
  type SupportCommitted,
  type SupportDelivered,
  type SupportSponsorHandedOver,
} from './household.events.js';
import {
  ensureNotBeforeRegistration,
  ensurePastDate,
  requireCommitment,
  requireRegistered,
} from './household.guards.js';
import type { CommitmentState, HouseholdState } from './household.state.js';

function isKind(kind: string): kind is CommitmentKind {
  return (COMMITMENT_KINDS as readonly string[]).includes(kind);
}

function hasSponsor(sponsor: Sponsor | null | undefined): boolean {
  if (!sponsor || typeof sponsor !== 'object') return false;
  const name =
    'individualName' in sponsor ? sponsor.individualName : 'organizationId' in sponsor ? sponsor.organizationId : '';
  return typeof name === 'string' && name.trim().length > 0;
}

function ensurePositiveValue(valueVnd: number): void {
  ensureValid(
    'household.value_must_be_positive',
    Number.isInteger(valueVnd) && valueVnd > 0,
    'valueVnd must be a whole VND amount above 0',
    'valueVnd',
  );
}

/** Nothing happens to a commitment once it is fulfilled or cancelled. */
function ensureOpen(commitment: CommitmentState, commitmentId: string): void {
  ensure(
    'household.commitment_must_be_open',
    commitment.status === 'open',
    `commitment ${commitmentId} is ${commitment.status}`,
  );
}

function ensureNotBeforeCommitment(commitment: CommitmentState, date: string, field: string): void {
  ensure(
    'household.not_before_commitment',
    date >= commitment.committedOn,
    `${field} ${date} is before the commitment was made (${commitment.committedOn})`,
    { field },
  );
}

export function commitSupport({ data }: CommitSupport, state: HouseholdState): SupportCommitted[] {
  const s = requireRegistered(state, data.householdId);
  ensureValid('household.unknown_commitment_kind', isKind(data.kind), `unknown commitment kind ${data.kind}`, 'kind');
  ensureValid(
    'household.sponsor_required',
    hasSponsor(data.sponsor),
    'sponsor needs an organizationId or an individualName',
    'sponsor',
  );
  ensurePositiveValue(data.valueVnd);
  ensureValid(
    'household.due_not_before_commitment',
    data.dueOn >= data.committedOn,
    `dueOn ${data.dueOn} is before ${data.committedOn}`,
    'dueOn',
  );
  ensureNotBeforeRegistration(s, data.committedOn, 'committedOn');
  ensure(
    'household.commitment_id_unique',
    !(data.commitmentId in s.commitments),
    `commitment ${data.commitmentId} already exists`,
  );
  const { householdId: _id, ...fields } = data;
  return [{ type: 'SupportCommitted', data: { ...fields, kind: data.kind } }];
}

export function deliverSupport({ data }: DeliverSupport, state: HouseholdState): SupportDelivered[] {
  const commitment = requireCommitment(requireRegistered(state, data.householdId), data.commitmentId);
  ensureOpen(commitment, data.commitmentId);
  ensurePositiveValue(data.valueVnd);
  ensurePastDate(data.deliveredOn, 'deliveredOn', data.today);
  ensureNotBeforeCommitment(commitment, data.deliveredOn, 'deliveredOn');
  ensure(
    'household.delivery_id_unique',
    !commitment.deliveryIds.includes(data.deliveryId),
    `delivery ${data.deliveryId} was already recorded`,
  );
  const deliveredToDateVnd = commitment.deliveredVnd + data.valueVnd;
  return [
    {
      type: 'SupportDelivered',
      data: {
        commitmentId: data.commitmentId,
        deliveryId: data.deliveryId,
        deliveredOn: data.deliveredOn,
        description: data.description,
        valueVnd: data.valueVnd,
        deliveredToDateVnd,
        exceedsCommitmentByVnd: Math.max(0, deliveredToDateVnd - commitment.valueVnd),
      },
    },
  ];
}

export function fulfilCommitment(
  { data }: FulfilSupportCommitment,
  state: HouseholdState,
): SupportCommitmentFulfilled[] {
  const commitment = requireCommitment(requireRegistered(state, data.householdId), data.commitmentId);
  ensureOpen(commitment, data.commitmentId);
  ensurePastDate(data.fulfilledOn, 'fulfilledOn', data.today);
  ensureNotBeforeCommitment(commitment, data.fulfilledOn, 'fulfilledOn');
  return [
    { type: 'SupportCommitmentFulfilled', data: { commitmentId: data.commitmentId, fulfilledOn: data.fulfilledOn } },
  ];
}

export function cancelCommitment(
  { data }: CancelSupportCommitment,
  state: HouseholdState,
): SupportCommitmentCancelled[] {
  const commitment = requireCommitment(requireRegistered(state, data.householdId), data.commitmentId);
  ensureOpen(commitment, data.commitmentId);
  ensureText('household.cancellation_needs_reason', data.reason, 'reason');
  return [
    {
      type: 'SupportCommitmentCancelled',
      data: { commitmentId: data.commitmentId, reason: data.reason.trim(), cancelledOn: data.cancelledOn },
    },
  ];
}

/** The sponsor merged into a successor: the open commitment passes to it (a retry changes nothing). */
export function handOverSponsor({ data }: HandOverSupportSponsor, state: HouseholdState): SupportSponsorHandedOver[] {
  const commitment = requireCommitment(requireRegistered(state, data.householdId), data.commitmentId);
  if (commitment.sponsorOrganizationId === data.toOrganizationId) return [];
  ensureOpen(commitment, data.commitmentId);
  ensureText('household.decision_ref_required', data.decisionRef, 'decisionRef');
  ensure(
    'household.hand_over_from_current_sponsor',
    commitment.sponsorOrganizationId === data.fromOrganizationId,
    `commitment ${data.commitmentId} is sponsored by ${commitment.sponsorOrganizationId ?? 'an individual'}, not ${data.fromOrganizationId}`,
  );
  const { commitmentId, fromOrganizationId, toOrganizationId, effectiveOn, decisionRef } = data;
  return [
    {
      type: 'SupportSponsorHandedOver',
      data: { commitmentId, fromOrganizationId, toOrganizationId, effectiveOn, decisionRef: decisionRef.trim() },
    },
  ];
}
