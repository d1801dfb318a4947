import { buildFigures } from './figures.js';
import { limitationsText, reportTitle, resultsText } from './narrative.js';
import { compareFigures, flattenFigures, type FlatFigures } from './restatement.js';
import type { CorrectionReason, Pin, PreviousIssue, Report, ReportInput } from './report.types.js';

export interface ReportContext {
  readonly kind: 'annual' | 'review';
  readonly issuedAt: string;
  readonly pin: Pin;
  /** The last report issued for the same period, with its flat figures. */
  readonly previous: { issue: PreviousIssue; figures: FlatFigures } | null;
  /** Corrections recorded between the previous issue's position and this one. */
  readonly reasons: readonly CorrectionReason[];
  readonly lateEntries: number;
  /**
   * What the previous issue is compared with: by default this report's own figures (a re-issue of
   * the same period); for an annual report, the previous year's figures as they stand now.
   */
  readonly current?: FlatFigures;
  /** Annual reports: status, header, drafted sections, signer and recipients. */
  readonly document?: Pick<Report, 'status' | 'boundaries' | 'header' | 'sections' | 'signer' | 'recipients'>;
}

/**
 * The report and the flat figures to store with its issue. Restated figures are listed against
 * the last issue; the reasons are those recorded in between that touched the period, or all of
 * them when none can be tied to it (e.g. a correction that only moved a household figure).
 */
export function buildReport(input: ReportInput, ctx: ReportContext): { report: Report; figures: FlatFigures } {
  const figures = buildFigures(input);
  const flat = flattenFigures(figures);
  const changes = ctx.previous ? compareFigures(ctx.previous.figures, ctx.current ?? flat, input.communeNames) : [];
  const relevant = ctx.reasons.filter((r) => r.affectsPeriod);
  const reasons = changes.length ? (relevant.length ? relevant : [...ctx.reasons]) : [];
  const report: Report = {
    ...(ctx.document ?? {}),
    kind: ctx.kind,
    title: reportTitle(ctx.kind, input.period),
    period: input.period,
    issuedAt: ctx.issuedAt,
    issueNumber: ctx.kind === 'annual' ? 1 : (ctx.previous?.issue.issueNumber ?? 0) + 1,
    pinned: ctx.pin,
    figures,
    narrative: { results: resultsText(figures, input.period), limitations: limitationsText(figures) },
    restatement: {
      previous: ctx.previous?.issue ?? null,
      changes,
      reasons,
      lateEntries: changes.length ? ctx.lateEntries : 0,
    },
  };
  return { report, figures: flat };
}
