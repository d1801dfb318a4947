import { AuditEvents1700000009000 } from './read/migrations/1700000009000-audit-events.js';
import { AuditSentences1700000009100 } from './read/migrations/1700000009100-audit-sentences.js';
export { AuditModule } from './audit.module.js';
export type { EntityFold } from './read/stream-history/stream-history.query.js';
export { auditLogProjection } from './read/audit-log/audit-log.projection.js';
export { fieldDiff, type FieldChange } from './domain/field-diff.js';
export { SENTENCES, sentenceOf } from './domain/sentences.js';
export const AUDIT_MIGRATIONS = [AuditEvents1700000009000, AuditSentences1700000009100];
export { eventsAt, streamTitles } from './read/audit-trail/audit-lookups.js';
