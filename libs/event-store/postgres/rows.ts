import type { EventMetadata, LogCheckpoint, RecordedEvent } from '../event-store.port.js';

/** An `events` row as node-postgres returns it (bigint and xid8 arrive as strings). */
export interface EventRow {
  position: string;
  tx_id: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
  prev_hash: string | null;
  hash: string;
}

/**
 * node-postgres has no parser for xid8, so `tx_id` arrives as a decimal string without a cast.
 * Never select `tx_id::text as tx_id`: an `order by tx_id` would then sort the text output
 * column, and '999' > '1000' (a subscriber skipped events that way once xids reached 1000).
 */
export const EVENT_COLUMNS =
  'position, tx_id, event_id, stream_id, revision, type, data, metadata, recorded_at, prev_hash, hash';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  const position = Number(row.position);
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position,
    checkpoint: { commit: Number(row.tx_id), position },
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function toCheckpoint(row: { tx_id: string; position: string }): LogCheckpoint {
  return { commit: Number(row.tx_id), position: Number(row.position) };
}

/** `tx_id < xmin` of the statement's own snapshot: every smaller transaction has ended. */
export const SETTLED = 'tx_id < pg_snapshot_xmin(pg_current_snapshot())';
export const UNSETTLED = 'tx_id >= pg_snapshot_xmin(pg_current_snapshot())';
