import { randomUUID } from 'node:crypto';
import { loadConfig, openInfrastructure, type Infrastructure } from '@kn/platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { Households1700000004000 } from '../read/migrations/1700000004000-households.js';
import { PersonalDataVault, PersonalDataErasedError } from './personal-data-vault.js';
import { PgKeyStore } from './pg-key-store.js';

describe('PgKeyStore (real PostgreSQL)', () => {
  let db: TestDatabase;
  let infra: Infrastructure;
  let keys: PgKeyStore;
  beforeAll(async () => {
    db = await createTestDatabase('keys');
    infra = await openInfrastructure(
      loadConfig({
        DATABASE_URL: db.url,
        LOG_LEVEL: 'error',
        PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
      }),
      [Households1700000004000],
      () => undefined,
    );
    keys = new PgKeyStore(infra.dataSource, infra.personalDataKey);
  });
  afterAll(async () => {
    await infra?.close();
    await db?.drop();
  });

  it('creates a key once: concurrent creates return the same key', async () => {
    const id = randomUUID();
    const [a, b] = await Promise.all([keys.create(id), keys.create(id)]);
    expect(a.length).toBe(32);
    expect(b.equals(a)).toBe(true);
    expect((await keys.get(id))?.equals(a)).toBe(true);
  });

  it('destroys a key and keeps a tombstone: the id can never be keyed again', async () => {
    const vault = new PersonalDataVault(keys);
    const id = randomUUID();
    const sealed = await vault.seal(id, {
      fullName: 'Pinăng Thị Ly',
      birthYear: 1990,
      gender: 'female',
      idNumber: null,
    });
    await vault.erase(id);
    await vault.erase(id);
    expect(await keys.get(id)).toBeNull();
    expect(await vault.open(sealed)).toBe('erased');
    await expect(keys.create(id)).rejects.toBeInstanceOf(PersonalDataErasedError);
    await expect(
      vault.seal(id, { fullName: 'X', birthYear: null, gender: null, idNumber: null }),
    ).rejects.toBeInstanceOf(PersonalDataErasedError);
    const rows = await infra.dataSource.query(
      `select key, destroyed_at from app.personal_data_keys where key_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ key: null, destroyed_at: expect.any(Date) }]);
  });

  it('discards an unused key without a tombstone, but never a destroyed one', async () => {
    const unused = randomUUID();
    await keys.create(unused);
    await keys.discardUnused(unused);
    expect(await infra.dataSource.query(`select 1 from app.personal_data_keys where key_id = $1`, [unused])).toEqual(
      [],
    );
    const destroyed = randomUUID();
    await keys.destroy(destroyed);
    await keys.discardUnused(destroyed);
    await expect(keys.create(destroyed)).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('stores keys only wrapped under the master key: the database alone opens nothing', async () => {
    const key = await keys.create('wrapped-1');
    const [row] = await infra.dataSource.query(`select key from app.personal_data_keys where key_id = 'wrapped-1'`);
    expect(Buffer.compare(row.key, key)).not.toBe(0);
    expect(row.key.includes(key)).toBe(false);
    const otherMaster = new PgKeyStore(infra.dataSource, Buffer.alloc(32, 9));
    await expect(otherMaster.get('wrapped-1')).rejects.toThrow();
    expect(await keys.get('wrapped-1')).toEqual(key);
  });
});
