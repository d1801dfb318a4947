import {
  newDataKey,
  PersonalDataErasedError,
  PersonalDataTamperedError,
  PersonalDataVault,
  type KeyStore,
} from './personal-data-vault.js';
import type { PersonalData } from '../domain/personal-data.js';

/** Unit-test double only; production keys live in PostgreSQL. */
class InMemoryKeyStore implements KeyStore {
  readonly keys = new Map<string, Buffer | 'destroyed'>();
  async get(keyId: string) {
    const k = this.keys.get(keyId);
    return k instanceof Buffer ? k : null;
  }
  async create(keyId: string) {
    const k = this.keys.get(keyId);
    if (k === 'destroyed') throw new PersonalDataErasedError(keyId);
    if (k) return k;
    const key = newDataKey();
    this.keys.set(keyId, key);
    return key;
  }
  async destroy(keyId: string) {
    this.keys.set(keyId, 'destroyed');
  }
}

const HEAD: PersonalData = { fullName: 'Pi Năng Thị Hoa', birthYear: 1978, gender: 'female', idNumber: '058178000123' };

function setup() {
  const store = new InMemoryKeyStore();
  return { store, vault: new PersonalDataVault(store) };
}

describe('PersonalDataVault', () => {
  it('round-trips personal data without it appearing in the sealed value', async () => {
    const { vault } = setup();
    const sealed = await vault.seal('hh-1', HEAD);
    expect(sealed.keyId).toBe('hh-1');
    expect(sealed.ciphertext).not.toContain('Hoa');
    expect(sealed.ciphertext).not.toContain('058178000123');
    expect(await vault.open(sealed)).toEqual(HEAD);
  });

  it('seals each household under its own key, and twice with different ciphertexts', async () => {
    const { vault, store } = setup();
    const a = await vault.seal('hh-1', HEAD);
    const b = await vault.seal('hh-1', HEAD);
    await vault.seal('hh-2', HEAD);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(store.keys.size).toBe(2);
    expect(await vault.open(b)).toEqual(HEAD);
  });

  it('opens to "erased" once the household key is destroyed, leaving other households readable', async () => {
    const { vault } = setup();
    const one = await vault.seal('hh-1', HEAD);
    const two = await vault.seal('hh-2', HEAD);
    await vault.erase('hh-1');
    expect(await vault.open(one)).toBe('erased');
    expect(await vault.open(two)).toEqual(HEAD);
  });

  it('refuses to seal again for an erased household', async () => {
    const { vault } = setup();
    await vault.seal('hh-1', HEAD);
    await vault.erase('hh-1');
    await expect(vault.seal('hh-1', HEAD)).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('rejects a tampered ciphertext', async () => {
    const { vault } = setup();
    const sealed = await vault.seal('hh-1', HEAD);
    const [v, iv, tag, body] = sealed.ciphertext.split('.') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = flipped[0]! ^ 0x01;
    const tampered = { ...sealed, ciphertext: [v, iv, tag, flipped.toString('base64url')].join('.') };
    await expect(vault.open(tampered)).rejects.toBeInstanceOf(PersonalDataTamperedError);
  });

  it('rejects a ciphertext moved to another household and a malformed one', async () => {
    const { vault } = setup();
    const sealed = await vault.seal('hh-1', HEAD);
    await vault.seal('hh-2', HEAD);
    await expect(vault.open({ keyId: 'hh-2', ciphertext: sealed.ciphertext })).rejects.toBeInstanceOf(
      PersonalDataTamperedError,
    );
    await expect(vault.open({ keyId: 'hh-1', ciphertext: 'v1.onlytwo' })).rejects.toBeInstanceOf(
      PersonalDataTamperedError,
    );
  });
});
