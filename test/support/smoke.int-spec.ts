import pg from 'pg';
import { createTestDatabase } from './database.js';

describe('test database', () => {
  it('is a real PostgreSQL that round-trips a jsonb value', async () => {
    const db = await createTestDatabase();
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const r = await c.query<{ v: { a: number } }>(`select '{"a": 41}'::jsonb || '{"a": 42}'::jsonb as v`);
    await c.end();
    await db.drop();
    expect(r.rows[0].v).toEqual({ a: 42 });
  });
});
