import type { Decider } from '@kn/shared';
import { assertNever, ensure, ensureText, ensureValid } from '@kn/shared';
import type {
  AdminUnitCommand,
  DissolveAdministrativeUnit,
  EstablishAdministrativeUnit,
  MergeInto,
  ReclassifyAdministrativeUnit,
  RecordMerge,
  RenameAdministrativeUnit,
  ReparentAdministrativeUnit,
} from './admin-unit.commands.js';
import type { AdminUnitEvent } from './admin-unit.events.js';
import { ensureActive, ensureNotBeforeEstablishment } from './admin-unit.guards.js';
import type { AdminUnitState } from './admin-unit.state.js';
import { evolveAdminUnitState, initialAdminUnitState } from './admin-unit.state.js';
import type { Classification } from './admin-unit.labels.js';
import { classificationSet, DISTRICTS_ABOLISHED_ON, isHigherKind } from './admin-unit.labels.js';

function ensureParent({ data }: EstablishAdministrativeUnit): void {
  if (data.parentId === null) return;
  const parent = data.parent;
  ensure('admin_unit.parent_must_exist', parent !== null, `parent ${data.parentId} does not exist`);
  ensure('admin_unit.parent_must_be_active', parent.status === 'active', `parent ${data.parentId} is ${parent.status}`);
  ensure(
    'admin_unit.parent_must_be_higher_kind',
    isHigherKind(parent.kind, data.kind),
    `a ${data.kind} cannot sit under a ${parent.kind}`,
    { parentKind: parent.kind, kind: data.kind },
  );
}

function ensureMixedVillageOnlyForVillages(kind: string, classifications: readonly Classification[]): void {
  ensure(
    'admin_unit.mixed_village_only_for_villages',
    kind === 'village' || !classifications.includes('mixed_village'),
    `only a village can be classified mixed_village, not a ${kind}`,
  );
}

function ensureCommuneTypeOnlyForCommunes({ data }: EstablishAdministrativeUnit): void {
  ensureValid(
    'admin_unit.commune_type_only_for_communes',
    data.kind === 'commune' || data.communeType == null,
    `only a commune is a xã, phường or thị trấn, not a ${data.kind}`,
    'communeType',
  );
}

function establish(command: EstablishAdministrativeUnit, state: AdminUnitState): AdminUnitEvent[] {
  const { data } = command;
  ensure('admin_unit.already_established', state.status === 'not_established', `unit ${data.unitId} already exists`);
  const name = ensureText('admin_unit.name_required', data.name, 'name');
  const code = ensureText('admin_unit.code_required', data.code, 'code');
  ensure(
    'admin_unit.districts_abolished',
    data.kind !== 'district' || data.establishedOn < DISTRICTS_ABOLISHED_ON,
    `districts no longer exist from ${DISTRICTS_ABOLISHED_ON}`,
  );
  ensureParent(command);
  const classifications = classificationSet(data.classifications);
  ensureMixedVillageOnlyForVillages(data.kind, classifications);
  ensureCommuneTypeOnlyForCommunes(command);
  const { unitId, kind, parentId, establishedOn, communeType } = data;
  return [
    {
      type: 'AdministrativeUnitEstablished',
      data: {
        unitId,
        kind,
        name,
        code,
        parentId,
        classifications,
        establishedOn,
        ...(communeType ? { communeType } : {}),
      },
    },
  ];
}

function rename({ data }: RenameAdministrativeUnit, state: AdminUnitState): AdminUnitEvent[] {
  const unit = ensureActive(state, data.unitId);
  const name = ensureText('admin_unit.name_required', data.name, 'name');
  ensure('admin_unit.name_must_change', name !== unit.name, `the unit is already named ${unit.name}`);
  ensureNotBeforeEstablishment(unit, data.effectiveOn);
  return [
    {
      type: 'AdministrativeUnitRenamed',
      data: { unitId: data.unitId, name, previousName: unit.name, effectiveOn: data.effectiveOn },
    },
  ];
}

function reclassify({ data }: ReclassifyAdministrativeUnit, state: AdminUnitState): AdminUnitEvent[] {
  const unit = ensureActive(state, data.unitId);
  const both = data.add.filter((c) => data.remove.includes(c));
  ensureValid(
    'admin_unit.classification_added_and_removed',
    both.length === 0,
    `both added and removed: ${both.join(', ')}`,
    'add',
  );
  const current = new Set(unit.classifications);
  const added = classificationSet(data.add.filter((c) => !current.has(c)));
  const removed = classificationSet(data.remove.filter((c) => current.has(c)));
  ensure(
    'admin_unit.reclassification_must_change',
    added.length + removed.length > 0,
    'the classifications would not change',
  );
  ensureMixedVillageOnlyForVillages(unit.kind, added);
  ensureNotBeforeEstablishment(unit, data.effectiveOn);
  const classifications = classificationSet([...unit.classifications, ...added].filter((c) => !removed.includes(c)));
  return [
    {
      type: 'AdministrativeUnitReclassified',
      data: { unitId: data.unitId, added, removed, classifications, effectiveOn: data.effectiveOn },
    },
  ];
}

function recordMerge({ data }: RecordMerge, state: AdminUnitState): AdminUnitEvent[] {
  const unit = ensureActive(state, data.unitId);
  const decisionRef = ensureText('admin_unit.decision_ref_required', data.decisionRef, 'decisionRef');
  const distinct = new Set(data.predecessorIds);
  ensure(
    'admin_unit.merge_predecessors_must_be_distinct',
    distinct.size === data.predecessorIds.length,
    'a predecessor is listed twice',
  );
  ensure('admin_unit.merge_needs_two_predecessors', distinct.size >= 2, 'a merge joins at least two units');
  ensure('admin_unit.cannot_merge_into_itself', !distinct.has(data.unitId), 'a unit cannot be its own predecessor');
  const known = data.predecessorIds.filter((id) => unit.predecessorIds.includes(id));
  ensure(
    'admin_unit.predecessor_already_recorded',
    known.length === 0,
    `already merged into this unit: ${known.join(', ')}`,
  );
  ensureNotBeforeEstablishment(unit, data.effectiveOn);
  const { unitId, predecessorIds, effectiveOn } = data;
  return [{ type: 'AdministrativeUnitsMerged', data: { unitId, predecessorIds, effectiveOn, decisionRef } }];
}

function mergeInto({ data }: MergeInto, state: AdminUnitState): AdminUnitEvent[] {
  const unit = ensureActive(state, data.unitId);
  const decisionRef = ensureText('admin_unit.decision_ref_required', data.decisionRef, 'decisionRef');
  ensure('admin_unit.cannot_merge_into_itself', data.successorId !== data.unitId, 'a unit cannot merge into itself');
  ensureNotBeforeEstablishment(unit, data.effectiveOn);
  const { unitId, successorId, effectiveOn } = data;
  return [{ type: 'AdministrativeUnitMergedInto', data: { unitId, successorId, effectiveOn, decisionRef } }];
}

function dissolve({ data }: DissolveAdministrativeUnit, state: AdminUnitState): AdminUnitEvent[] {
  const unit = ensureActive(state, data.unitId);
  const reason = ensureText('admin_unit.reason_required', data.reason, 'reason');
  ensureNotBeforeEstablishment(unit, data.dissolvedOn);
  const base = { unitId: data.unitId, dissolvedOn: data.dissolvedOn, reason };
  if (data.childrenTo === undefined && !data.decisionRef) return [{ type: 'AdministrativeUnitDissolved', data: base }];
  const heir = data.childrenTo ?? null;
  if (heir) {
    ensure('admin_unit.children_to_must_be_active', heir.status === 'active', `unit ${heir.unitId} is ${heir.status}`);
    ensure(
      'admin_unit.children_to_itself',
      heir.unitId !== unit.unitId,
      'a dissolved unit cannot take its own children',
    );
    ensure(
      'admin_unit.children_to_must_rank_as_high',
      !isHigherKind(unit.kind, heir.kind),
      `the children of a ${unit.kind} cannot go under a ${heir.kind}`,
    );
  }
  return [
    {
      type: 'AdministrativeUnitDissolved',
      data: { ...base, decisionRef: data.decisionRef?.trim() || null, childrenToId: heir?.unitId ?? null },
    },
  ];
}

function reparent({ data }: ReparentAdministrativeUnit, state: AdminUnitState): AdminUnitEvent[] {
  const unit = ensureActive(state, data.unitId);
  const decisionRef = ensureText('admin_unit.decision_ref_required', data.decisionRef, 'decisionRef');
  ensure('admin_unit.cannot_be_its_own_parent', data.parentId !== unit.unitId, 'a unit cannot sit under itself');
  ensure(
    'admin_unit.parent_must_change',
    data.parentId !== unit.parentId,
    `the unit already sits under ${data.parentId}`,
  );
  const parent = data.parent;
  ensure('admin_unit.parent_must_exist', parent !== null, `parent ${data.parentId} does not exist`);
  ensure('admin_unit.parent_must_be_active', parent.status === 'active', `parent ${data.parentId} is ${parent.status}`);
  if (data.villageTransfer) {
    ensure(
      'admin_unit.transfer_only_villages',
      unit.kind === 'village',
      `only a village is transferred between communes, not a ${unit.kind}`,
    );
    ensure(
      'admin_unit.transfer_to_commune',
      parent.kind === 'commune',
      `a village is transferred to a commune, not a ${parent.kind}`,
    );
  }
  ensure(
    'admin_unit.parent_must_be_higher_kind',
    isHigherKind(parent.kind, unit.kind),
    `a ${unit.kind} cannot sit under a ${parent.kind}`,
  );
  ensure(
    'admin_unit.districts_abolished',
    parent.kind !== 'district' || data.effectiveOn < DISTRICTS_ABOLISHED_ON,
    `districts no longer exist from ${DISTRICTS_ABOLISHED_ON}`,
  );
  ensureNotBeforeEstablishment(unit, data.effectiveOn);
  ensureNotBeforeEstablishment(parent, data.effectiveOn);
  const { unitId, kind, parentId: fromParentId } = unit;
  return [
    {
      type: 'AdministrativeUnitReparented',
      data: { unitId, kind, fromParentId, toParentId: data.parentId, effectiveOn: data.effectiveOn, decisionRef },
    },
  ];
}

export function decideAdminUnit(command: AdminUnitCommand, state: AdminUnitState): AdminUnitEvent[] {
  switch (command.type) {
    case 'EstablishAdministrativeUnit':
      return establish(command, state);
    case 'RenameAdministrativeUnit':
      return rename(command, state);
    case 'ReclassifyAdministrativeUnit':
      return reclassify(command, state);
    case 'RecordMerge':
      return recordMerge(command, state);
    case 'MergeInto':
      return mergeInto(command, state);
    case 'DissolveAdministrativeUnit':
      return dissolve(command, state);
    case 'ReparentAdministrativeUnit':
      return reparent(command, state);
    default:
      return assertNever(command, 'administrative unit command');
  }
}

export const adminUnitDecider: Decider<AdminUnitCommand, AdminUnitEvent, AdminUnitState> = {
  initialState: initialAdminUnitState,
  decide: decideAdminUnit,
  evolve: evolveAdminUnitState,
};
