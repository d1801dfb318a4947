import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboard reads that cost what a year holds, not the whole ledger (issue 16).
 *
 * Facts spanning years (targets, pairings) get their own partial indexes, so a year's sums read
 * that year's single-year rows by equality plus the few spanning rows — before, `year_from <= Y`
 * walked every earlier year's rows too.
 *
 * rm.dashboard_marks / rm.dashboard_mark_sums: every so many ledger rows, the trend's sums (poor,
 * near-poor, activities, resources per year and commune) of all rows up to that row. An as-of
 * trend reads the last mark at or before its checkpoint plus the rows after it, instead of the
 * whole ledger up to the checkpoint. The dashboard projection takes the marks (from the first
 * batch it applies after this migration in an existing store).
 *
 * rm.dashboard_poor_households: one row per household and year it was reviewed poor, with its
 * code, the commune of that review and the date of its first commitment for the year ('' when
 * none) — the same as its `hh_poor` fact. The dashboard's list of poor households without a
 * commitment reads the first 100 by code through (year, code) instead of every household's
 * document (issue 16: that list cost the whole register per request). Filled here from the
 * ledger; the dashboard projection keeps it.
 */
export class DashboardScale1700000005300 implements MigrationInterface {
  name = 'DashboardScale1700000005300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `create index dashboard_facts_spans on rm.dashboard_facts(year_from, year_to) include (metric, commune_id, dim1, dim2, value, commit, position) where year_from <> year_to`,
    );
    await q.query(
      `create index dashboard_totals_spans on rm.dashboard_totals(year_from, year_to) include (metric, commune_id, dim1, dim2, value) where year_from <> year_to`,
    );
    await q.query(
      `create table rm.dashboard_marks (mark bigint primary key, commit bigint not null, position bigint not null)`,
    );
    await q.query(`create table rm.dashboard_mark_sums (
      mark bigint not null,
      year int not null,
      metric text not null,
      commune_id text not null,
      value bigint not null,
      primary key (mark, year, metric, commune_id))`);
    await q.query(`create table rm.dashboard_poor_households (
      key text not null,
      year int not null,
      code text not null,
      commune_id text not null,
      first_commitment text not null,
      primary key (key, year))`);
    await q.query(
      `create index dashboard_poor_households_year on rm.dashboard_poor_households(year, code collate "C")`,
    );
    await q.query(`insert into rm.dashboard_poor_households (key, year, code, commune_id, first_commitment)
      select f.stream_id, f.year_from, min(e.doc->'household'->>'code'), min(f.commune_id), min(f.dim2)
        from rm.dashboard_facts f join rm.dashboard_entities e on e.key = f.stream_id
       where f.metric = 'hh_poor' and e.doc->'household'->>'code' is not null
       group by f.stream_id, f.year_from, f.commune_id, f.dim2 having sum(f.value) > 0
      on conflict do nothing`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.dashboard_poor_households`);
    await q.query(`drop table rm.dashboard_mark_sums`);
    await q.query(`drop table rm.dashboard_marks`);
    await q.query(`drop index rm.dashboard_totals_spans`);
    await q.query(`drop index rm.dashboard_facts_spans`);
  }
}
