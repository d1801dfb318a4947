import { fieldDiff } from './field-diff.js';

describe('fieldDiff', () => {
  it('names each changed leaf by its path', () => {
    expect(
      fieldDiff(
        { name: 'A', status: 'active', c: [{ s: 'open' }] },
        { name: 'B', status: 'active', c: [{ s: 'fulfilled' }] },
      ),
    ).toEqual([
      { path: 'c.0.s', before: 'open', after: 'fulfilled' },
      { path: 'name', before: 'A', after: 'B' },
    ]);
  });

  it('reports added and removed fields and array items', () => {
    expect(fieldDiff({ a: 1, list: [1] }, { b: 2, list: [1, 2] })).toEqual([
      { path: 'a', before: 1, after: null },
      { path: 'b', before: null, after: 2 },
      { path: 'list.1', before: null, after: 2 },
    ]);
  });

  it('treats a first version as a change from nothing', () => {
    expect(fieldDiff(null, { a: 1 })).toEqual([{ path: '(root)', before: null, after: { a: 1 } }]);
  });

  it('finds nothing between equal documents', () => {
    expect(fieldDiff({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
