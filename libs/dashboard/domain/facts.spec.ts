import { diffFacts, fact } from './facts.js';

describe('diffFacts', () => {
  it('emits the removal of what changed and the addition of what replaced it', () => {
    const before = [fact('activity', 'c1', 2015, 1, 'visit', '2'), fact('resource', 'c1', 2015, 500, 'state_budget')];
    const after = [fact('activity', 'c1', 2015, 1, 'gift', '2'), fact('resource', 'c1', 2015, 500, 'state_budget')];
    expect(diffFacts(before, after)).toEqual([
      fact('activity', 'c1', 2015, -1, 'visit', '2'),
      fact('activity', 'c1', 2015, 1, 'gift', '2'),
    ]);
  });

  it('merges equal facts and drops what cancels out', () => {
    expect(
      diffFacts([], [fact('resource', 'c1', 2015, 100, 'individual'), fact('resource', 'c1', 2015, 50, 'individual')]),
    ).toEqual([fact('resource', 'c1', 2015, 150, 'individual')]);
    expect(diffFacts([fact('target', 'c1', [2013, 9999])], [fact('target', 'c1', [2013, 9999])])).toEqual([]);
  });

  it('withdraws everything when an entity stops contributing (a void)', () => {
    expect(diffFacts([fact('activity', 'c1', 2015, 1, 'visit', '1')], [])).toEqual([
      fact('activity', 'c1', 2015, -1, 'visit', '1'),
    ]);
  });
});
