import { BlindIndex } from './blind-index.js';

const head = (fullName: string, birthYear: number | null = 1980, idNumber: string | null = null) => ({
  fullName,
  birthYear,
  gender: null,
  idNumber,
});

describe('BlindIndex (keyed hashes of the head)', () => {
  const index = new BlindIndex(Buffer.alloc(32, 1));

  it('hashes the same name alike whatever its diacritics and case, and never stores the words', () => {
    const a = index.entries(head('Nguyễn Thị Ánh'));
    const b = index.entries(head('nguyen thi  anh'));
    expect(a).toEqual(b);
    expect(a.map((e) => e.kind)).toEqual(['name', 'name', 'name', 'name_year']);
    expect(JSON.stringify(a)).not.toMatch(/nguyen|thi|anh/i);
  });

  it('a query of some words matches the entries of those words', () => {
    const entries = index.entries(head('Đinh Văn Hùng')).map((e) => e.token);
    const query = index.nameQuery('dinh hung');
    expect(query).toHaveLength(2);
    for (const t of query) expect(entries).toContain(t);
    expect(entries).not.toContain(index.nameQuery('hung dinh van ha')[3]);
  });

  it('the full name with the birth year differs by year; no year, no such entry', () => {
    expect(index.nameYear('Lê Văn Tám', 1970).token).not.toBe(index.nameYear('Lê Văn Tám', 1971).token);
    expect(index.nameYear('Lê Văn Tám', 1970).token).toBe(index.nameYear('LE VAN TAM', 1970).token);
    expect(index.entries(head('Lê Văn Tám', null)).some((e) => e.kind === 'name_year')).toBe(false);
  });

  it('the ID number ignores separators; a word and an ID number never collide', () => {
    expect(index.idNumber('079 203 004 567')).toEqual(index.idNumber('079203004567'));
    expect(index.idNumber(null)).toBeNull();
    expect(index.idNumber('123')!.token).not.toBe(index.nameQuery('123')[0]);
  });

  it('another master key gives other hashes (the key is derived from it)', () => {
    const other = new BlindIndex(Buffer.alloc(32, 2));
    expect(other.nameQuery('anh')).not.toEqual(index.nameQuery('anh'));
    expect(() => new BlindIndex(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
