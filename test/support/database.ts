import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { withDatabase } from '../../libs/platform/database/embedded/embedded-postgres.js';

/**
 * A fresh database on the run's PostgreSQL for one test file. Dropped by `drop()`.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'kn'): Promise<TestDatabase> {
  const server = process.env.KN_TEST_SERVER_URL;
  if (!server) throw new Error('KN_TEST_SERVER_URL is not set: run the tests through jest (globalSetup)');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(server, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
