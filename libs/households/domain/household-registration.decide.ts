import { ensure, ensureText, ensureValid } from '@kn/shared';
import type {
  ChangeHouseholdHead,
  ChangeHouseholdMembers,
  EraseHouseholdPersonalData,
  MoveHousehold,
  RegisterHousehold,
  TransferHousehold,
} from './household.commands.js';
import type {
  HouseholdHeadChanged,
  HouseholdMembersChanged,
  HouseholdMoved,
  HouseholdPersonalDataErased,
  HouseholdRegistered,
  HouseholdTransferred,
} from './household.events.js';
import {
  ensureCount,
  ensureNotBeforeRegistration,
  ensurePastDate,
  ensureSealed,
  requireRegistered,
} from './household.guards.js';
import type { HouseholdState } from './household.state.js';
import { AREAS } from './poverty-standards/poverty-standard.types.js';
import { findEthnicGroup, isMinorityGroup } from './ethnic-groups/ethnic-groups.js';

/** Kinh is the majority; every other ethnicity is an ethnic minority (đồng bào DTTS). */
export function isEthnicMinority(ethnicity: string): boolean {
  const group = findEthnicGroup(ethnicity);
  return group ? isMinorityGroup(group) : ethnicity.trim().toLocaleLowerCase('vi') !== 'kinh';
}

export function register({ data }: RegisterHousehold, state: HouseholdState): HouseholdRegistered[] {
  ensure(
    'household.already_registered',
    state.status === 'unregistered',
    `household ${data.householdId} is already registered`,
  );
  ensureText('household.code_required', data.code, 'code');
  ensureText('household.ethnicity_required', data.ethnicity, 'ethnicity');
  const group = findEthnicGroup(data.ethnicity);
  ensureValid(
    'household.unknown_ethnicity',
    group !== undefined,
    `${data.ethnicity} is not one of Vietnam's 54 ethnic groups (GET /api/ethnic-groups)`,
    'ethnicity',
  );
  ensureCount('household.member_count_positive', data.memberCount, 'memberCount');
  const area = data.area ?? data.communeArea ?? null;
  ensureValid(
    'household.area_required',
    area !== null,
    'area (rural or urban) is required: the commune was recorded without its type (xã, phường, thị trấn)',
    'area',
  );
  ensureValid('household.unknown_area', AREAS.includes(area), 'area must be rural or urban', 'area');
  ensureSealed(data.head);
  ensurePastDate(data.registeredOn, 'registeredOn', data.today);
  const { today: _today, communeArea: _communeArea, ...fields } = data;
  const ethnic = { ethnicity: group.nameVi, ethnicityCode: group.code, ethnicMinority: isMinorityGroup(group) };
  return [{ type: 'HouseholdRegistered', data: { ...fields, area, code: data.code.trim(), ...ethnic } }];
}

export function move({ data }: MoveHousehold, state: HouseholdState): HouseholdMoved[] {
  const s = requireRegistered(state, data.householdId);
  const changesCommune = data.toCommuneId !== s.communeId;
  const area = data.area ?? (changesCommune ? data.toCommuneArea : null) ?? s.area;
  ensureValid('household.unknown_area', AREAS.includes(area), 'area must be rural or urban', 'area');
  ensurePastDate(data.movedOn, 'movedOn', data.today);
  ensureNotBeforeRegistration(s, data.movedOn, 'movedOn');
  ensure(
    'household.move_must_change_location',
    data.toCommuneId !== s.communeId || data.toVillageId !== s.villageId,
    'the household already lives there',
  );
  return [
    {
      type: 'HouseholdMoved',
      data: {
        fromCommuneId: s.communeId,
        fromVillageId: s.villageId,
        toCommuneId: data.toCommuneId,
        toVillageId: data.toVillageId,
        area,
        movedOn: data.movedOn,
      },
    },
  ];
}

export function changeMembers({ data }: ChangeHouseholdMembers, state: HouseholdState): HouseholdMembersChanged[] {
  const s = requireRegistered(state, data.householdId);
  ensureCount('household.member_count_positive', data.memberCount, 'memberCount');
  ensurePastDate(data.effectiveOn, 'effectiveOn', data.today);
  ensureNotBeforeRegistration(s, data.effectiveOn, 'effectiveOn');
  ensure(
    'household.member_count_must_change',
    data.memberCount !== s.memberCount,
    `the household already has ${s.memberCount} members`,
  );
  return [
    {
      type: 'HouseholdMembersChanged',
      data: { from: s.memberCount, to: data.memberCount, effectiveOn: data.effectiveOn },
    },
  ];
}

export function changeHead({ data }: ChangeHouseholdHead, state: HouseholdState): HouseholdHeadChanged[] {
  const s = requireRegistered(state, data.householdId);
  // Erasure is final: personal data may never come back into this household's history.
  ensure('household.personal_data_erased', s.personalData === 'sealed', 'personal data of this household was erased');
  ensureSealed(data.head);
  ensurePastDate(data.changedOn, 'changedOn', data.today);
  ensureNotBeforeRegistration(s, data.changedOn, 'changedOn');
  return [{ type: 'HouseholdHeadChanged', data: { head: data.head, changedOn: data.changedOn } }];
}

export function erasePersonalData(
  { data }: EraseHouseholdPersonalData,
  state: HouseholdState,
): HouseholdPersonalDataErased[] {
  const s = requireRegistered(state, data.householdId);
  ensureText('household.erasure_needs_reason', data.reason, 'reason');
  ensure(
    'household.personal_data_already_erased',
    s.personalData === 'sealed',
    'personal data of this household was already erased',
  );
  return [{ type: 'HouseholdPersonalDataErased', data: { reason: data.reason.trim(), erasedOn: data.erasedOn } }];
}

export function transfer({ data }: TransferHousehold, state: HouseholdState): HouseholdTransferred[] {
  const s = requireRegistered(state, data.householdId);
  ensureText('household.merge_decision_required', data.mergeDecisionRef, 'mergeDecisionRef');
  ensure(
    'household.transfer_from_current_commune',
    data.fromCommuneId === s.communeId,
    `the household is in commune ${s.communeId}, not ${data.fromCommuneId}`,
  );
  const { householdId: _id, ...fields } = data;
  return [{ type: 'HouseholdTransferred', data: fields }];
}
