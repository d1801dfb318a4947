import type { UnitLineage } from '@kn/shared';
import { inCommune, rebaseToToday } from './boundaries.js';

describe('the dashboard ledger under boundaries=today', () => {
  const lineage: UnitLineage = {
    successorOf: new Map([
      ['phan-dung', 'tuy-phong'],
      ['phong-phu', 'tuy-phong'],
    ]),
    parentOf: new Map([['nha-me', 'chi-cong']]),
    kindOf: new Map([
      ['phan-dung', 'commune'],
      ['phong-phu', 'commune'],
      ['chi-cong', 'commune'],
      ['nha-me', 'village'],
    ]),
  };

  it('adds up the figures of communes that merged, per metric and dimensions', () => {
    const sums = [
      { metric: 'hh_poor', communeId: 'phan-dung', dim1: 'em', dim2: '', value: 3 },
      { metric: 'hh_poor', communeId: 'phong-phu', dim1: 'em', dim2: '', value: 4 },
      { metric: 'hh_poor', communeId: 'phong-phu', dim1: 'other', dim2: '', value: 1 },
      { metric: 'hh_poor', communeId: 'la-da', dim1: 'em', dim2: '', value: 2 },
    ];
    expect(rebaseToToday(sums, lineage)).toEqual([
      { metric: 'hh_poor', communeId: 'tuy-phong', dim1: 'em', dim2: '', value: 7 },
      { metric: 'hh_poor', communeId: 'tuy-phong', dim1: 'other', dim2: '', value: 1 },
      { metric: 'hh_poor', communeId: 'la-da', dim1: 'em', dim2: '', value: 2 },
    ]);
  });

  it('counts a transferred mixed village under the commune it lies in today', () => {
    const [village] = rebaseToToday(
      [{ metric: 'target_village', communeId: 'nha-me', dim1: 'phong-phu', dim2: '', value: 1 }],
      lineage,
    );
    expect(village).toEqual({ metric: 'target_village', communeId: 'nha-me', dim1: 'chi-cong', dim2: '', value: 1 });
    expect(inCommune(village!, 'chi-cong')).toBe(true);
    expect(inCommune(village!, 'tuy-phong')).toBe(false);
  });
});
