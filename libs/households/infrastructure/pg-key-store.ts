import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { newDataKey, PersonalDataErasedError, type KeyStore } from './personal-data-vault.js';

interface KeyRow {
  key: Buffer | null;
  destroyed_at: Date | null;
}

/**
 * Per-household data keys in `app.personal_data_keys` (outside the event log and outside the
 * rebuildable read models). A destroyed key leaves a tombstone row, so the id is never re-keyed.
 * Each key is stored wrapped (AES-256-GCM) under a master key that never enters the database
 * (PERSONAL_DATA_KEY, or a key file under DATA_DIR): a dump of the database alone opens nothing.
 */
export class PgKeyStore implements KeyStore {
  constructor(
    /** The DataSource, or a projection's transaction (the search index opens heads inside its batch). */
    private readonly db: Pick<DataSource | EntityManager, 'query'>,
    private readonly masterKey: Buffer,
  ) {
    if (masterKey.length !== 32) throw new Error('the personal-data master key must be 32 bytes');
  }

  async get(keyId: string): Promise<Buffer | null> {
    const rows: KeyRow[] = await this.db.query(
      `select key, destroyed_at from app.personal_data_keys where key_id = $1`,
      [keyId],
    );
    return rows[0]?.key ? this.unwrap(keyId, rows[0].key) : null;
  }

  /** The keys that exist among these ids (destroyed and unknown ones are absent), in one query. */
  async getMany(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    const rows: { key_id: string; key: Buffer | null }[] = keyIds.length
      ? await this.db.query(`select key_id, key from app.personal_data_keys where key_id = any($1)`, [keyIds])
      : [];
    return new Map(rows.flatMap((r) => (r.key ? [[r.key_id, this.unwrap(r.key_id, r.key)] as const] : [])));
  }

  async create(keyId: string): Promise<Buffer> {
    await this.db.query(
      `insert into app.personal_data_keys (key_id, key) values ($1, $2) on conflict (key_id) do nothing`,
      [keyId, this.wrap(keyId, newDataKey())],
    );
    const rows: KeyRow[] = await this.db.query(
      `select key, destroyed_at from app.personal_data_keys where key_id = $1`,
      [keyId],
    );
    const row = rows[0];
    if (!row?.key) throw new PersonalDataErasedError(keyId);
    return this.unwrap(keyId, row.key);
  }

  /** Stores keys made elsewhere (a bulk import), wrapped as `create` wraps them; ids already present keep theirs. */
  async storeMany(keys: ReadonlyMap<string, Buffer>): Promise<void> {
    const entries = [...keys];
    for (let i = 0; i < entries.length; i += 5000) {
      const chunk = entries.slice(i, i + 5000);
      await this.db.query(
        `insert into app.personal_data_keys (key_id, key) select * from unnest($1::text[], $2::bytea[]) on conflict (key_id) do nothing`,
        [chunk.map(([id]) => id), chunk.map(([id, key]) => this.wrap(id, key))],
      );
    }
  }

  private wrap(keyId: string, key: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.masterKey, iv).setAAD(Buffer.from(keyId));
    const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  private unwrap(keyId: string, wrapped: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.masterKey, wrapped.subarray(0, 12)).setAAD(
      Buffer.from(keyId),
    );
    decipher.setAuthTag(wrapped.subarray(12, 28));
    return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
  }

  async destroy(keyId: string): Promise<void> {
    await this.db.query(
      `insert into app.personal_data_keys (key_id, key, destroyed_at) values ($1, null, now())
       on conflict (key_id) do update set key = null, destroyed_at = coalesce(app.personal_data_keys.destroyed_at, now())`,
      [keyId],
    );
  }

  /** Forgets a key that sealed nothing that was kept (its registration was refused): no tombstone needed. */
  async discardUnused(keyId: string): Promise<void> {
    await this.db.query(`delete from app.personal_data_keys where key_id = $1 and destroyed_at is null`, [keyId]);
  }
}
