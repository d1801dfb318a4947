import type { IsoDate } from '@kn/shared';
import { NotFound, ensure, ensureValid } from '@kn/shared';
import { correctableFields, mergeCorrection, normalizeActivity, validateActivity } from './activity.rules.js';
import type { ActivityKind } from './twinning.labels.js';
import { isRecord, isText } from './input.guards.js';
import type { CorrectActivityRecord, RecordActivity, VoidActivityRecord } from './pairing.commands.js';
import { activityEventOf } from './pairing.events.js';
import type { PairingEvent } from './pairing.events.js';
import { existingPairing } from './pairing.state.js';
import type { ActivityEntry, ExistingPairing, PairingState } from './pairing.state.js';

/**
 * Activities belong to the pairing's life: from its establishment up to its end, never in the
 * future. An ended pairing still accepts records dated on or before its end — programs enter
 * history late (the 2013–2015 activities were compiled afterwards) — but nothing after it.
 */
function ensureWithinPairingLife(pairing: ExistingPairing, occurredOn: IsoDate, today: IsoDate): void {
  ensureValid(
    'activity.occurred_on_in_future',
    occurredOn <= today,
    `occurredOn ${occurredOn} is in the future (today is ${today})`,
    'occurredOn',
  );
  ensure(
    'pairing.activity_not_before_established',
    occurredOn >= pairing.establishedOn,
    `the pairing was established on ${pairing.establishedOn}; an activity on ${occurredOn} predates it`,
    {
      establishedOn: pairing.establishedOn,
    },
  );
  ensure(
    'pairing.activity_not_after_end',
    pairing.status !== 'ended' || occurredOn <= pairing.endedOn,
    `the pairing ended before ${occurredOn}`,
    {
      endedOn: pairing.status === 'ended' ? pairing.endedOn : null,
    },
  );
}

/** Co-organisers are other organisations: the pairing's own is credited already. */
function ensureCoOrganizersOther(pairing: ExistingPairing, coOrganizerIds: readonly string[] | undefined): void {
  ensureValid(
    'activity.co_organizer_is_own_organization',
    !(coOrganizerIds ?? []).includes(pairing.organizationId),
    "coOrganizerIds names the pairing's own organisation",
    'coOrganizerIds',
  );
}

function knownActivity(pairing: ExistingPairing, activityId: string): ActivityEntry {
  const entry = pairing.activities[activityId];
  if (!entry) throw new NotFound('activity', activityId);
  return entry;
}

export function recordActivity(command: RecordActivity['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  const record = validateActivity(normalizeActivity(command.activity));
  ensure(
    'pairing.activity_id_unique',
    !(record.activityId in pairing.activities),
    `activity ${record.activityId} is already recorded in this pairing`,
  );
  ensureWithinPairingLife(pairing, record.occurredOn, command.today);
  ensureCoOrganizersOther(pairing, record.coOrganizerIds);
  return [activityEventOf(record)];
}

function checkCorrectableFields(kind: ActivityKind, changes: Readonly<Record<string, unknown>>): void {
  ensureValid(
    'pairing.correction_cannot_change_identity',
    !('kind' in changes) && !('activityId' in changes),
    'kind and activityId cannot be corrected; void the record and record it again',
    'changes',
  );
  const allowed = correctableFields(kind);
  const unknown = Object.keys(changes).filter((field) => !allowed.includes(field));
  ensureValid(
    'pairing.correction_unknown_field',
    unknown.length === 0,
    `a ${kind} record has no field ${unknown.join(', ')}`,
    `changes.${unknown[0]}`,
  );
}

/** The corrected record must still be one that could have been recorded: same rules, same dates. */
export function correctActivityRecord(command: CorrectActivityRecord['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  ensureValid('pairing.correction_reason_required', isText(command.reason), 'a correction says why', 'reason');
  ensureValid(
    'pairing.correction_changes_required',
    isRecord(command.changes) && Object.keys(command.changes).length > 0,
    'a correction changes at least one field',
    'changes',
  );
  const entry = knownActivity(pairing, command.activityId);
  ensure('pairing.cannot_correct_voided_activity', !entry.voided, `activity ${command.activityId} was voided`);
  checkCorrectableFields(entry.record.kind, command.changes);
  const corrected = validateActivity(mergeCorrection(entry.record, command.changes));
  ensureWithinPairingLife(pairing, corrected.occurredOn, command.today);
  ensureCoOrganizersOther(pairing, corrected.coOrganizerIds);
  const { activityId, changes, reason } = command;
  return [{ type: 'ActivityRecordCorrected', data: { activityId, changes, reason } }];
}

export function voidActivityRecord(command: VoidActivityRecord['data'], state: PairingState): PairingEvent[] {
  const pairing = existingPairing(state);
  ensureValid('pairing.void_reason_required', isText(command.reason), 'voiding a record says why', 'reason');
  const entry = knownActivity(pairing, command.activityId);
  ensure('pairing.activity_already_voided', !entry.voided, `activity ${command.activityId} is already voided`);
  return [{ type: 'ActivityRecordVoided', data: { activityId: command.activityId, reason: command.reason } }];
}
