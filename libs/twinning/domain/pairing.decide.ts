import type { Decider } from '@kn/shared';
import { assertNever, ensure, yearOf, ensureValid } from '@kn/shared';
import { checkDate, checkPastDate, isNonNegativeInteger, isRecord, isText, isTextList } from './input.guards.js';
import type {
  AdoptPairingPlan,
  EndPairing,
  EstablishPairing,
  HandOverPairing,
  PairingCommand,
  TransferPairing,
} from './pairing.commands.js';
import type { PairingEvent } from './pairing.events.js';
import { correctActivityRecord, recordActivity, voidActivityRecord } from './pairing-activity.decide.js';
import { evolvePairing, existingPairing, initialPairingState, liveActivities } from './pairing.state.js';
import type { PairingState } from './pairing.state.js';
import { ACTIVITY_KINDS, isOneOf } from './twinning.labels.js';

/** The program twins provincial organisations with communes, or with villages of mixed communes. */
const PAIRABLE_UNIT_KINDS = ['commune', 'village'];

function establish(command: EstablishPairing['data'], state: PairingState): PairingEvent[] {
  ensure('pairing.already_established', state.status === 'none', 'this pairing is already established');
  checkPastDate('pairing.established_on_in_future', command.establishedOn, command.today, 'establishedOn');
  ensureValid(
    'pairing.decision_ref_required',
    isText(command.decisionRef),
    'name the decision that established the pairing',
    'decisionRef',
  );
  ensure(
    'pairing.unit_must_be_active',
    command.unitActive,
    `unit ${command.adminUnitId} is not active (merged or dissolved)`,
  );
  ensure(
    'pairing.unit_must_be_commune_or_village',
    PAIRABLE_UNIT_KINDS.includes(command.unitKind),
    `a ${command.unitKind} cannot be paired; pair a commune or a village`,
  );
  ensure(
    'pairing.organization_must_be_active',
    command.organizationActive,
    `organisation ${command.organizationId} is dissolved`,
  );
  const { pairingId, organizationId, adminUnitId, establishedOn, decisionRef } = command;
  return [{ type: 'PairingEstablished', data: { pairingId, organizationId, adminUnitId, establishedOn, decisionRef } }];
}

function checkPlan(plan: AdoptPairingPlan['data']): void {
  ensureValid(
    'pairing.plan_year_invalid',
    Number.isInteger(plan.year) && plan.year >= 2000 && plan.year <= 2100,
    'year must be a four-digit year',
    'year',
  );
  ensureValid(
    'pairing.plan_objectives_invalid',
    isTextList(plan.objectives),
    'objectives must be a list of texts',
    'objectives',
  );
  const planned = isRecord(plan.plannedActivities) ? plan.plannedActivities : null;
  const kindsKnown = planned !== null && Object.keys(planned).every((k) => isOneOf(ACTIVITY_KINDS, k));
  ensureValid(
    'pairing.plan_activity_kind_unknown',
    kindsKnown,
    `plannedActivities is keyed by ${ACTIVITY_KINDS.join(', ')}`,
    'plannedActivities',
  );
  ensureValid(
    'pairing.plan_activity_count_invalid',
    planned !== null && Object.values(planned).every(isNonNegativeInteger),
    'planned counts are whole numbers ≥ 0',
    'plannedActivities',
  );
  ensureValid(
    'pairing.plan_budget_invalid',
    isNonNegativeInteger(plan.budgetVnd),
    'budgetVnd is an integer ≥ 0',
    'budgetVnd',
  );
}

/** One plan per year: a second plan would make "planned vs done" ambiguous, so revisions are refused. */
function adoptPlan(command: AdoptPairingPlan['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  checkPlan(command);
  ensure(
    'pairing.plan_once_per_year',
    !(String(command.year) in pairing.plans),
    `a plan for ${command.year} is already adopted`,
  );
  const lastYear = pairing.status === 'ended' ? yearOf(pairing.endedOn) : Infinity;
  ensure(
    'pairing.plan_year_within_pairing_life',
    command.year >= yearOf(pairing.establishedOn) && command.year <= lastYear,
    `${command.year} is outside the pairing's life`,
  );
  const { year, objectives, plannedActivities, budgetVnd } = command;
  return [{ type: 'PairingPlanAdopted', data: { year, objectives, plannedActivities, budgetVnd } }];
}

function end(command: EndPairing['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  ensure('pairing.already_ended', pairing.status === 'active', 'this pairing has already ended');
  checkPastDate('pairing.ended_on_in_future', command.endedOn, command.today, 'endedOn');
  ensureValid('pairing.end_reason_required', isText(command.reason), 'ending a pairing says why', 'reason');
  ensure(
    'pairing.ended_on_not_before_established',
    command.endedOn >= pairing.establishedOn,
    `the pairing was established on ${pairing.establishedOn}`,
  );
  // Otherwise recorded activities would fall after the end, which recording itself forbids.
  const lastActivityOn = liveActivities(pairing).reduce(
    (last, a) => (a.record.occurredOn > last ? a.record.occurredOn : last),
    '',
  );
  ensure(
    'pairing.end_not_before_recorded_activities',
    command.endedOn >= lastActivityOn,
    `an activity is recorded on ${lastActivityOn}, after ${command.endedOn}`,
  );
  return [{ type: 'PairingEnded', data: { endedOn: command.endedOn, reason: command.reason } }];
}

function transfer(command: TransferPairing['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  // The merge automation may retry: a pairing already on the successor has nothing to move.
  if (pairing.adminUnitId === command.toAdminUnitId) return [];
  ensure('pairing.transfer_requires_active', pairing.status === 'active', 'an ended pairing is not transferred');
  checkDate(command.effectiveOn, 'effectiveOn');
  ensureValid(
    'pairing.merge_decision_ref_required',
    isText(command.mergeDecisionRef),
    'name the merge decision',
    'mergeDecisionRef',
  );
  ensure(
    'pairing.transfer_from_current_unit',
    command.fromAdminUnitId === pairing.adminUnitId,
    `the pairing is with ${pairing.adminUnitId}, not ${command.fromAdminUnitId}`,
  );
  ensure(
    'pairing.transfer_not_before_established',
    command.effectiveOn >= pairing.establishedOn,
    `the pairing was established on ${pairing.establishedOn}`,
  );
  const { fromAdminUnitId, toAdminUnitId, effectiveOn, mergeDecisionRef } = command;
  return [{ type: 'PairingTransferred', data: { fromAdminUnitId, toAdminUnitId, effectiveOn, mergeDecisionRef } }];
}

function handOver(command: HandOverPairing['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  // The automation may retry: a pairing already with the successor has nothing to move.
  if (pairing.organizationId === command.toOrganizationId) return [];
  ensure('pairing.hand_over_requires_active', pairing.status === 'active', 'an ended pairing is not handed over');
  checkDate(command.effectiveOn, 'effectiveOn');
  ensureValid('pairing.decision_ref_required', isText(command.decisionRef), 'name the merge decision', 'decisionRef');
  ensure(
    'pairing.hand_over_from_current_organization',
    command.fromOrganizationId === pairing.organizationId,
    `the pairing is with ${pairing.organizationId}, not ${command.fromOrganizationId}`,
  );
  ensure(
    'pairing.hand_over_not_before_established',
    command.effectiveOn >= pairing.establishedOn,
    `the pairing was established on ${pairing.establishedOn}`,
  );
  ensure(
    'pairing.one_active_per_organization_unit',
    !command.activePairingExists,
    'the successor is already paired with this unit; end this pairing instead',
  );
  const { fromOrganizationId, toOrganizationId, effectiveOn, decisionRef } = command;
  return [{ type: 'PairingHandedOver', data: { fromOrganizationId, toOrganizationId, effectiveOn, decisionRef } }];
}

export function decidePairing(command: PairingCommand, state: PairingState): PairingEvent[] {
  switch (command.type) {
    case 'EstablishPairing':
      return establish(command.data, state);
    case 'AdoptPairingPlan':
      return adoptPlan(command.data, state);
    case 'RecordActivity':
      return recordActivity(command.data, state);
    case 'CorrectActivityRecord':
      return correctActivityRecord(command.data, state);
    case 'VoidActivityRecord':
      return voidActivityRecord(command.data, state);
    case 'EndPairing':
      return end(command.data, state);
    case 'HandOverPairing':
      return handOver(command.data, state);
    case 'TransferPairing':
      return transfer(command.data, state);
    default:
      return assertNever(command, 'pairing command');
  }
}

export const pairingDecider: Decider<PairingCommand, PairingEvent, PairingState> = {
  initialState: initialPairingState,
  decide: decidePairing,
  evolve: evolvePairing,
};
