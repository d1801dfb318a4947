import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Twinning read models (schema rm, rebuilt from the log): pairing summaries, the activity log
 * (its per-pairing fold state, one row per activity, and each pairing's units over time, for
 * coverage by year), and the project board.
 */
export class Twinning1700000003000 implements MigrationInterface {
  name = 'Twinning1700000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table rm.pairings (
      id text primary key,
      doc jsonb not null,
      revision bigint not null,
      organization_id text not null,
      admin_unit_id text not null,
      status text not null,
      established_on date,
      ended_on date)`);
    await q.query(`create index pairings_unit on rm.pairings(admin_unit_id, status)`);
    await q.query(`create index pairings_organization on rm.pairings(organization_id, status)`);
    await q.query(
      `create table rm.pairing_activity_logs (id text primary key, doc jsonb not null, revision bigint not null)`,
    );
    await q.query(`create table rm.activities (
      pairing_id text not null,
      activity_id text not null,
      doc jsonb not null,
      organization_id text not null,
      admin_unit_id text not null,
      kind text not null,
      initiator text,
      occurred_on date,
      voided boolean not null,
      primary key (pairing_id, activity_id))`);
    await q.query(`create index activities_unit on rm.activities(admin_unit_id, occurred_on)`);
    await q.query(`create index activities_organization on rm.activities(organization_id, occurred_on)`);
    await q.query(`create index activities_occurred on rm.activities(occurred_on)`);
    await q.query(`create table rm.pairing_units (
      pairing_id text not null,
      seq int not null,
      admin_unit_id text not null,
      from_on date,
      to_on date,
      primary key (pairing_id, seq))`);
    await q.query(`create index pairing_units_unit on rm.pairing_units(admin_unit_id)`);
    await q.query(`create table rm.projects (
      id text primary key,
      doc jsonb not null,
      revision bigint not null,
      admin_unit_id text not null,
      pairing_id text,
      category text not null,
      status text not null)`);
    await q.query(`create index projects_unit on rm.projects(admin_unit_id, status)`);
    await q.query(`create index projects_status on rm.projects(status, category)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['projects', 'pairing_units', 'activities', 'pairing_activity_logs', 'pairings'])
      await q.query(`drop table rm.${t}`);
  }
}
