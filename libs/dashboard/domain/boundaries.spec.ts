import { rebaseToToday, todayUnitOf } from './boundaries.js';

describe('boundaries=today', () => {
  const successorOf = new Map([
    ['phan-dung', 'tuy-phong'],
    ['phong-phu', 'tuy-phong'],
    ['old', 'phan-dung'],
  ]);

  it('follows merges to the unit of today, through several steps', () => {
    expect(todayUnitOf('old', successorOf)).toBe('tuy-phong');
    expect(todayUnitOf('la-da', successorOf)).toBe('la-da');
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

  it('adds up the figures of communes that merged, per metric and dimensions', () => {
    const sums = [
      { metric: 'hh_poor', communeId: 'phan-dung', dim1: 'em', dim2: '', value: 3 },
      { metric: 'hh_poor', communeId: 'phong-phu', dim1: 'em', dim2: '', value: 4 },
      { metric: 'hh_poor', communeId: 'phong-phu', dim1: 'other', dim2: '', value: 1 },
      { metric: 'hh_poor', communeId: 'la-da', dim1: 'em', dim2: '', value: 2 },
    ];
    expect(rebaseToToday(sums, successorOf)).toEqual([
      { metric: 'hh_poor', communeId: 'tuy-phong', dim1: 'em', dim2: '', value: 7 },
      { metric: 'hh_poor', communeId: 'tuy-phong', dim1: 'other', dim2: '', value: 1 },
      { metric: 'hh_poor', communeId: 'la-da', dim1: 'em', dim2: '', value: 2 },
    ]);
  });
});
