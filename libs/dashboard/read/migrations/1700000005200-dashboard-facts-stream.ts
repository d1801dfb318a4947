import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each ledger row names the stream whose event wrote it, so a figure lists the entities it is
 * made of (ADR 0018). Rows written before have none: an existing store needs
 * `npm run cli -- projections:rebuild` for their provenance (the figures are unchanged).
 */
export class DashboardFactsStream1700000005200 implements MigrationInterface {
  name = 'DashboardFactsStream1700000005200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table rm.dashboard_facts add column stream_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table rm.dashboard_facts drop column stream_id`);
  }
}
