import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PersonalData, SealedPersonalData } from '../domain/personal-data.js';

/**
 * Per-household data keys, stored outside the event log (the PostgreSQL key table lives with
 * the wiring). Destroying a key is what erases a household's personal data: the sealed values
 * stay in the hash-chained log, unreadable forever.
 */
export interface KeyStore {
  /** The key, or null when none exists or it was destroyed. */
  get(keyId: string): Promise<Buffer | null>;
  /**
   * Stores and returns a fresh 32-byte key (see `newDataKey`); returns the existing key if one
   * is already there (two seals racing). Must throw `PersonalDataErasedError` for a destroyed
   * key id — keep a tombstone — so erased data can never be re-sealed under a new key.
   */
  create(keyId: string): Promise<Buffer>;
  /** Destroys the key and leaves a tombstone. Idempotent. */
  destroy(keyId: string): Promise<void>;
}

export class PersonalDataErasedError extends Error {
  constructor(readonly keyId: string) {
    super(`personal data under key ${keyId} was erased`);
    this.name = 'PersonalDataErasedError';
  }
}

export class PersonalDataTamperedError extends Error {
  constructor(readonly keyId: string) {
    super(`sealed personal data under key ${keyId} is malformed or was altered`);
    this.name = 'PersonalDataTamperedError';
  }
}

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Binds a ciphertext to its format and household: moved to another household it fails to open. */
const aad = (keyId: string) => Buffer.from(`kn-personal-data:${VERSION}:${keyId}`, 'utf8');

function isPersonalData(value: unknown): value is PersonalData {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['fullName'] === 'string' &&
    (v['birthYear'] === null || typeof v['birthYear'] === 'number') &&
    (v['gender'] === null || typeof v['gender'] === 'string') &&
    (v['idNumber'] === null || typeof v['idNumber'] === 'string')
  );
}

/** AES-256-GCM under a per-household key; the household id is the key id. */
export class PersonalDataVault {
  constructor(private readonly keys: KeyStore) {}

  async seal(householdId: string, data: PersonalData): Promise<SealedPersonalData> {
    const key = (await this.keys.get(householdId)) ?? (await this.keys.create(householdId));
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(aad(householdId));
    const plain = JSON.stringify({
      fullName: data.fullName,
      birthYear: data.birthYear,
      gender: data.gender,
      idNumber: data.idNumber,
    });
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
    return { keyId: householdId, ciphertext: [VERSION, ...parts].join('.') };
  }

  async open(sealed: SealedPersonalData): Promise<PersonalData | 'erased'> {
    const [version, iv, tag, body, ...rest] = sealed.ciphertext.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined || rest.length > 0)
      throw new PersonalDataTamperedError(sealed.keyId);
    const key = await this.keys.get(sealed.keyId);
    if (!key) return 'erased';
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(aad(sealed.keyId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      const data: unknown = JSON.parse(plain);
      if (isPersonalData(data)) return data;
    } catch {
      // An authentication failure and a garbled plaintext mean the same thing to the caller.
    }
    throw new PersonalDataTamperedError(sealed.keyId);
  }

  async erase(householdId: string): Promise<void> {
    await this.keys.destroy(householdId);
  }
}
