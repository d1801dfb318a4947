import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * app.issued_reports: every annual report and review (sơ kết) issued, with the log position and
 * the audit chain's head hash it was computed at and its flat figures — what the next report of
 * the same period compares with to show what was restated. In `app`, not `rm`: a rebuild of the
 * read models must not forget what was issued.
 */
export class Reports1700000008000 implements MigrationInterface {
  name = 'Reports1700000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table app.issued_reports (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('annual', 'review')),
      year_from int not null,
      year int not null,
      issue_number int not null,
      commit bigint not null,
      position bigint not null,
      head_hash text,
      chain_ok boolean not null,
      figures jsonb not null,
      issued_at timestamptz not null,
      issued_by text,
      unique (kind, year_from, year, issue_number))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table app.issued_reports`);
  }
}
