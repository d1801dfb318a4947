import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm.dashboard_totals: the fact ledger summed per group (metric, commune, years, dimensions) —
 * what the live dashboard reads, so that it costs the number of groups, not the length of the
 * ledger (which grows with every change ever recorded). Filled from the ledger once here.
 */
export class DashboardTotals1700000005100 implements MigrationInterface {
  name = 'DashboardTotals1700000005100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table rm.dashboard_totals (
      metric text not null,
      commune_id text not null,
      year_from int not null,
      year_to int not null,
      dim1 text not null,
      dim2 text not null,
      value bigint not null,
      primary key (metric, commune_id, year_from, year_to, dim1, dim2))`);
    await q.query(`create index dashboard_totals_years on rm.dashboard_totals(year_from, year_to)`);
    await q.query(`insert into rm.dashboard_totals select metric, commune_id, year_from, year_to, dim1, dim2, sum(value)
      from rm.dashboard_facts group by metric, commune_id, year_from, year_to, dim1, dim2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.dashboard_totals`);
  }
}
