import type { Projection } from '@kn/platform';

/**
 * rm.audit_events: one row per event with who, what and when — the searchable index of the
 * audit trail. Data stays in the log (read it per stream); personal data is never copied here.
 */
export const auditLogProjection: Projection = {
  name: 'audit_log',
  async apply(events, tx) {
    if (!events.length) return;
    const cols = ['position', 'commit', 'stream_id', 'category', 'revision', 'type', 'actor_user_id', 'actor_username', 'actor_role', 'command_name', 'correlation_id', 'causation_id', 'reason', 'recorded_at'];
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      const m = e.metadata ?? ({} as typeof e.metadata);
      values.push(
        e.position, e.checkpoint.commit, e.streamId, e.streamId.split('-')[0], e.revision, e.type,
        m.actor?.userId ?? null, m.actor?.username ?? null, m.actor?.role ?? null, m.commandName ?? null,
        m.correlationId ?? null, m.causationId ?? null, typeof m.reason === 'string' ? m.reason : null, e.recordedAt,
      );
      return `(${cols.map((_, j) => `$${i * cols.length + j + 1}`).join(', ')})`;
    });
    await tx.query(`insert into audit_events (${cols.join(', ')}) values ${rows.join(', ')} on conflict (position) do nothing`, values);
  },
};
