import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The blind index of household heads (ADR 0020): keyed hashes only, no name in clear.
 * One checkpoint feeds every read model (ADR 0004): an existing store fills it with
 * `npm run cli -- projections:rebuild`.
 */
export class HouseholdSearch1700000004100 implements MigrationInterface {
  name = 'HouseholdSearch1700000004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table rm.household_search (
      household_id text not null,
      kind text not null,
      token text not null,
      primary key (kind, token, household_id))`);
    await q.query(`create index household_search_household on rm.household_search(household_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.household_search`);
  }
}
