import { ETHNIC_GROUPS } from './ethnic-groups.data.js';
import { findEthnicGroup, isMinorityGroup } from './ethnic-groups.js';

describe('the 54 ethnic groups', () => {
  it('lists 54 groups with distinct two-digit codes 01–54 and distinct names', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(ETHNIC_GROUPS.map((e) => e.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(ETHNIC_GROUPS.map((e) => e.nameVi)).size).toBe(54);
  });

  it.each([
    ['Raglai', '19', 'Ra Glai'],
    ['ra-glai', '19', 'Ra Glai'],
    ["K'Ho", '15', 'Cơ Ho'],
    ['Cơ-ho', '15', 'Cơ Ho'],
    ['Koho', '15', 'Cơ Ho'],
    ['Chơ Ro', '31', 'Chơ Ro'],
    ['Cho Ro', '31', 'Chơ Ro'],
    ['Chàm', '14', 'Chăm'],
    ['Hoa', '06', 'Hoa'],
    ['Hán', '06', 'Hoa'],
    [' kinh ', '01', 'Kinh'],
    ['Việt', '01', 'Kinh'],
    ["H'mông", '08', 'Mông'],
    ['Khơ me', '05', 'Khmer'],
    ['Ê-đê', '11', 'Ê Đê'],
  ])('normalises %s to %s %s', (input, code, nameVi) => {
    expect(findEthnicGroup(input)).toMatchObject({ code, nameVi });
  });

  it('names no group for an unknown or ambiguous spelling', () => {
    expect(findEthnicGroup('Klingon')).toBeUndefined();
    expect(findEthnicGroup('Xá Khao')).toBeUndefined();
  });

  it('counts every group but Kinh as an ethnic minority', () => {
    expect(ETHNIC_GROUPS.filter(isMinorityGroup)).toHaveLength(53);
  });
});
