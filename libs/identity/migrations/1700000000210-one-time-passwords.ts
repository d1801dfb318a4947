import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A reset or CLI-made password is one-time: one sign-in, then the user must choose their own (issue 12). */
export class OneTimePasswords1700000000210 implements MigrationInterface {
  name = 'OneTimePasswords1700000000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table app.users add column must_change_password boolean not null default false`);
    await q.query(`alter table app.users add column one_time_password_used_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table app.users drop column one_time_password_used_at`);
    await q.query(`alter table app.users drop column must_change_password`);
  }
}
