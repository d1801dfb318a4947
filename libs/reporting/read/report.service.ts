import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@kn/shared';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { ProjectionRunner } from '@kn/platform';
import { buildReport } from '../domain/report.js';
import type { Period, Report } from '../domain/report.types.js';
import { correctionsBetween, lastIssues, recordIssue, type ReportKind } from './issued-reports.js';
import { pinned } from './pin.js';
import { loadReportInput } from './report-data.js';

/**
 * Issues a report: pinned to the log and the audit chain, compared with the last issue of the
 * same period, and recorded. Asking again with nothing appended returns the same issue.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  async issue(kind: ReportKind, period: Period, issuedBy: string | null): Promise<{ report: Report; issuedAt: Date }> {
    const now = new Date();
    const { pin, data: input } = await pinned(this.store, this.runner, (upTo) =>
      loadReportInput(this.db, period, upTo, vietnamDate(now)),
    );
    const issues = await lastIssues(this.db, kind, period);
    const same = issues[0] !== undefined && issues[0].commit === pin.commit && issues[0].position === pin.position;
    const previous = (same ? issues[1] : issues[0]) ?? null;
    const corrections = previous
      ? await correctionsBetween(this.db, previous, pin, period)
      : { reasons: [], lateEntries: 0 };
    const issuedAt = same ? new Date(issues[0]!.issuedAt) : now;
    const { report, figures } = buildReport(input, {
      kind,
      issuedAt: issuedAt.toISOString(),
      pin,
      previous: previous ? { issue: previous, figures: previous.figures } : null,
      ...corrections,
    });
    if (!same) await recordIssue(this.db, kind, period, report.issueNumber, pin, figures, issuedAt, issuedBy);
    return { report, issuedAt };
  }
}
