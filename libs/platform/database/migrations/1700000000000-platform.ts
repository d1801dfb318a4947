import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Platform1700000000000 implements MigrationInterface {
  name = 'Platform1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create schema if not exists app`);
    await q.query(`create schema if not exists rm`);
    await q.query(`create table app.users (
      id uuid primary key,
      username text not null unique,
      display_name text not null,
      password_hash text not null,
      role text not null,
      organization_id uuid,
      commune_id uuid,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now())`);
    await q.query(`create table app.sessions (
      token_hash text primary key,
      user_id uuid not null references app.users(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz)`);
    await q.query(`create index sessions_user on app.sessions(user_id)`);
    await q.query(`create table app.idempotency_keys (
      user_id uuid not null,
      key text not null,
      request_hash text not null,
      status int,
      body jsonb,
      etag text,
      created_at timestamptz not null default now(),
      primary key (user_id, key))`);
    await q.query(`create table app.rejected_commands (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      user_id uuid,
      username text,
      role text,
      method text not null,
      path text not null,
      command_name text,
      status int not null,
      code text not null,
      detail text not null,
      correlation_id text)`);
    await q.query(`create index rejected_commands_at on app.rejected_commands(at)`);
    await q.query(`create table rm.projection_checkpoints (
      name text primary key,
      commit bigint not null,
      position bigint not null,
      updated_at timestamptz not null default now())`);
    await q.query(`create table rm.parked_events (
      projection text not null,
      position bigint not null,
      event_type text not null,
      error text not null,
      parked_at timestamptz not null default now(),
      primary key (projection, position))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop schema if exists rm cascade`);
    await q.query(`drop schema if exists app cascade`);
  }
}
