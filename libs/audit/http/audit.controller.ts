import { Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { categoryOf, NotFound } from '@kn/shared';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@kn/event-store';
import { problem, ProblemException } from '@kn/platform';
import { Roles } from '@kn/identity';
import { fieldDiff } from '../domain/field-diff.js';
import { AuditEventsQuery, RejectedCommandsQuery } from './audit.dto.js';
import { auditPage, type AuditFilter, type AuditItem } from '../read/audit-trail/audit-trail.query.js';
import { auditCsv, auditXlsx } from '../read/audit-trail/audit-export.js';

const EXPORT_MAX = 100_000;
const EXPORT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Folds an entity's read document from its events, per stream category, for the diffs. */
export type EntityFold = (doc: unknown, event: RecordedEvent) => unknown;
export const ENTITY_FOLDS = Symbol('ENTITY_FOLDS');

const AUDIT_ROLES = ['auditor', 'admin', 'supervisor'] as const;

@Controller('api/audit')
@Roles(...AUDIT_ROLES)
export class AuditController {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENTITY_FOLDS) private readonly folds: Readonly<Record<string, EntityFold>>,
  ) {}

  /** The trail, newest first unless asked, as sentences; `format=csv|xlsx` exports every event the filter finds (up to 100,000). */
  @Get('events')
  async events(@Query() q: AuditEventsQuery, @Res({ passthrough: true }) res: Response): Promise<{ items: AuditItem[]; next: string | null } | StreamableFile> {
    const format = q.format ?? 'json';
    if (format === 'json') return auditPage(this.db, q, q.limit ?? 50);
    const items: AuditItem[] = [];
    for (let f: AuditFilter = { ...q, after: undefined }; items.length < EXPORT_MAX;) {
      const page = await auditPage(this.db, f, 5000);
      items.push(...page.items);
      if (!page.next) break;
      f = { ...f, after: page.next };
    }
    const body = format === 'csv' ? auditCsv(items) : await auditXlsx(items);
    res.setHeader('X-Total-Count', String(items.length));
    return new StreamableFile(body, { type: EXPORT_TYPES[format], disposition: `attachment; filename="nhat-ky-kiem-toan.${format}"` });
  }

  @Get('streams/:streamId')
  async stream(@Param('streamId') streamId: string): Promise<unknown> {
    if (!/^[a-z]+-[0-9a-f-]{36}$/.test(streamId)) {
      throw new ProblemException(problem(400, 'invalid_stream_id', 'streamId must look like <category>-<uuid>', { errors: [{ field: 'streamId', code: 'matches', message: 'streamId must look like <category>-<uuid>' }] }));
    }
    const events = await this.store.readStream(streamId);
    if (!events.length) throw new NotFound('stream', streamId);
    const category = categoryOf(streamId);
    const fold = Object.hasOwn(this.folds, category) ? this.folds[category] : null;
    let doc: unknown = null;
    return {
      streamId,
      events: events.map((e) => {
        const before = doc;
        doc = fold ? fold(doc, e) : null;
        return {
          revision: e.revision, position: e.position, type: e.type, recordedAt: e.recordedAt, data: e.data,
          metadata: e.metadata, hash: e.hash, prevHash: e.prevHash,
          changes: fold === null ? null : fieldDiff(before, doc),
        };
      }),
    };
  }

  @Get('verify')
  async verify(): Promise<unknown> {
    await this.store.seal();
    const r = await this.store.verify();
    return { ok: r.ok, checked: r.checked, headHash: r.headHash, firstBroken: r.firstBroken };
  }

  @Get('rejected-commands')
  async rejected(@Query() q: RejectedCommandsQuery): Promise<{ items: unknown[]; total: number }> {
    const [{ n }] = await this.db.query(`select count(*)::int as n from app.rejected_commands`);
    const items = await this.db.query(
      `select id, at, username, role, method, path, command_name as "commandName", status, code, detail, correlation_id as "correlationId"
       from app.rejected_commands order by id desc limit $1 offset $2`,
      [q.limit ?? 50, q.offset ?? 0],
    );
    return { items, total: n };
  }
}

