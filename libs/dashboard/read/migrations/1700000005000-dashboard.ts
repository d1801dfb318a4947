import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dashboard1700000005000 implements MigrationInterface {
  name = 'Dashboard1700000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table rm.dashboard_entities (key text primary key, doc jsonb, facts jsonb not null)`);
    await q.query(`create table rm.dashboard_facts (
      id bigint generated always as identity primary key,
      commit bigint not null,
      position bigint not null,
      metric text not null,
      commune_id text not null,
      year_from int not null,
      year_to int not null,
      dim1 text not null,
      dim2 text not null,
      value bigint not null)`);
    await q.query(
      `create index dashboard_facts_years on rm.dashboard_facts(year_from, year_to) include (metric, commune_id, dim1, dim2, value, commit, position)`,
    );
    await q.query(`create index dashboard_facts_commune on rm.dashboard_facts(commune_id, year_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.dashboard_facts`);
    await q.query(`drop table rm.dashboard_entities`);
  }
}
