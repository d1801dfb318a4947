import { isIsoDate, quarterOf, vietnamDate } from './dates.js';

describe('business dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['20240101', false],
  ])('isIsoDate(%s) is %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('takes the calendar date in Vietnam, seven hours ahead of UTC', () => {
    expect(vietnamDate(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });

  it('puts dates in quarters', () => {
    expect([
      quarterOf('2015-01-01'),
      quarterOf('2015-04-30'),
      quarterOf('2015-09-30'),
      quarterOf('2015-12-31'),
    ]).toEqual([1, 2, 3, 4]);
  });
});
