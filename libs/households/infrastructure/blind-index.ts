import { createHmac, hkdfSync } from 'node:crypto';
import { nameTokens, normaliseIdNumber, normaliseName } from '../domain/name-tokens.js';
import type { PersonalData } from '../domain/personal-data.js';

/** What a blind-index entry stands for: a word of the name, the full name with the birth year, the ID number. */
export type BlindKind = 'name' | 'name_year' | 'id';

export interface BlindEntry {
  readonly kind: BlindKind;
  readonly token: string;
}

/** The HKDF label: a distinct key for the index, derived from the personal-data master key (ADR 0020). */
const LABEL = 'kn-household-blind-index:v1';

/**
 * Keyed hashes (HMAC-SHA256) of a head's normalised name words, full name with birth year and ID
 * number. The key is derived from the personal-data master key and lives only in memory: the
 * index table holds hashes that open nothing, and a guess can be checked only with the key.
 */
export class BlindIndex {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('the personal-data master key must be 32 bytes');
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), LABEL, 32));
  }

  private hash(kind: BlindKind, form: string): string {
    return createHmac('sha256', this.key).update(`${kind}\u0000${form}`, 'utf8').digest('base64url');
  }

  /** Every entry of a head: one per distinct word, the full name with the birth year (when known), the ID number. */
  entries(head: PersonalData): BlindEntry[] {
    const out: BlindEntry[] = nameTokens(head.fullName).map((t) => ({ kind: 'name', token: this.hash('name', t) }));
    const full = normaliseName(head.fullName);
    if (full && head.birthYear !== null) out.push(this.nameYear(full, head.birthYear));
    const id = this.idNumber(head.idNumber);
    if (id) out.push(id);
    return out;
  }

  /** The entries a search for these words must all match (none for a blank query). */
  nameQuery(words: string): string[] {
    return nameTokens(words).map((t) => this.hash('name', t));
  }

  nameYear(fullName: string, birthYear: number): BlindEntry {
    return { kind: 'name_year', token: this.hash('name_year', `${normaliseName(fullName)}\u0000${birthYear}`) };
  }

  idNumber(idNumber: string | null): BlindEntry | null {
    const form = normaliseIdNumber(idNumber);
    return form ? { kind: 'id', token: this.hash('id', form) } : null;
  }
}
