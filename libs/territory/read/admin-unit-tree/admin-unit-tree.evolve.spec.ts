import type { Message } from '@kn/shared';
import type { AdminUnitEvent } from '../../domain/admin-unit.events.js';
import {
  COMMUNE_ID,
  communeDissolved,
  communeEstablished,
  communeMerged,
  OTHER_COMMUNE_ID,
  PROVINCE_ID,
  SUCCESSOR_ID,
} from '../../domain/admin-unit.fixtures.js';
import type { AdminUnitTreeDoc } from './admin-unit-tree.evolve.js';
import { evolveAdminUnit } from './admin-unit-tree.evolve.js';

const project = (events: readonly Message[]) => events.reduce<AdminUnitTreeDoc | null>(evolveAdminUnit, null);

const renamed: AdminUnitEvent = {
  type: 'AdministrativeUnitRenamed',
  data: { unitId: COMMUNE_ID, name: 'Phan Sơn Mới', previousName: 'Phan Sơn', effectiveOn: '2020-01-01' },
};
const reclassified: AdminUnitEvent = {
  type: 'AdministrativeUnitReclassified',
  data: {
    unitId: COMMUNE_ID,
    added: ['extremely_difficult'],
    removed: ['ethnic_minority_commune'],
    classifications: ['extremely_difficult'],
    effectiveOn: '2016-01-01',
  },
};

describe('admin-unit tree document', () => {
  it("carries a commune's type and names it in the history (Thành lập Phường …)", () => {
    const doc = project([communeEstablished({ communeType: 'phuong', name: 'Hàm Tiến' })]);
    expect(doc?.communeType).toBe('phuong');
    expect(doc?.history[0].summary).toBe('Thành lập Phường Hàm Tiến (mã 22912)');
    expect(project([communeEstablished()])).not.toHaveProperty('communeType');
  });

  it('starts from the establishment with its place in the tree', () => {
    expect(project([communeEstablished()])).toEqual({
      id: COMMUNE_ID,
      kind: 'commune',
      name: 'Phan Sơn',
      code: '22912',
      parentId: PROVINCE_ID,
      classifications: ['ethnic_minority_commune'],
      status: 'active',
      successorId: null,
      predecessorIds: [],
      establishedOn: '2013-01-01',
      endedOn: null,
      history: [
        { date: '2013-01-01', type: 'AdministrativeUnitEstablished', summary: 'Thành lập Xã Phan Sơn (mã 22912)' },
      ],
    });
  });

  it('follows renames and reclassifications, keeping a dated history', () => {
    const doc = project([communeEstablished(), reclassified, renamed]);
    expect(doc).toMatchObject({ name: 'Phan Sơn Mới', classifications: ['extremely_difficult'] });
    expect(doc?.history.slice(1)).toEqual([
      {
        date: '2016-01-01',
        type: 'AdministrativeUnitReclassified',
        summary: 'Phân loại lại: thêm Đặc biệt khó khăn (ĐBKK); bỏ Xã thuần đồng bào DTTS',
      },
      { date: '2020-01-01', type: 'AdministrativeUnitRenamed', summary: 'Đổi tên từ Phan Sơn thành Phan Sơn Mới' },
    ]);
  });

  it('a merged predecessor points to its successor and ends on the merge date', () => {
    const doc = project([communeEstablished(), communeMerged]);
    expect(doc).toMatchObject({ status: 'merged', successorId: SUCCESSOR_ID, endedOn: '2025-07-01' });
    // Its lineage entry names the decision and links to the successor.
    expect(doc?.history.at(-1)).toMatchObject({
      type: 'AdministrativeUnitMergedInto',
      decisionRef: (communeMerged.data as { decisionRef: string }).decisionRef,
      relatedIds: [SUCCESSOR_ID],
    });
  });

  it('a successor lists its predecessors once, even if a merge event is seen again', () => {
    const merged: AdminUnitEvent = {
      type: 'AdministrativeUnitsMerged',
      data: {
        unitId: SUCCESSOR_ID,
        predecessorIds: [COMMUNE_ID, OTHER_COMMUNE_ID],
        effectiveOn: '2025-07-01',
        decisionRef: '1656/NQ-UBTVQH15',
      },
    };
    const doc = project([communeEstablished({ unitId: SUCCESSOR_ID, establishedOn: '2025-07-01' }), merged, merged]);
    expect(doc?.predecessorIds).toEqual([COMMUNE_ID, OTHER_COMMUNE_ID]);
    expect(doc?.history[1]).toMatchObject({
      summary: 'Hợp nhất 2 đơn vị (1656/NQ-UBTVQH15)',
      decisionRef: '1656/NQ-UBTVQH15',
      relatedIds: [COMMUNE_ID, OTHER_COMMUNE_ID],
    });
  });

  it('a dissolved unit ends on its dissolution date', () => {
    expect(project([communeEstablished(), communeDissolved])).toMatchObject({
      status: 'dissolved',
      endedOn: '2020-01-01',
    });
  });

  it('never throws on unknown or malformed events: the document stays as it was', () => {
    const doc = project([communeEstablished()]);
    expect(evolveAdminUnit(doc, { type: 'SomethingElseHappened', data: { x: 1 } })).toBe(doc);
    expect(evolveAdminUnit(null, { type: 'AdministrativeUnitRenamed', data: null })).toBeNull();
    expect(
      evolveAdminUnit(null, { type: 'AdministrativeUnitEstablished', data: { unitId: 'x', kind: 'hamlet' } }),
    ).toBeNull();
    expect(evolveAdminUnit(doc, { type: 'AdministrativeUnitRenamed', data: 42 })?.name).toBe('Phan Sơn');
  });
});

describe('admin-unit tree document, re-parented', () => {
  it('keeps the parents it had, with dates, in its lineage', () => {
    const moved: AdminUnitEvent = {
      type: 'AdministrativeUnitReparented',
      data: {
        unitId: COMMUNE_ID,
        kind: 'commune',
        fromParentId: PROVINCE_ID,
        toParentId: SUCCESSOR_ID,
        effectiveOn: '2025-07-01',
        decisionRef: '202/2025/QH15',
      },
    };
    const doc = project([communeEstablished(), moved]);
    expect(doc).toMatchObject({
      parentId: SUCCESSOR_ID,
      parentHistory: [
        { parentId: PROVINCE_ID, from: '2013-01-01' },
        { parentId: SUCCESSOR_ID, from: '2025-07-01' },
      ],
    });
    expect(doc?.history[1]).toEqual({
      date: '2025-07-01',
      type: 'AdministrativeUnitReparented',
      summary: 'Chuyển sang trực thuộc đơn vị khác (202/2025/QH15)',
      decisionRef: '202/2025/QH15',
      relatedIds: [SUCCESSOR_ID],
    });
  });
});
