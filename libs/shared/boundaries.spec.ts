import { todayCommuneOf, todayUnitOf, unitsOfTodayCommune, type UnitLineage } from './boundaries.js';

const lineage: UnitLineage = {
  // Phan Dũng and Phong Phú merged into xã Tuy Phong; huyện Tuy Phong was dissolved into the province.
  successorOf: new Map([
    ['phan-dung', 'tuy-phong'],
    ['phong-phu', 'tuy-phong'],
    ['old', 'phan-dung'],
    ['huyen-tuy-phong', 'lam-dong'],
    ['binh-thuan', 'lam-dong'],
  ]),
  // Thôn Nha Mé moved from Phong Phú to Chí Công; Chí Công was re-parented under Lâm Đồng.
  parentOf: new Map([
    ['nha-me', 'chi-cong'],
    ['thon-1', 'phan-dung'],
    ['chi-cong', 'lam-dong'],
  ]),
  kindOf: new Map([
    ['phan-dung', 'commune'],
    ['phong-phu', 'commune'],
    ['old', 'commune'],
    ['tuy-phong', 'commune'],
    ['chi-cong', 'commune'],
    ['nha-me', 'village'],
    ['thon-1', 'village'],
    ['huyen-tuy-phong', 'district'],
    ['binh-thuan', 'province'],
    ['lam-dong', 'province'],
  ]),
};

describe('boundaries=today: the one re-basing rule', () => {
  it('follows merges to the unit of today, through several steps', () => {
    expect(todayUnitOf('old', lineage.successorOf)).toBe('tuy-phong');
    expect(todayUnitOf('la-da', lineage.successorOf)).toBe('la-da');
  });

  it('follows a province merger and a district dissolution to the unit that took them over', () => {
    expect(todayUnitOf('binh-thuan', lineage.successorOf)).toBe('lam-dong');
    expect(todayUnitOf('huyen-tuy-phong', lineage.successorOf)).toBe('lam-dong');
  });

  it('a re-parented commune is its own commune of today', () => {
    expect(todayCommuneOf('chi-cong', lineage)).toBe('chi-cong');
  });

  it('a village belongs to the commune it lies in today: a transferred village to the one it moved to, along its lineage', () => {
    expect(todayCommuneOf('nha-me', lineage)).toBe('chi-cong');
    expect(todayCommuneOf('thon-1', lineage)).toBe('tuy-phong');
  });

  it('stops on a cycle instead of looping', () => {
    expect(['a', 'b']).toContain(
      todayUnitOf(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    );
  });

  it('lists every unit a commune of today gathers, itself included', () => {
    expect(unitsOfTodayCommune('tuy-phong', lineage).sort()).toEqual(
      ['old', 'phan-dung', 'phong-phu', 'thon-1', 'tuy-phong'].sort(),
    );
    expect(unitsOfTodayCommune('chi-cong', lineage).sort()).toEqual(['chi-cong', 'nha-me']);
  });
});
