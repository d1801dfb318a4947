import type { IsoDate } from '@kn/shared';
import { ensure, ensureText, NotFound } from '@kn/shared';
import type { EstablishAdministrativeUnit, MergeInto, RecordMerge } from './admin-unit.commands.js';
import { decideAdminUnit } from './admin-unit.decide.js';
import type { AdminUnitFacts } from './admin-unit.state.js';
import { evolveAdminUnitState, initialAdminUnitState } from './admin-unit.state.js';
import type { AdminUnitKind, Classification, CommuneType } from './admin-unit.labels.js';

export interface MergeInput {
  /** The new unit's id, chosen by the handler. */
  readonly successorId: string;
  readonly predecessorIds: readonly string[];
  readonly successor: {
    readonly kind: AdminUnitKind;
    readonly name: string;
    readonly code: string;
    readonly parentId: string | null;
    /** A merged unit's classifications come from a new decision, never inherited; empty when omitted. */
    readonly classifications?: readonly Classification[];
    /** Xã, phường or thị trấn when the successor is a commune; none when omitted. */
    readonly communeType?: CommuneType | null;
  };
  readonly effectiveOn: IsoDate;
  readonly decisionRef: string;
}

export interface MergeFacts {
  /** One entry per predecessor stream that exists; a missing id means its stream does not exist. */
  readonly predecessors: readonly AdminUnitFacts[];
  /** Facts of `successor.parentId`, or null when it is null or does not exist. */
  readonly parent: AdminUnitFacts | null;
}

/**
 * The commands for every stream a merge touches. Write the successor first: if a predecessor
 * write then fails, the successor already records the decision and the retry only adds the rest.
 */
export interface MergePlan {
  readonly successor: {
    readonly unitId: string;
    readonly commands: readonly [EstablishAdministrativeUnit, RecordMerge];
  };
  readonly predecessors: readonly { readonly unitId: string; readonly command: MergeInto }[];
}

function predecessorFacts(input: MergeInput, facts: MergeFacts): AdminUnitFacts[] {
  return input.predecessorIds.map((id) => {
    const found = facts.predecessors.find((p) => p.unitId === id);
    if (!found) throw new NotFound('admin_unit', id);
    return found;
  });
}

function ensurePredecessorsMergeable(input: MergeInput, predecessors: readonly AdminUnitFacts[]): void {
  for (const p of predecessors) {
    ensure('admin_unit.merge_predecessor_must_be_active', p.status === 'active', `unit ${p.unitId} is ${p.status}`, {
      unitId: p.unitId,
    });
    ensure(
      'admin_unit.merge_kinds_must_match',
      p.kind === input.successor.kind,
      `unit ${p.unitId} is a ${p.kind}, the successor a ${input.successor.kind}`,
      { unitId: p.unitId },
    );
    ensure(
      'admin_unit.merge_before_predecessor_established',
      input.effectiveOn >= p.establishedOn,
      `unit ${p.unitId} was only established on ${p.establishedOn}`,
      { unitId: p.unitId },
    );
  }
}

function successorCommands(input: MergeInput, facts: MergeFacts): readonly [EstablishAdministrativeUnit, RecordMerge] {
  const { successorId: unitId, successor, effectiveOn, decisionRef, predecessorIds } = input;
  const establish: EstablishAdministrativeUnit = {
    type: 'EstablishAdministrativeUnit',
    data: {
      unitId,
      ...successor,
      parent: facts.parent,
      classifications: successor.classifications ?? [],
      establishedOn: effectiveOn,
    },
  };
  const record: RecordMerge = { type: 'RecordMerge', data: { unitId, predecessorIds, effectiveOn, decisionRef } };
  // Dry-run the successor's own decisions so its rules (parent, district abolition, ...) fail here, before any write.
  const established = decideAdminUnit(establish, initialAdminUnitState).reduce(
    evolveAdminUnitState,
    initialAdminUnitState,
  );
  decideAdminUnit(record, established);
  return [establish, record];
}

/** Validates a whole merge up front and returns one decision per stream for the handler to run. */
export function planMerge(input: MergeInput, facts: MergeFacts): MergePlan {
  ensureText('admin_unit.decision_ref_required', input.decisionRef, 'decisionRef');
  const distinct = new Set(input.predecessorIds);
  ensure(
    'admin_unit.merge_predecessors_must_be_distinct',
    distinct.size === input.predecessorIds.length,
    'a predecessor is listed twice',
  );
  ensure('admin_unit.merge_needs_two_predecessors', distinct.size >= 2, 'a merge joins at least two units');
  ensure(
    'admin_unit.cannot_merge_into_itself',
    !distinct.has(input.successorId),
    'the successor cannot be a predecessor',
  );
  ensurePredecessorsMergeable(input, predecessorFacts(input, facts));
  const successor = successorCommands(input, facts);
  const { successorId, effectiveOn, decisionRef } = input;
  return {
    successor: { unitId: successorId, commands: successor },
    predecessors: input.predecessorIds.map((unitId) => ({
      unitId,
      command: { type: 'MergeInto', data: { unitId, successorId, effectiveOn, decisionRef } },
    })),
  };
}
