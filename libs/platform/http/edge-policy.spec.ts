import { cleanInput } from './edge-policy.js';

const TODAY = '2026-11-30';
const codes = (value: unknown) => cleanInput(value, TODAY).errors.map((e) => `${e.field}:${e.code}`);

describe('the edge policy for text and dates', () => {
  it('refuses NUL and unpaired surrogates anywhere, naming the path', () => {
    expect(codes({ a: 'x\u0000', b: ['ok', '\ud800'], c: { d: '\udc00x' } })).toEqual([
      'a:text_contains_nul',
      'b[1]:text_unpaired_surrogate',
      'c.d:text_unpaired_surrogate',
    ]);
    expect(codes({ ['k\u0000']: 1 })).toEqual(['k\u0000:text_contains_nul']);
    expect(codes({ emoji: '𝔘 ✓' })).toEqual([]);
  });

  it('accepts calendar dates from 1900-01-01 to today + 10 years, alone or opening an instant', () => {
    expect(codes({ a: '1900-01-01', b: '2036-11-30', c: '2024-02-29', d: '2015-11-26T00:00:00Z' })).toEqual([]);
    expect(codes({ a: '1899-12-31', b: '2036-12-01', c: '0000-01-01', d: '99999-01-01' })).toEqual([
      'a:date_out_of_range',
      'b:date_out_of_range',
      'c:date_out_of_range',
      'd:date_out_of_range',
    ]);
    expect(codes({ a: '2023-02-30', b: '2023-02-30T00:00:00Z', c: '2023-13-01' })).toEqual([
      'a:date_not_in_calendar',
      'b:date_not_in_calendar',
      'c:date_not_in_calendar',
    ]);
    expect(codes({ free: 'họp ngày 2023-02-30 ở xã' })).toEqual([]);
  });

  it('normalises every text and key to NFC and leaves other values alone', () => {
    const nfd = 'Tiếng Việt'.normalize('NFD');
    expect(cleanInput({ [nfd]: nfd, n: -0, t: true, z: null }, TODAY).value).toEqual({
      ['Tiếng Việt']: 'Tiếng Việt',
      n: -0,
      t: true,
      z: null,
    });
  });
});
