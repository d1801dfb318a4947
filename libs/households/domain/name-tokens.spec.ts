import { nameTokens, normaliseIdNumber, normaliseName } from './name-tokens.js';

describe('the blind index normaliser', () => {
  it('strips Vietnamese diacritics and lowercases: "Nguyễn Thị Ánh" → "nguyen thi anh"', () => {
    expect(normaliseName('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
  });

  it('turns đ/Đ into d and collapses spaces: "ĐINH văn  Hùng" → "dinh van hung"', () => {
    expect(normaliseName('ĐINH văn  Hùng')).toBe('dinh van hung');
    expect(normaliseName('  đinh\tVĂN hùng ')).toBe('dinh van hung');
  });

  it('treats precomposed and combining forms alike (NFC vs NFD input)', () => {
    const nfc = 'Trần Thị Ngọc Ánh'.normalize('NFC');
    const nfd = 'Trần Thị Ngọc Ánh'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(normaliseName(nfd)).toBe(normaliseName(nfc));
    expect(normaliseName(nfc)).toBe('tran thi ngoc anh');
  });

  it('keeps letters of every tone and vowel (ơ, ư, ă, â, ê, ô) as their base letter', () => {
    expect(normaliseName('Phạm Ưng Ơn Ắt Ấu Ễ Ổ')).toBe('pham ung on at au e o');
  });

  it('makes punctuation a separator', () => {
    expect(normaliseName('Lê-Văn.Tám')).toBe('le van tam');
  });

  it('gives the distinct tokens in order, none for a blank name', () => {
    expect(nameTokens('Nguyễn Thị Ánh')).toEqual(['nguyen', 'thi', 'anh']);
    expect(nameTokens('Nguyễn Nguyên An')).toEqual(['nguyen', 'an']);
    expect(nameTokens(' \t ')).toEqual([]);
  });

  it('normalises an ID number: spaces, dots and dashes do not count; empty is null', () => {
    expect(normaliseIdNumber('079 203-004.567')).toBe('079203004567');
    expect(normaliseIdNumber('b1234567')).toBe('B1234567');
    expect(normaliseIdNumber('  ')).toBeNull();
    expect(normaliseIdNumber(null)).toBeNull();
  });
});
