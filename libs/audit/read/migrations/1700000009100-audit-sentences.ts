import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail in business language (ADR 0018): each row gets its sentence (vi, en), a
 * diacritic-free search text and the event's hash; rm.audit_subjects keeps what each stream is
 * called now. Rows written before have none (their sentence is empty, the API shows the event
 * type instead): an existing store needs `npm run cli -- projections:rebuild`.
 */
export class AuditSentences1700000009100 implements MigrationInterface {
  name = 'AuditSentences1700000009100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table rm.audit_events add column title text not null default '', add column title_en text not null default '',
      add column search text not null default '', add column hash text, add column prev_hash text`);
    await q.query(
      `create table rm.audit_subjects (stream_id text primary key, subject jsonb not null, search text not null)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table rm.audit_subjects`);
    await q.query(
      `alter table rm.audit_events drop column title, drop column title_en, drop column search, drop column hash, drop column prev_hash`,
    );
  }
}
