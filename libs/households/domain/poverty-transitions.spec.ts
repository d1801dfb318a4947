import { transitionBetween } from './poverty-transitions.js';
import type { Classification } from './poverty-standards/poverty-standard.types.js';

type Row = [Classification | null, Classification, boolean, string | null];

describe('transition table', () => {
  const rows: Row[] = [
    [null, 'poor', false, 'newly_poor'],
    [null, 'near_poor', false, 'became_near_poor'],
    [null, 'average_living', false, null],
    [null, 'not_poor', false, null],
    ['poor', 'poor', false, null],
    ['poor', 'near_poor', false, 'exited_poverty'],
    ['poor', 'average_living', false, 'exited_poverty'],
    ['poor', 'not_poor', false, 'exited_poverty'],
    ['near_poor', 'poor', false, 'newly_poor'],
    ['near_poor', 'poor', true, 'relapsed'],
    ['near_poor', 'near_poor', true, null],
    ['near_poor', 'average_living', false, 'exited_near_poverty'],
    ['near_poor', 'not_poor', true, 'exited_near_poverty'],
    ['average_living', 'poor', false, 'newly_poor'],
    ['average_living', 'poor', true, 'relapsed'],
    ['average_living', 'near_poor', false, 'became_near_poor'],
    ['average_living', 'not_poor', false, null],
    ['not_poor', 'poor', false, 'newly_poor'],
    ['not_poor', 'poor', true, 'relapsed'],
    ['not_poor', 'near_poor', true, 'became_near_poor'],
    ['not_poor', 'average_living', false, null],
  ];
  it.each(rows)('%s → %s (exited before: %s) = %s', (from, to, exited, expected) => {
    expect(transitionBetween(from, to, exited)).toBe(expected);
  });
});
