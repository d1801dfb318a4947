import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { categoryOf, NotFound } from '@kn/shared';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@kn/event-store';
import { problem, ProblemException } from '@kn/platform';
import { Roles } from '@kn/identity';
import { fieldDiff } from '../domain/field-diff.js';
import { AuditEventsQuery, RejectedCommandsQuery } from './audit.dto.js';

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

  @Get('events')
  async events(@Query() q: AuditEventsQuery): Promise<{ items: unknown[]; next: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (q.streamId) add('stream_id = ?', q.streamId);
    if (q.actor) add('actor_username = ?', q.actor);
    if (q.type) add('type = ?', q.type);
    if (q.from) add('recorded_at >= ?', q.from);
    if (q.to) add('recorded_at <= ?', q.to);
    if (q.after) {
      const [commit, position] = q.after.split(':').map(Number);
      params.push(commit, position);
      where.push(`(commit, position) > ($${params.length - 1}, $${params.length})`);
    }
    const limit = q.limit ?? 50;
    const rows: Record<string, unknown>[] = await this.db.query(
      `select * from audit_events ${where.length ? `where ${where.join(' and ')}` : ''} order by commit, position limit ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit).map(toItem);
    const last = rows.length > limit ? rows[limit - 1] : null;
    return { items: page, next: last ? `${last.commit}:${last.position}` : null };
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

function toItem(r: Record<string, unknown>): unknown {
  return {
    position: Number(r.position), streamId: r.stream_id, revision: Number(r.revision), type: r.type, recordedAt: r.recorded_at,
    actor: { userId: r.actor_user_id, username: r.actor_username, role: r.actor_role },
    commandName: r.command_name, correlationId: r.correlation_id, causationId: r.causation_id, reason: r.reason,
  };
}
