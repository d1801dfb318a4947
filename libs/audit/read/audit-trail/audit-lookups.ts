import type { DataSource } from 'typeorm';
import { subjectLabel, type Subject } from '../../domain/subjects.js';

/** What each stream is called now, in both languages (households by code), for lists that name entities. */
export async function streamTitles(
  db: DataSource,
  streamIds: readonly string[],
): Promise<Map<string, { vi: string; en: string }>> {
  if (!streamIds.length) return new Map();
  const rows: { stream_id: string; subject: Subject }[] = await db.query(
    `select stream_id, subject from audit_subjects where stream_id = any($1)`,
    [streamIds],
  );
  return new Map(
    rows.map((r) => [r.stream_id, { vi: subjectLabel(r.subject, 'vi'), en: subjectLabel(r.subject, 'en') }]),
  );
}

/** Type, time and sentence of the events at these positions. */
export async function eventsAt(
  db: DataSource,
  positions: readonly number[],
): Promise<Map<number, { type: string; recordedAt: Date; title: string }>> {
  if (!positions.length) return new Map();
  const rows: { position: string; type: string; recorded_at: Date; title: string }[] = await db.query(
    `select position, type, recorded_at, title from audit_events where position = any($1::bigint[])`,
    [positions],
  );
  return new Map(
    rows.map((r) => [Number(r.position), { type: r.type, recordedAt: r.recorded_at, title: r.title || r.type }]),
  );
}
