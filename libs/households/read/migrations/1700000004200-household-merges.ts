import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A merged duplicate stays in the register (its page names the household it joined) but leaves the lists. */
export class HouseholdMerges1700000004200 implements MigrationInterface {
  name = 'HouseholdMerges1700000004200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table rm.household_register add column merged_into text`);
    await q.query(`create index household_register_merged_into on rm.household_register(merged_into)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table rm.household_register drop column merged_into`);
  }
}
