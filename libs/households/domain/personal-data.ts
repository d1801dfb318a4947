/**
 * The head of household's personal fields. The domain never sees them in clear: it carries a
 * `SealedPersonalData` produced by the personal-data vault (infrastructure) under a
 * per-household key kept outside the event log, so erasing the key erases the data while the
 * hash-chained log stays intact.
 */
export interface PersonalData {
  readonly fullName: string;
  readonly birthYear: number | null;
  readonly gender: 'male' | 'female' | 'other' | null;
  readonly idNumber: string | null;
}

export interface SealedPersonalData {
  readonly keyId: string;
  readonly ciphertext: string;
}
