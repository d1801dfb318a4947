import { exitOutcomes, sustainableExits, type ReviewResult } from './sustainable-exits.js';
import { commitmentStatus } from './commitment-status.js';

const reviews = (...cs: ReviewResult['classification'][]): ReviewResult[] =>
  cs.map((classification, i) => ({ reviewYear: 2016 + i, classification }));

describe('sustainable exits', () => {
  it('an exit followed by two non-poor reviews is sustained', () => {
    expect(sustainableExits(reviews('poor', 'near_poor', 'near_poor', 'not_poor'))).toEqual([2017]);
  });
  it('is pending until two later reviews exist', () => {
    expect(exitOutcomes(reviews('poor', 'not_poor'))).toEqual([{ exitYear: 2017, outcome: 'pending' }]);
    expect(exitOutcomes(reviews('poor', 'not_poor', 'not_poor'))).toEqual([{ exitYear: 2017, outcome: 'pending' }]);
    expect(sustainableExits(reviews('poor', 'not_poor', 'not_poor'))).toEqual([]);
  });
  it('a relapse within the next two reviews is not sustained, even before the second exists', () => {
    expect(exitOutcomes(reviews('poor', 'not_poor', 'poor'))).toEqual([{ exitYear: 2017, outcome: 'relapsed' }]);
    expect(exitOutcomes(reviews('poor', 'not_poor', 'near_poor', 'poor'))).toEqual([
      { exitYear: 2017, outcome: 'relapsed' },
    ]);
  });
  it('a relapse after the two reviews does not undo a sustained exit; each exit is judged on its own', () => {
    const history = reviews('poor', 'not_poor', 'not_poor', 'not_poor', 'poor', 'near_poor', 'not_poor', 'not_poor');
    expect(exitOutcomes(history)).toEqual([
      { exitYear: 2017, outcome: 'sustained' },
      { exitYear: 2021, outcome: 'sustained' },
    ]);
  });
  it('never-poor households have no exits', () =>
    expect(exitOutcomes(reviews('near_poor', 'not_poor', 'not_poor'))).toEqual([]));
});

describe('commitmentStatus', () => {
  it.each([
    ['open', '2023-06-30', 'open'],
    ['open', '2023-07-01', 'overdue'],
    ['fulfilled', '2024-01-01', 'fulfilled'],
    ['cancelled', '2024-01-01', 'cancelled'],
  ] as const)('%s on %s is %s (due 2023-06-30)', (status, today, expected) => {
    expect(commitmentStatus({ status, dueOn: '2023-06-30' }, today)).toBe(expected);
  });
});
