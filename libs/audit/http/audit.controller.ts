import { Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { categoryOf, NotFound } from '@kn/shared';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@kn/event-store';
import { ApiTags } from '@nestjs/swagger';
import { oas, problem, ProblemException, QueryRoute } from '@kn/platform';
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

const { named$, obj, str, int, uuid, bool, instant, nullable, arrayOf, anyObject, described } = oas;
const AUDIT_EVENTS = named$(
  'AuditEvents',
  obj({
    items: arrayOf(obj({
      position: int, streamId: str, revision: int, type: str, recordedAt: instant,
      title: described('What happened, in Vietnamese, naming the subject as it was called then.', str), titleEn: str,
      actor: obj({ userId: nullable(uuid), username: nullable(str), role: nullable(str) }),
      commandName: nullable(str), correlationId: nullable(str), causationId: nullable(str), reason: nullable(str), hash: nullable(str), prevHash: nullable(str),
    })),
    next: described('Pass as `after` for the next page; null at the end.', nullable(str)),
  }),
);
const STREAM_HISTORY = named$(
  'StreamHistory',
  obj({
    streamId: str,
    events: arrayOf(obj({
      revision: int, position: int, type: str, recordedAt: instant, data: anyObject, metadata: anyObject, hash: nullable(str), prevHash: nullable(str),
      changes: described('Field changes of the entity this event made (null when the category is not folded).', nullable(arrayOf(anyObject))),
    })),
  }),
);
const VERIFICATION = named$('LogVerification', obj({ ok: bool, checked: int, headHash: nullable(str), firstBroken: nullable(anyObject) }));
const REJECTED = named$(
  'RejectedCommands',
  oas.pageOf(obj({ id: int, at: instant, username: nullable(str), role: nullable(str), method: str, path: str, commandName: nullable(str), status: int, code: str, detail: str, correlationId: nullable(str) })),
);

@Controller('api/audit')
@ApiTags('Audit')
@Roles(...AUDIT_ROLES)
export class AuditController {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENTITY_FOLDS) private readonly folds: Readonly<Record<string, EntityFold>>,
  ) {}

  /** The trail, newest first unless asked, as sentences; `format=csv|xlsx` exports every event the filter finds (up to 100,000). */
  @Get('events')
  @QueryRoute('The audit trail in business language, newest first; CSV or XLSX export', AUDIT_EVENTS, { alsoAs: ['text/csv', EXPORT_TYPES.xlsx] })
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
  @QueryRoute('One stream\'s events with the field changes each made', STREAM_HISTORY, { problems: [404] })
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
  @QueryRoute('Seal and verify the hash chain of the log', VERIFICATION)
  async verify(): Promise<unknown> {
    await this.store.seal();
    const r = await this.store.verify();
    return { ok: r.ok, checked: r.checked, headHash: r.headHash, firstBroken: r.firstBroken };
  }

  @Get('rejected-commands')
  @QueryRoute('Refused commands, newest first', REJECTED)
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

