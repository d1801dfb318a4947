import { DomainError, fold } from '@kn/shared';
import { adminUnitDecider, decideAdminUnit } from './admin-unit.decide.js';
import type { AdminUnitFacts } from './admin-unit.state.js';
import type { MergeFacts, MergeInput } from './admin-unit.merge.js';
import { planMerge } from './admin-unit.merge.js';
import {
  activeProvince,
  COMMUNE_ID,
  communeEstablished,
  OTHER_COMMUNE_ID,
  PROVINCE_ID,
  SUCCESSOR_ID,
} from './admin-unit.fixtures.js';

const DECISION = '1656/NQ-UBTVQH15';

const commune = (unitId: string, overrides: Partial<AdminUnitFacts> = {}): AdminUnitFacts => ({
  unitId,
  kind: 'commune',
  status: 'active',
  establishedOn: '2013-01-01',
  ...overrides,
});

const input = (overrides: Partial<MergeInput> = {}): MergeInput => ({
  successorId: SUCCESSOR_ID,
  predecessorIds: [COMMUNE_ID, OTHER_COMMUNE_ID],
  successor: { kind: 'commune', name: 'Phan Sơn', code: '22913', parentId: PROVINCE_ID },
  effectiveOn: '2025-07-01',
  decisionRef: DECISION,
  ...overrides,
});

const facts = (overrides: Partial<MergeFacts> = {}): MergeFacts => ({
  predecessors: [commune(COMMUNE_ID), commune(OTHER_COMMUNE_ID)],
  parent: activeProvince,
  ...overrides,
});

function rejection(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return undefined;
}

describe('planning a merge', () => {
  it('establishes the successor with the commune type the decision names (a ward)', () => {
    const plan = planMerge(input({ successor: { ...input().successor, communeType: 'phuong' } }), facts());
    expect(plan.successor.commands[0].data.communeType).toBe('phuong');
    const [established] = decideAdminUnit(plan.successor.commands[0], adminUnitDecider.initialState);
    expect(established.data).toMatchObject({ unitId: SUCCESSOR_ID, communeType: 'phuong' });
  });

  it('returns the successor commands, establishment first, and one MergeInto per predecessor', () => {
    const plan = planMerge(input(), facts());
    expect(plan.successor.unitId).toBe(SUCCESSOR_ID);
    expect(plan.successor.commands.map((c) => c.type)).toEqual(['EstablishAdministrativeUnit', 'RecordMerge']);
    expect(plan.successor.commands[0].data).toMatchObject({
      establishedOn: '2025-07-01',
      classifications: [],
      parent: activeProvince,
    });
    expect(plan.successor.commands[1].data).toEqual({
      unitId: SUCCESSOR_ID,
      predecessorIds: [COMMUNE_ID, OTHER_COMMUNE_ID],
      effectiveOn: '2025-07-01',
      decisionRef: DECISION,
    });
    expect(plan.predecessors).toEqual(
      [COMMUNE_ID, OTHER_COMMUNE_ID].map((unitId) => ({
        unitId,
        command: {
          type: 'MergeInto',
          data: { unitId, successorId: SUCCESSOR_ID, effectiveOn: '2025-07-01', decisionRef: DECISION },
        },
      })),
    );
  });

  it('gives the successor the classifications named in the decision', () => {
    const plan = planMerge(
      input({ successor: { ...input().successor, classifications: ['ethnic_minority_commune'] } }),
      facts(),
    );
    expect(plan.successor.commands[0].data.classifications).toEqual(['ethnic_minority_commune']);
  });

  it.each<[string, Partial<MergeInput>, Partial<MergeFacts>]>([
    ['admin_unit.merge_needs_two_predecessors', { predecessorIds: [COMMUNE_ID] }, {}],
    ['admin_unit.merge_predecessors_must_be_distinct', { predecessorIds: [COMMUNE_ID, COMMUNE_ID] }, {}],
    ['admin_unit.cannot_merge_into_itself', { successorId: COMMUNE_ID }, {}],
    ['admin_unit.decision_ref_required', { decisionRef: ' ' }, {}],
    ['admin_unit.not_found', {}, { predecessors: [commune(COMMUNE_ID)] }],
    [
      'admin_unit.merge_predecessor_must_be_active',
      {},
      { predecessors: [commune(COMMUNE_ID), commune(OTHER_COMMUNE_ID, { status: 'dissolved' })] },
    ],
    [
      'admin_unit.merge_kinds_must_match',
      {},
      { predecessors: [commune(COMMUNE_ID), commune(OTHER_COMMUNE_ID, { kind: 'village' })] },
    ],
    [
      'admin_unit.merge_kinds_must_match',
      { successor: { kind: 'village', name: 'x', code: '1', parentId: PROVINCE_ID } },
      {},
    ],
    [
      'admin_unit.merge_before_predecessor_established',
      {},
      { predecessors: [commune(COMMUNE_ID), commune(OTHER_COMMUNE_ID, { establishedOn: '2025-07-02' })] },
    ],
    ['admin_unit.parent_must_exist', {}, { parent: null }],
    ['admin_unit.parent_must_be_active', {}, { parent: { ...activeProvince, status: 'merged' } }],
  ])('%s: the whole merge is refused before anything is written', (code, inputOverrides, factOverrides) => {
    expect(rejection(() => planMerge(input(inputOverrides), facts(factOverrides)))).toBe(code);
  });

  it('admin_unit.districts_abolished: districts cannot be merged into a new district after the reform', () => {
    const districts = {
      predecessors: [commune(COMMUNE_ID, { kind: 'district' }), commune(OTHER_COMMUNE_ID, { kind: 'district' })],
    };
    const successor = { kind: 'district', name: 'x', code: '1', parentId: PROVINCE_ID } as const;
    expect(rejection(() => planMerge(input({ successor }), facts(districts)))).toBe('admin_unit.districts_abolished');
  });

  it('each planned command, run on its own stream, leaves predecessors merged into an active successor', () => {
    const plan = planMerge(input(), facts());
    const [establish, record] = plan.successor.commands;
    const successorEvents = decideAdminUnit(establish, adminUnitDecider.initialState);
    successorEvents.push(...decideAdminUnit(record, fold(adminUnitDecider, successorEvents)));
    expect(fold(adminUnitDecider, successorEvents)).toMatchObject({
      status: 'active',
      predecessorIds: [COMMUNE_ID, OTHER_COMMUNE_ID],
    });
    for (const { unitId, command } of plan.predecessors) {
      const given = [communeEstablished({ unitId })];
      const after = [...given, ...decideAdminUnit(command, fold(adminUnitDecider, given))];
      expect(fold(adminUnitDecider, after)).toMatchObject({ status: 'merged', successorId: SUCCESSOR_ID });
    }
  });
});
