import type { DataSource } from 'typeorm';
import { newDataKey, PersonalDataErasedError, type KeyStore } from './personal-data-vault.js';

interface KeyRow { key: Buffer | null; destroyed_at: Date | null }

/**
 * Per-household data keys in `app.personal_data_keys` (outside the event log and outside the
 * rebuildable read models). A destroyed key leaves a tombstone row, so the id is never re-keyed.
 * Keys are stored as given; wrapping them under a master key from config is a later step.
 */
export class PgKeyStore implements KeyStore {
  constructor(private readonly db: DataSource) {}

  async get(keyId: string): Promise<Buffer | null> {
    const rows: KeyRow[] = await this.db.query(`select key, destroyed_at from app.personal_data_keys where key_id = $1`, [keyId]);
    return rows[0]?.key ?? null;
  }

  async create(keyId: string): Promise<Buffer> {
    await this.db.query(`insert into app.personal_data_keys (key_id, key) values ($1, $2) on conflict (key_id) do nothing`, [keyId, newDataKey()]);
    const rows: KeyRow[] = await this.db.query(`select key, destroyed_at from app.personal_data_keys where key_id = $1`, [keyId]);
    const row = rows[0];
    if (!row?.key) throw new PersonalDataErasedError(keyId);
    return row.key;
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
