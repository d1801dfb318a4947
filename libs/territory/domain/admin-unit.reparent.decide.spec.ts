import { spec } from '../../../test/support/decider-spec.js';
import type { AdminUnitCommand } from './admin-unit.commands.js';
import { adminUnitDecider } from './admin-unit.decide.js';
import type { AdminUnitFacts } from './admin-unit.state.js';
import {
  COMMUNE_ID,
  communeEstablished,
  communeMerged,
  OTHER_COMMUNE_ID,
  PROVINCE_ID,
  SUCCESSOR_ID,
} from './admin-unit.fixtures.js';

const unit = spec(adminUnitDecider);
const NEW_PROVINCE: AdminUnitFacts = {
  unitId: SUCCESSOR_ID,
  kind: 'province',
  status: 'active',
  establishedOn: '2025-07-01',
};
const OTHER_COMMUNE: AdminUnitFacts = {
  unitId: OTHER_COMMUNE_ID,
  kind: 'commune',
  status: 'active',
  establishedOn: '2013-01-01',
};
const village = communeEstablished({ kind: 'village', name: 'Thôn Nha Mé', code: 'NM', classifications: [] });

const reparent = (
  parent: AdminUnitFacts | null,
  overrides: Partial<{ effectiveOn: string; decisionRef: string; villageTransfer: boolean; parentId: string }> = {},
): AdminUnitCommand => ({
  type: 'ReparentAdministrativeUnit',
  data: {
    unitId: COMMUNE_ID,
    parentId: parent?.unitId ?? 'missing',
    parent,
    effectiveOn: '2025-07-01',
    decisionRef: '202/2025/QH15',
    ...overrides,
  },
});

describe('re-parenting', () => {
  it('records the old and the new parent with the decision', () => {
    unit
      .given([communeEstablished()])
      .when(reparent(NEW_PROVINCE))
      .then([
        {
          type: 'AdministrativeUnitReparented',
          data: {
            unitId: COMMUNE_ID,
            kind: 'commune',
            fromParentId: PROVINCE_ID,
            toParentId: SUCCESSOR_ID,
            effectiveOn: '2025-07-01',
            decisionRef: '202/2025/QH15',
          },
        },
      ]);
  });

  it('admin_unit.parent_must_change: the same parent again is refused', () => {
    unit
      .given([communeEstablished()])
      .when(reparent({ ...NEW_PROVINCE, unitId: PROVINCE_ID }))
      .thenRejects('admin_unit.parent_must_change');
  });

  it('admin_unit.parent_must_exist: an unknown parent is refused', () => {
    unit.given([communeEstablished()]).when(reparent(null)).thenRejects('admin_unit.parent_must_exist');
  });

  it('admin_unit.parent_must_be_active: a merged parent is refused', () => {
    unit
      .given([communeEstablished()])
      .when(reparent({ ...NEW_PROVINCE, status: 'merged' }))
      .thenRejects('admin_unit.parent_must_be_active');
  });

  it('admin_unit.parent_must_be_higher_kind: a commune cannot sit under another commune', () => {
    unit
      .given([communeEstablished()])
      .when(reparent(OTHER_COMMUNE))
      .thenRejects('admin_unit.parent_must_be_higher_kind');
  });

  it('admin_unit.districts_abolished: nothing moves under a district from 2025-07-01', () => {
    unit
      .given([communeEstablished()])
      .when(reparent({ ...NEW_PROVINCE, kind: 'district', establishedOn: '2000-01-01' }))
      .thenRejects('admin_unit.districts_abolished');
  });

  it('admin_unit.decision_ref_required: a move needs its decision', () => {
    unit
      .given([communeEstablished()])
      .when(reparent(NEW_PROVINCE, { decisionRef: ' ' }))
      .thenRejects('admin_unit.decision_ref_required');
  });

  it('admin_unit.date_before_establishment: not before the new parent existed', () => {
    unit
      .given([communeEstablished()])
      .when(reparent(NEW_PROVINCE, { effectiveOn: '2025-06-30' }))
      .thenRejects('admin_unit.date_before_establishment');
  });

  it('admin_unit.must_be_active: a merged unit stays where it was', () => {
    unit
      .given([communeEstablished(), communeMerged])
      .when(reparent(NEW_PROVINCE))
      .thenRejects('admin_unit.must_be_active');
  });

  it('transfers a village to another commune', () => {
    unit
      .given([village])
      .when(reparent(OTHER_COMMUNE, { villageTransfer: true }))
      .then([
        {
          type: 'AdministrativeUnitReparented',
          data: {
            unitId: COMMUNE_ID,
            kind: 'village',
            fromParentId: PROVINCE_ID,
            toParentId: OTHER_COMMUNE_ID,
            effectiveOn: '2025-07-01',
            decisionRef: '202/2025/QH15',
          },
        },
      ]);
  });

  it('admin_unit.transfer_only_villages: a commune is re-parented, not transferred', () => {
    unit
      .given([communeEstablished()])
      .when(reparent(NEW_PROVINCE, { villageTransfer: true }))
      .thenRejects('admin_unit.transfer_only_villages');
  });

  it('admin_unit.transfer_to_commune: a village is transferred to a commune only', () => {
    unit
      .given([village])
      .when(reparent(NEW_PROVINCE, { villageTransfer: true }))
      .thenRejects('admin_unit.transfer_to_commune');
  });
});

describe('dissolving a district with its children going elsewhere', () => {
  const district = communeEstablished({ kind: 'district', name: 'Tuy Phong', code: '601' });
  const dissolve = (childrenTo: AdminUnitFacts | null): AdminUnitCommand => ({
    type: 'DissolveAdministrativeUnit',
    data: {
      unitId: COMMUNE_ID,
      dissolvedOn: '2025-07-01',
      reason: 'Kết thúc cấp huyện',
      decisionRef: '1671/NQ-UBTVQH15',
      childrenTo,
    },
  });

  it('names the decision and the unit its communes go to', () => {
    unit
      .given([district])
      .when(dissolve(NEW_PROVINCE))
      .then([
        {
          type: 'AdministrativeUnitDissolved',
          data: {
            unitId: COMMUNE_ID,
            dissolvedOn: '2025-07-01',
            reason: 'Kết thúc cấp huyện',
            decisionRef: '1671/NQ-UBTVQH15',
            childrenToId: SUCCESSOR_ID,
          },
        },
      ]);
  });

  it('admin_unit.children_to_must_be_active: not to a merged unit', () => {
    unit
      .given([district])
      .when(dissolve({ ...NEW_PROVINCE, status: 'merged' }))
      .thenRejects('admin_unit.children_to_must_be_active');
  });

  it("admin_unit.children_to_must_rank_as_high: a district's communes cannot go under a commune", () => {
    unit.given([district]).when(dissolve(OTHER_COMMUNE)).thenRejects('admin_unit.children_to_must_rank_as_high');
  });
});
