import { Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { ApiTags } from '@nestjs/swagger';
import { oas, problem, ProblemException, QueryRoute } from '@kn/platform';
import { Roles } from '@kn/identity';
import { AuditEventsQuery, RejectedCommandsQuery } from './audit.dto.js';
import type { AuditItem } from '../read/audit-trail/audit-trail.query.js';
import { auditCsv, auditXlsx } from '../read/audit-trail/audit-export.js';
import { AuditTrailExportQuery, AuditTrailQuery } from '../read/audit-trail/audit-trail.bus.js';
import { RefusedCommandsQuery } from '../read/refused-commands/refused-commands.query.js';
import { StreamHistoryQuery, type StreamHistory } from '../read/stream-history/stream-history.query.js';
const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export { ENTITY_FOLDS, type EntityFold } from '../read/stream-history/stream-history.query.js';

const AUDIT_ROLES = ['auditor', 'admin', 'supervisor'] as const;

const { named$, obj, str, int, uuid, bool, instant, nullable, arrayOf, anyObject, described } = oas;
const AUDIT_EVENTS = named$(
  'AuditEvents',
  obj({
    items: arrayOf(
      obj({
        position: int,
        streamId: str,
        revision: int,
        type: str,
        recordedAt: instant,
        title: described('What happened, in Vietnamese, naming the subject as it was called then.', str),
        titleEn: str,
        actor: obj({ userId: nullable(uuid), username: nullable(str), role: nullable(str) }),
        commandName: nullable(str),
        correlationId: nullable(str),
        causationId: nullable(str),
        reason: nullable(str),
        hash: nullable(str),
        prevHash: nullable(str),
      }),
    ),
    next: described('Pass as `after` for the next page; null at the end.', nullable(str)),
  }),
);
const STREAM_HISTORY = named$(
  'StreamHistory',
  obj({
    streamId: str,
    events: arrayOf(
      obj({
        revision: int,
        position: int,
        type: str,
        recordedAt: instant,
        data: anyObject,
        metadata: anyObject,
        hash: nullable(str),
        prevHash: nullable(str),
        changes: described(
          'Field changes of the entity this event made (null when the category is not folded).',
          nullable(arrayOf(anyObject)),
        ),
      }),
    ),
  }),
);
const VERIFICATION = named$(
  'LogVerification',
  obj({ ok: bool, checked: int, headHash: nullable(str), firstBroken: nullable(anyObject) }),
);
const REJECTED = named$(
  'RejectedCommands',
  oas.pageOf(
    obj({
      id: int,
      at: instant,
      username: nullable(str),
      role: nullable(str),
      method: str,
      path: str,
      commandName: nullable(str),
      status: int,
      code: str,
      detail: str,
      correlationId: nullable(str),
    }),
  ),
);

@Controller('api/audit')
@ApiTags('Audit')
@Roles(...AUDIT_ROLES)
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The trail, newest first unless asked, as sentences; `format=csv|xlsx` exports every event the filter finds (up to 100,000). */
  @Get('events')
  @QueryRoute('The audit trail in business language, newest first; CSV or XLSX export', AUDIT_EVENTS, {
    alsoAs: ['text/csv', EXPORT_TYPES.xlsx],
  })
  async events(
    @Query() q: AuditEventsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ items: AuditItem[]; next: string | null } | StreamableFile> {
    const format = q.format ?? 'json';
    if (format === 'json') return this.queries.execute(new AuditTrailQuery(q, q.limit ?? 50));
    const items = await this.queries.execute(new AuditTrailExportQuery(q));
    const body = format === 'csv' ? auditCsv(items) : await auditXlsx(items);
    res.setHeader('X-Total-Count', String(items.length));
    return new StreamableFile(body, {
      type: EXPORT_TYPES[format],
      disposition: `attachment; filename="nhat-ky-kiem-toan.${format}"`,
    });
  }

  @Get('streams/:streamId')
  @QueryRoute("One stream's events with the field changes each made", STREAM_HISTORY, { problems: [404] })
  stream(@Param('streamId') streamId: string): Promise<StreamHistory> {
    if (!/^[a-z]+-[0-9a-f-]{36}$/.test(streamId)) {
      throw new ProblemException(
        problem(400, 'invalid_stream_id', 'streamId must look like <category>-<uuid>', {
          errors: [{ field: 'streamId', code: 'matches', message: 'streamId must look like <category>-<uuid>' }],
        }),
      );
    }
    return this.queries.execute(new StreamHistoryQuery(streamId));
  }

  /** Operational, not a domain read: seals the chain's tail, then verifies it. */
  @Get('verify')
  @QueryRoute('Seal and verify the hash chain of the log', VERIFICATION)
  async verify(): Promise<unknown> {
    await this.store.seal();
    const r = await this.store.verify();
    return { ok: r.ok, checked: r.checked, headHash: r.headHash, firstBroken: r.firstBroken };
  }

  @Get('rejected-commands')
  @QueryRoute('Refused commands, newest first', REJECTED)
  rejected(@Query() q: RejectedCommandsQuery): Promise<{ items: unknown[]; total: number }> {
    return this.queries.execute(new RefusedCommandsQuery(q.limit ?? 50, q.offset ?? 0));
  }
}
