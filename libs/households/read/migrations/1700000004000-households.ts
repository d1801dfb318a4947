import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Households: per-household data keys (app-owned, never rebuilt: destroying a key is the
 * erasure) and the four read models (rm, rebuilt from the log).
 */
export class Households1700000004000 implements MigrationInterface {
  name = 'Households1700000004000';

  async up(q: QueryRunner): Promise<void> {
    // A destroyed key keeps its row as a tombstone (key null) so its id can never be reused.
    await q.query(`create table app.personal_data_keys (
      key_id text primary key,
      key bytea,
      created_at timestamptz not null default now(),
      destroyed_at timestamptz,
      check ((key is null) = (destroyed_at is not null)))`);
    await q.query(`create table rm.household_register (
      id text primary key,
      doc jsonb not null,
      revision bigint not null,
      code text not null,
      commune_id text not null,
      village_id text,
      status text not null,
      ethnic_minority boolean not null,
      open_commitments int not null,
      erased boolean not null)`);
    await q.query(`create index household_register_commune on rm.household_register(commune_id, status)`);
    await q.query(
      `create table rm.household_timeline (id text primary key, doc jsonb not null, revision bigint not null)`,
    );
    await q.query(`create table rm.commitment_households (
      household_id text primary key,
      code text not null,
      commune_id text not null,
      revision bigint not null)`);
    await q.query(`create table rm.commitment_tracker (
      id text primary key,
      doc jsonb not null,
      revision bigint not null,
      household_id text not null,
      commune_id text not null,
      sponsor_organization_id text,
      status text not null,
      due_on date not null)`);
    await q.query(`create index commitment_tracker_household on rm.commitment_tracker(household_id)`);
    await q.query(`create index commitment_tracker_commune on rm.commitment_tracker(commune_id, status)`);
    await q.query(`create table rm.poverty_households (
      household_id text primary key,
      commune_id text not null,
      ethnic_minority boolean not null,
      revision bigint not null)`);
    await q.query(`create table rm.poverty_assessments (
      household_id text not null,
      review_year int not null,
      commune_id text not null,
      ethnic_minority boolean not null,
      classification text not null,
      standard text not null,
      area text not null,
      income_per_capita_vnd bigint not null,
      deprivations text[] not null,
      assessed_on date not null,
      primary key (household_id, review_year))`);
    await q.query(`create index poverty_assessments_year on rm.poverty_assessments(review_year, commune_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'poverty_assessments',
      'poverty_households',
      'commitment_tracker',
      'commitment_households',
      'household_timeline',
      'household_register',
    ]) {
      await q.query(`drop table rm.${t}`);
    }
    await q.query(`drop table app.personal_data_keys`);
  }
}
