import { ETHNIC_GROUPS, MAJORITY_GROUP_CODE, type EthnicGroup } from './ethnic-groups.data.js';

/** Case, spaces, hyphens and apostrophes do not tell spellings apart. */
const key = (s: string): string =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s\-'’ʼ‘()]/g, '');
/** Diacritics neither, as a second chance (`Cho Ro`, `Ra Glai`), when that is still unambiguous. */
const bare = (s: string): string =>
  key(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

function index(of: (s: string) => string): Map<string, EthnicGroup | null> {
  const out = new Map<string, EthnicGroup | null>();
  for (const group of ETHNIC_GROUPS) {
    for (const name of [group.nameVi, ...group.variants]) {
      const k = of(name);
      const seen = out.get(k);
      // A spelling two groups share identifies neither (e.g. "Xá Khao", "Lao").
      out.set(k, seen === undefined || seen === group ? group : null);
    }
  }
  return out;
}

const EXACT = index(key);
const LOOSE = index(bare);

/** The official group an input names, or undefined when it names none (or is ambiguous). */
export function findEthnicGroup(input: string): EthnicGroup | undefined {
  return EXACT.get(key(input)) ?? LOOSE.get(bare(input)) ?? undefined;
}

export function isMinorityGroup(group: EthnicGroup): boolean {
  return group.code !== MAJORITY_GROUP_CODE;
}

export function listEthnicGroups(): readonly EthnicGroup[] {
  return ETHNIC_GROUPS;
}
