import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1700000009000 implements MigrationInterface {
  name = 'AuditEvents1700000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table rm.audit_events (
      position bigint primary key,
      commit bigint not null,
      stream_id text not null,
      category text not null,
      revision bigint not null,
      type text not null,
      actor_user_id text,
      actor_username text,
      actor_role text,
      command_name text,
      correlation_id text,
      causation_id text,
      reason text,
      recorded_at timestamptz not null)`);
    await q.query(`create index audit_events_order on rm.audit_events(commit, position)`);
    await q.query(`create index audit_events_stream on rm.audit_events(stream_id, revision)`);
    await q.query(`create index audit_events_actor on rm.audit_events(actor_username, commit, position)`);
    await q.query(`create index audit_events_type on rm.audit_events(type, commit, position)`);
    await q.query(`create index audit_events_recorded on rm.audit_events(recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.audit_events`);
  }
}
