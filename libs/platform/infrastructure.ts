import type { DataSource } from 'typeorm';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createEventStoreFromUrl, PostgresEventStore, type EventStore } from '@kn/event-store';
import type { AppConfig } from './config/config.js';
import { createDataSource, openDatabase, type DatabaseHandle } from './database/database.js';
import { Platform1700000000000 } from './database/migrations/1700000000000-platform.js';
import { Automations1700000000100 } from './database/migrations/1700000000100-automations.js';

/**
 * The process's connections, opened before Nest starts so that start-up order is explicit:
 * database (embedded or DATABASE_URL) → event store schema → read-model migrations.
 */
export interface Infrastructure {
  readonly config: AppConfig;
  readonly database: DatabaseHandle;
  readonly dataSource: DataSource;
  readonly store: EventStore;
  /** Wraps the per-household personal-data keys; never stored in the database. */
  readonly personalDataKey: Buffer;
  close(): Promise<void>;
}

export async function openInfrastructure(
  config: AppConfig,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: Function[],
  log: (line: string) => void,
): Promise<Infrastructure> {
  const database = await openDatabase(config, log);
  try {
    return await connect(config, database, migrations, log);
  } catch (e) {
    // Whatever failed after the embedded server started, it must not be left holding DATA_DIR.
    await database.embedded?.stop();
    throw e;
  }
}

async function connect(
  config: AppConfig,
  database: DatabaseHandle,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: Function[],
  log: (line: string) => void,
): Promise<Infrastructure> {
  const pool = new pg.Pool({
    connectionString: database.url,
    max: 10,
    connectionTimeoutMillis: 3000,
    statement_timeout: 30_000,
  });
  pool.on('error', () => undefined); // an idle connection dropped by the server is replaced on next use
  // The log lives in EventStoreDB when EVENTSTORE_URL is set; read models stay in PostgreSQL.
  let store: EventStore;
  if (config.eventStoreUrl) {
    log('event log: EventStoreDB');
    store = await createEventStoreFromUrl(config.eventStoreUrl);
  } else {
    const pgStore = await PostgresEventStore.create({ connectionString: database.url, pool });
    await pgStore.migrate();
    store = pgStore;
  }
  const dataSource = createDataSource(
    database.url,
    [],
    [Platform1700000000000, Automations1700000000100, ...migrations],
  );
  await dataSource.initialize();
  // Before TypeORM looks for its migrations table: with `app` in place from the first start, the
  // table is created in and found in `app` (the first schema of the search path) every time.
  await dataSource.query('create schema if not exists app; create schema if not exists rm');
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
  const personalDataKey = config.personalDataKey ?? masterKeyFile(database.dataDir, log);
  return {
    config,
    database,
    personalDataKey,
    dataSource,
    store,
    async close() {
      await store.close();
      await pool.end();
      await dataSource.destroy();
      if (database.embedded) {
        log('stopping embedded PostgreSQL');
        await database.embedded.stop();
      }
    },
  };
}

/** Without PERSONAL_DATA_KEY: one random key, made on first start and kept beside the data (mode 600). */
function masterKeyFile(dataDir: string, log: (line: string) => void): Buffer {
  const file = join(resolve(dataDir), 'personal-data.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  log(
    `created the personal-data master key ${file} — back it up with the database; set PERSONAL_DATA_KEY in production`,
  );
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
