import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1700000002000 implements MigrationInterface {
  name = 'Organizations1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `create table rm.organizations (id text primary key, doc jsonb not null, revision bigint not null, name text not null, kind text not null, status text not null)`,
    );
    await q.query(`create index organizations_kind on rm.organizations(kind, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.organizations`);
  }
}
