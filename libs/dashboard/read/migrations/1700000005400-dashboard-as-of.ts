import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * As-of dashboards that read only their side of the checkpoint (issue 16).
 *
 * The ledger's year index gets the log position as keys after the years, so the rows of a year
 * up to a checkpoint — or after it — are one range of the index instead of the whole year filtered
 * row by row. An as-of sum then reads the cheaper side: the rows up to the checkpoint, or today's
 * totals less the rows after it (ADR 0024). `stream_id` joins the covered columns for the as-of
 * list of poor households without a commitment.
 *
 * rm.dashboard_entities.code: a household's code kept beside its document, so that list sorts by
 * code without reading every poor household's whole document.
 */
export class DashboardAsOf1700000005400 implements MigrationInterface {
  name = 'DashboardAsOf1700000005400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`drop index rm.dashboard_facts_years`);
    await q.query(
      `create index dashboard_facts_years on rm.dashboard_facts(year_from, year_to, commit, position) include (metric, commune_id, dim1, dim2, value, stream_id)`,
    );
    await q.query(
      `alter table rm.dashboard_entities add column code text generated always as (doc->'household'->>'code') stored`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table rm.dashboard_entities drop column code`);
    await q.query(`drop index rm.dashboard_facts_years`);
    await q.query(
      `create index dashboard_facts_years on rm.dashboard_facts(year_from, year_to) include (metric, commune_id, dim1, dim2, value, commit, position)`,
    );
  }
}
