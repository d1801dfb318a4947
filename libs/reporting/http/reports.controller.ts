import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { vietnamDate, type Actor } from '@kn/shared';
import { problem, ProblemException, type FieldError } from '@kn/platform';
import { CurrentActor, Roles } from '@kn/identity';
import { reportDocument } from '../domain/document.js';
import type { Period, Report } from '../domain/report.types.js';
import { renderPdf } from '../render/pdf.js';
import { renderXlsx } from '../render/xlsx.js';
import { ReportService } from '../read/report.service.js';
import { AnnualReportQuery, LONGEST_REVIEW_YEARS, ReviewReportQuery, type Format } from './reports.query.js';

const CONTENT_TYPES: Record<Exclude<Format, 'json'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function rejectIf(errors: FieldError[]): void {
  if (errors.length) throw new ProblemException(problem(400, 'validation_failed', errors.map((e) => e.message).join('; '), { errors }));
}

/**
 * GET /api/reports/annual and /api/reports/review (sơ kết): the program's report in Vietnamese,
 * as data, a workbook or a printable PDF — all three from the same issued report.
 */
@Controller('api/reports')
@Roles('supervisor', 'admin', 'auditor')
export class ReportsController {
  constructor(private readonly reports: ReportService) {}

  @Get('annual')
  async annual(@Query() q: AnnualReportQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<Report | StreamableFile> {
    const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
    rejectIf(q.year > thisYear ? [{ field: 'year', code: 'max', message: `year must not be after ${thisYear}` }] : []);
    return this.send('annual', { from: q.year, to: q.year }, q.format ?? 'json', actor, res);
  }

  @Get('review')
  async review(@Query() q: ReviewReportQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<Report | StreamableFile> {
    const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
    const errors: FieldError[] = [];
    if (q.to > thisYear) errors.push({ field: 'to', code: 'max', message: `to must not be after ${thisYear}` });
    if (q.from > q.to) errors.push({ field: 'from', code: 'order', message: 'from must not be after to' });
    else if (q.to - q.from + 1 > LONGEST_REVIEW_YEARS) errors.push({ field: 'to', code: 'span', message: `a review covers at most ${LONGEST_REVIEW_YEARS} years` });
    rejectIf(errors);
    return this.send('review', { from: q.from, to: q.to }, q.format ?? 'json', actor, res);
  }

  private async send(kind: 'annual' | 'review', period: Period, format: Format, actor: Actor, res: Response): Promise<Report | StreamableFile> {
    const { report, issuedAt } = await this.reports.issue(kind, period, actor?.username ?? null);
    res.setHeader('X-Log-Position', String(report.pinned.position));
    if (report.pinned.headHash) res.setHeader('X-Audit-Head-Hash', report.pinned.headHash);
    if (format === 'json') return report;
    const doc = reportDocument(report);
    const body = format === 'pdf' ? await renderPdf(doc, issuedAt) : await renderXlsx(doc, issuedAt);
    const name = kind === 'annual' ? `bao-cao-ket-nghia-${period.to}` : `so-ket-ket-nghia-${period.from}-${period.to}`;
    return new StreamableFile(body, { type: CONTENT_TYPES[format], disposition: `attachment; filename="${name}.${format}"` });
  }
}
