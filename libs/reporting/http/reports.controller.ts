import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { vietnamDate, type Actor } from '@kn/shared';
import { ApiTags } from '@nestjs/swagger';
import {
  Cmd,
  CommandRoute,
  oas,
  QueryRoute,
  problem,
  ProblemException,
  type CommandContext,
  type CommandResult,
  type FieldError,
} from '@kn/platform';
import { CurrentActor, Roles } from '@kn/identity';
import { FIGURE_PROVENANCE, type FigureProvenance } from '@kn/dashboard';
import { reportDocument } from '../domain/document.js';
import type { Report } from '../domain/report.types.js';
import { renderPdf } from '../render/pdf.js';
import { renderXlsx } from '../render/xlsx.js';
import { AnnualReportOfYearQuery, IssuedReportFigureQuery } from '../read/annual-report/annual-report.query.js';
import { ReviewOverYearsQuery } from '../read/review-report/review-report.query.js';
import { DraftAnnualReportCommand } from '../write/draft-annual-report/draft-annual-report.handler.js';
import { IssueAnnualReportCommand } from '../write/issue-annual-report/issue-annual-report.handler.js';
import {
  AnnualReportQuery,
  DraftReportDto,
  IssueReportDto,
  LONGEST_REVIEW_YEARS,
  ReportFigureParams,
  ReportFigureQuery,
  ReviewReportQuery,
  YearParams,
  type Format,
} from './reports.query.js';

const CONTENT_TYPES: Record<Exclude<Format, 'json'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function notAfterThisYear(year: number): FieldError[] {
  const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
  return year > thisYear ? [{ field: 'year', code: 'max', message: `year must not be after ${thisYear}` }] : [];
}

function rejectIf(errors: FieldError[]): void {
  if (errors.length)
    throw new ProblemException(problem(400, 'validation_failed', errors.map((e) => e.message).join('; '), { errors }));
}

/**
 * GET /api/reports/annual and /api/reports/review (sơ kết): the program's report in Vietnamese,
 * as data, a workbook or a printable PDF — all three from the same issued report.
 */
const REPORT = oas.named$(
  'Report',
  oas.described(
    'A report with its sections, figures and the log position it is pinned to (domain/report.types.ts).',
    oas.anyObject,
  ),
);
const FILES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

@Controller('api/reports')
@ApiTags('Reporting')
@Roles('supervisor', 'admin', 'auditor')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** The issued document (exactly as issued) when there is one, else the draft as of now. */
  @Get('annual')
  @QueryRoute('The annual report: issued as issued, else the draft as of now (JSON, XLSX or PDF)', REPORT, {
    alsoAs: FILES,
    problems: [409],
  })
  async annual(
    @Query() q: AnnualReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Report | StreamableFile> {
    rejectIf(notAfterThisYear(q.year));
    const report = await this.queries.execute(new AnnualReportOfYearQuery(q.year, new Date(), q.boundaries ?? 'then'));
    return this.render(
      report,
      q.format ?? 'json',
      `bao-cao-ket-nghia-${q.year}${report.status === 'draft' ? '-du-thao' : ''}`,
      res,
    );
  }

  @Post('annual/:year/draft')
  @Roles('supervisor', 'admin')
  @CommandRoute("Draft the annual report's written sections", { problems: [409, 412, 422] })
  draft(
    @Param() p: YearParams,
    @Body() dto: DraftReportDto,
    @Cmd('DraftAnnualReport') ctx: CommandContext,
  ): Promise<CommandResult> {
    rejectIf(notAfterThisYear(p.year));
    const given = Object.fromEntries(Object.entries(dto.sections).filter(([, v]) => v !== undefined));
    return this.commands.execute(new DraftAnnualReportCommand(p.year, given, ctx));
  }

  @Post('annual/:year/issue')
  @Roles('supervisor', 'admin')
  @CommandRoute('Issue the annual report: its figures are pinned', { problems: [409, 412, 422] })
  issue(
    @Param() p: YearParams,
    @Body() dto: IssueReportDto,
    @Cmd('IssueAnnualReport') ctx: CommandContext,
  ): Promise<CommandResult> {
    rejectIf(notAfterThisYear(p.year));
    return this.commands.execute(
      new IssueAnnualReportCommand(p.year, { ...dto, signer: { name: dto.signer.name, title: dto.signer.title } }, ctx),
    );
  }

  /** A figure of the issued report with its entities, read at the report's pinned position (as the report was). */
  @Get('annual/:year/figures/:figure')
  @QueryRoute('A figure of the issued report with its entities, as the report was', FIGURE_PROVENANCE, {
    problems: [404],
  })
  figure(@Param() p: ReportFigureParams, @Query() q: ReportFigureQuery): Promise<FigureProvenance> {
    return this.queries.execute(
      new IssuedReportFigureQuery(p.year, p.figure, q.after, q.limit ?? 100, q.communeId ?? null),
    );
  }

  @Get('review')
  @QueryRoute('A review report over several years (JSON, XLSX or PDF)', REPORT, { alsoAs: FILES })
  async review(
    @Query() q: ReviewReportQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Report | StreamableFile> {
    const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
    const errors: FieldError[] = [];
    if (q.to > thisYear) errors.push({ field: 'to', code: 'max', message: `to must not be after ${thisYear}` });
    if (q.from > q.to) errors.push({ field: 'from', code: 'order', message: 'from must not be after to' });
    else if (q.to - q.from + 1 > LONGEST_REVIEW_YEARS)
      errors.push({ field: 'to', code: 'span', message: `a review covers at most ${LONGEST_REVIEW_YEARS} years` });
    rejectIf(errors);
    const report = await this.queries.execute(
      new ReviewOverYearsQuery({ from: q.from, to: q.to }, actor?.username ?? null),
    );
    return this.render(report, q.format ?? 'json', `so-ket-ket-nghia-${q.from}-${q.to}`, res);
  }

  /** JSON, XLSX and PDF all from the same report object. */
  private async render(report: Report, format: Format, name: string, res: Response): Promise<Report | StreamableFile> {
    res.setHeader('X-Log-Position', String(report.pinned.position));
    if (report.pinned.headHash) res.setHeader('X-Audit-Head-Hash', report.pinned.headHash);
    if (format === 'json') return report;
    const doc = reportDocument(report);
    const at = new Date(report.issuedAt);
    const body = format === 'pdf' ? await renderPdf(doc, at) : await renderXlsx(doc, at);
    return new StreamableFile(body, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${name}.${format}"`,
    });
  }
}
