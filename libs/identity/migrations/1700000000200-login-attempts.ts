import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginAttempts1700000000200 implements MigrationInterface {
  name = 'LoginAttempts1700000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table app.login_attempts (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      username text not null,
      ip text,
      succeeded boolean not null,
      reason text)`);
    await q.query(`create index login_attempts_user on app.login_attempts(username, at)`);
    await q.query(`create index login_attempts_ip on app.login_attempts(ip, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table app.login_attempts`);
  }
}
