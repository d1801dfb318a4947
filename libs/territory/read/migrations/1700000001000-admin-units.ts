import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminUnits1700000001000 implements MigrationInterface {
  name = 'AdminUnits1700000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table rm.admin_units (
      id text primary key,
      doc jsonb not null,
      revision bigint not null,
      kind text not null,
      kind_rank int not null,
      name text not null,
      parent_id text,
      status text not null,
      classifications text[] not null,
      established_on date not null,
      ended_on date)`);
    await q.query(`create index admin_units_parent on rm.admin_units(parent_id)`);
    await q.query(`create index admin_units_kind_status on rm.admin_units(kind, status)`);
    await q.query(`create index admin_units_classifications on rm.admin_units using gin(classifications)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.admin_units`);
  }
}
