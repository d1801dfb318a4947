import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded/embedded-postgres.js';
import { effectiveDataDir } from './embedded/data-dir.js';

/**
 * Schemas: `event_store` (the log, owned by the event-store adapter), `app` (users, sessions,
 * idempotency, rejected commands, personal-data keys) and `rm` (read models and their
 * checkpoints). Read-model entities carry no schema: they resolve through the search path,
 * which is how a rebuild writes into `rm_next` beside the live `rm` (ADR 0004).
 */
export const SEARCH_PATH = 'app,rm,public';

export interface DatabaseHandle {
  readonly url: string;
  readonly embedded: EmbeddedPostgresHandle | null;
  /** Where the data lives (the embedded cluster, the personal-data key file). */
  readonly dataDir: string;
}

export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null, dataDir: config.dataDir };
  const dataDir = effectiveDataDir(config.dataDir, config.dataDirChosen, log);
  log(`starting embedded PostgreSQL under ${dataDir}`);
  const embedded = await startEmbeddedPostgres({ dataDir, log });
  return { url: embedded.url, embedded, dataDir };
}

type Entities = NonNullable<DataSourceOptions['entities']>;
type Migrations = NonNullable<DataSourceOptions['migrations']>;

export function createDataSource(url: string, entities: Entities, migrations: Migrations, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    // Fail fast when the server is gone (503) instead of queueing requests behind a dead pool.
    extra: {
      options: `-c search_path=${SEARCH_PATH}`,
      max: poolSize,
      connectionTimeoutMillis: 3000,
      statement_timeout: 30_000,
    },
    // An idle pooled connection dropped by the server (restart, shutdown) is simply replaced.
    poolErrorHandler: () => undefined,
  });
}
