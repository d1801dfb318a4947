import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Automations1700000000100 implements MigrationInterface {
  name = 'Automations1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table app.automation_checkpoints (
      name text primary key,
      commit bigint not null,
      position bigint not null,
      updated_at timestamptz not null default now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table app.automation_checkpoints`);
  }
}
