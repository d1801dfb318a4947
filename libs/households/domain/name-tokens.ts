/**
 * How a head's name and ID number are normalised before they are hashed into the search index
 * (the blind index: only keyed hashes of these forms are stored, never the name). Two spellings
 * that a commune officer would call the same name give the same form: case, Vietnamese
 * diacritics (đ → d included) and spacing do not count.
 */

/** Lowercase, without diacritics, punctuation as space, single spaces: "ĐINH văn  Hùng" → "dinh van hung". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of the normalised name, in order. */
export function nameTokens(name: string): string[] {
  const form = normaliseName(name);
  return form ? [...new Set(form.split(' '))] : [];
}

/** An ID number (CCCD/CMND) without spaces, dots or dashes, upper-cased; null when nothing is left. */
export function normaliseIdNumber(idNumber: string | null | undefined): string | null {
  const form = (idNumber ?? '')
    .normalize('NFKC')
    .replace(/[\s.\-/]+/g, '')
    .toUpperCase();
  return form ? form : null;
}
