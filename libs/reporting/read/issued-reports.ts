import type { DataSource } from 'typeorm';
import type { LogCheckpoint } from '@kn/event-store';
import { EVENT_TYPE_LABELS, labelOf } from '../domain/report.labels.js';
import type { FlatFigures } from '../domain/restatement.js';
import type { CorrectionReason, Period, Pin, PreviousIssue } from '../domain/report.types.js';

export type ReportKind = 'annual' | 'review';
export interface Issue extends PreviousIssue {
  readonly commit: number;
  readonly figures: FlatFigures;
}

interface IssueRow {
  issue_number: number;
  issued_at: Date;
  commit: string;
  position: string;
  head_hash: string | null;
  figures: FlatFigures;
}
const toIssue = (r: IssueRow): Issue => ({
  issueNumber: r.issue_number,
  issuedAt: new Date(r.issued_at).toISOString(),
  commit: Number(r.commit),
  position: Number(r.position),
  headHash: r.head_hash,
  figures: r.figures,
});

/** The last two issues of a period, newest first. */
export async function lastIssues(db: DataSource, kind: ReportKind, p: Period): Promise<Issue[]> {
  const rows: IssueRow[] = await db.query(
    `select issue_number, issued_at, commit, position, head_hash, figures from app.issued_reports
     where kind = $1 and year_from = $2 and year = $3 order by issue_number desc limit 2`,
    [kind, p.from, p.to],
  );
  return rows.map(toIssue);
}

/** Records an issue; a concurrent issue of the same number wins and this one is not stored twice. */
export async function recordIssue(
  db: DataSource,
  kind: ReportKind,
  p: Period,
  issueNumber: number,
  pin: Pin,
  figures: FlatFigures,
  issuedAt: Date,
  issuedBy: string | null,
): Promise<void> {
  await db.query(
    `insert into app.issued_reports (kind, year_from, year, issue_number, commit, position, head_hash, chain_ok, figures, issued_at, issued_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (kind, year_from, year, issue_number) do nothing`,
    [
      kind,
      p.from,
      p.to,
      issueNumber,
      pin.commit,
      pin.position,
      pin.headHash,
      pin.chainVerified,
      JSON.stringify(figures),
      issuedAt,
      issuedBy,
    ],
  );
}

/**
 * Corrections recorded after `after` up to `upTo` (rm.audit_events): voids, corrections and any
 * event that carries a reason. `affectsPeriod` when the event changed the period's ledger
 * figures. `lateEntries` counts the other events (no reason) that changed them.
 */
export async function correctionsBetween(
  db: DataSource,
  after: LogCheckpoint,
  upTo: LogCheckpoint,
  p: Period,
): Promise<{ reasons: CorrectionReason[]; lateEntries: number }> {
  const range = `(a.commit, a.position) > ($1, $2) and (a.commit, a.position) <= ($3, $4)`;
  const touches = `exists (select 1 from dashboard_facts f where f.position = a.position and f.year_from <= $6 and f.year_to >= $5)`;
  const params = [after.commit, after.position, upTo.commit, upTo.position, p.from, p.to];
  const rows: {
    position: string;
    type: string;
    reason: string | null;
    recorded_at: Date;
    stream_id: string;
    actor_username: string | null;
    affects: boolean;
  }[] = await db.query(
    `select a.position, a.type, a.reason, a.recorded_at, a.stream_id, a.actor_username, ${touches} as affects
     from audit_events a where ${range} and (a.reason is not null or a.type in ('ActivityRecordCorrected', 'ActivityRecordVoided'))
     order by a.commit, a.position`,
    params,
  );
  const [{ n }] = await db.query(
    `select count(*)::int as n from audit_events a where ${range} and a.reason is null and a.type not in ('ActivityRecordCorrected', 'ActivityRecordVoided') and ${touches}`,
    params,
  );
  return {
    reasons: rows.map((r) => ({
      position: Number(r.position),
      type: r.type,
      typeLabel: labelOf(EVENT_TYPE_LABELS, r.type),
      reason: r.reason,
      recordedAt: new Date(r.recorded_at).toISOString(),
      streamId: r.stream_id,
      actor: r.actor_username,
      affectsPeriod: r.affects,
    })),
    lateEntries: n,
  };
}
