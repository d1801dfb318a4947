import type { DataSource } from 'typeorm';
import { searchText } from '../../domain/search-text.js';

export interface AuditFilter {
  readonly q?: string;
  readonly order?: 'asc' | 'desc';
  readonly streamId?: string;
  /** A stream id, or the bare id of an entity (any stream category). */
  readonly entityId?: string;
  readonly actor?: string;
  readonly type?: string;
  readonly from?: string;
  readonly to?: string;
  readonly after?: string;
}

export interface AuditItem {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: Date;
  readonly title: string;
  readonly titleEn: string;
  readonly actor: { readonly userId: string | null; readonly username: string | null; readonly role: string | null };
  readonly commandName: string | null;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly reason: string | null;
  readonly hash: string | null;
  readonly prevHash: string | null;
}

/** SQL conditions for a filter; `q` matches the subject as called then or as called now, without diacritics. */
function conditions(f: AuditFilter): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...v: unknown[]) => {
    let i = 0;
    where.push(sql.replace(/\?/g, () => `$${params.push(v[i++])}`));
  };
  if (f.streamId) add('a.stream_id = ?', f.streamId);
  if (f.entityId)
    add(
      f.entityId.includes('-') && !/^[0-9a-f]{8}-/.test(f.entityId)
        ? 'a.stream_id = ?'
        : `substr(a.stream_id, strpos(a.stream_id, '-') + 1) = ?`,
      f.entityId,
    );
  if (f.actor) add('a.actor_username = ?', f.actor);
  if (f.type) add('a.type = ?', f.type);
  if (f.from) add('a.recorded_at >= ?', f.from);
  if (f.to) add('a.recorded_at <= ?', f.to);
  const q = searchText(f.q);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add('(a.search like ? or a.stream_id in (select stream_id from audit_subjects where search like ?))', like, like);
  }
  if (f.after) {
    const [commit, position] = f.after.split(':').map(Number);
    add(`(a.commit, a.position) ${f.order === 'asc' ? '>' : '<'} (?, ?)`, commit, position);
  }
  return { where: where.length ? `where ${where.join(' and ')}` : '', params };
}

/** One page of the trail in the filter's order (newest first unless asked), and the cursor of the next. */
export async function auditPage(
  db: DataSource,
  f: AuditFilter,
  limit: number,
): Promise<{ items: AuditItem[]; next: string | null }> {
  const { where, params } = conditions(f);
  const dir = f.order === 'asc' ? 'asc' : 'desc';
  const rows: Record<string, unknown>[] = await db.query(
    `select a.* from audit_events a ${where} order by a.commit ${dir}, a.position ${dir} limit ${limit + 1}`,
    params,
  );
  const last = rows.length > limit ? rows[limit - 1] : null;
  return { items: rows.slice(0, limit).map(toItem), next: last ? `${last.commit}:${last.position}` : null };
}

function toItem(r: Record<string, unknown>): AuditItem {
  const type = String(r.type);
  return {
    position: Number(r.position),
    streamId: String(r.stream_id),
    revision: Number(r.revision),
    type,
    recordedAt: r.recorded_at as Date,
    // Rows projected before sentences existed have none until a rebuild: the type stands in.
    title: (r.title as string) || type,
    titleEn: (r.title_en as string) || type,
    actor: {
      userId: r.actor_user_id as string | null,
      username: r.actor_username as string | null,
      role: r.actor_role as string | null,
    },
    commandName: r.command_name as string | null,
    correlationId: r.correlation_id as string | null,
    causationId: r.causation_id as string | null,
    reason: r.reason as string | null,
    hash: r.hash as string | null,
    prevHash: r.prev_hash as string | null,
  };
}
