import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vietnamDate, type Boundaries } from '@kn/shared';
import { problem, ProblemException } from '@kn/platform';
import { EVENT_STORE, type EventStore, type LogCheckpoint } from '@kn/event-store';
import { CommandPipeline, ProjectionRunner } from '@kn/platform';
import { annualReportDecider, annualReportStream, type AnnualReportState } from '../domain/annual-report.decide.js';
import type { Signer } from '../domain/annual-report.events.js';
import { reportHeader } from '../domain/document.js';
import { buildFigures } from '../domain/figures.js';
import { buildReport } from '../domain/report.js';
import { flattenFigures } from '../domain/restatement.js';
import type { Pin, Report } from '../domain/report.types.js';
import { correctionsBetween } from './issued-reports.js';
import { pinned } from './pin.js';
import { loadReportInput } from './report-data.js';

export interface IssueRequest {
  readonly number: string;
  readonly issuedOn: string;
  readonly place: string;
  readonly signer: Signer;
  readonly recipients: readonly string[];
}

/**
 * The annual report as a document with a life (stream `report-<year>`): a draft computed on
 * request with the supervisor's written sections, then issued once — pinned, signed and stored
 * whole in `ReportIssued`, so it downloads exactly as issued. Corrections recorded afterwards
 * appear in the next year's report as restatements of this one.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly pipeline: CommandPipeline,
  ) {}

  private async state(year: number): Promise<AnnualReportState> {
    return (await this.pipeline.load(annualReportStream(year), annualReportDecider)).state;
  }

  /**
   * The issued document when there is one (exactly as issued: under the boundaries of its year,
   * so asking for `today` is refused), else the draft as of now under the boundaries asked.
   */
  async get(year: number, now: Date, boundaries: Boundaries = 'then'): Promise<Report> {
    const state = await this.state(year);
    if (state.status === 'issued') {
      if (boundaries === 'today')
        throw new ProblemException(
          problem(
            409,
            'report.issued_as_issued',
            `the annual report of ${year} was issued under the units of its year and reads only as issued; a draft may be re-based to today's units`,
          ),
        );
      return state.issued.document as unknown as Report;
    }
    return this.compute(year, vietnamDate(now), now, state, null, boundaries);
  }

  /** Where an issued report was pinned, and the day its figures were judged on; null before it is issued. */
  async issuedPin(year: number): Promise<{ upTo: LogCheckpoint; day: string } | null> {
    const state = await this.state(year);
    if (state.status !== 'issued') return null;
    return {
      upTo: { commit: state.issued.pinned.commit, position: state.issued.pinned.position },
      day: state.issued.issuedOn,
    };
  }

  /** The document an issue would store: figures pinned to the log as it is now, judged on the issue day. */
  async toIssue(year: number, req: IssueRequest, now: Date): Promise<Report> {
    return this.compute(year, req.issuedOn, now, await this.state(year), req);
  }

  /** Figures pinned to the log, judged on `reportDay`; the previous year's issued report restated against now. */
  private async compute(
    year: number,
    reportDay: string,
    now: Date,
    state: AnnualReportState,
    issue: IssueRequest | null,
    boundaries: Boundaries = 'then',
  ): Promise<Report> {
    const period = { from: year, to: year };
    const { pin, data: input } = await pinned(this.store, this.runner, (upTo) =>
      loadReportInput(this.db, period, upTo, reportDay, boundaries),
    );
    const restated = await this.restatementOfPrevious(year, pin);
    const sections = state.status === 'none' ? undefined : state.sections;
    const document = {
      status: issue ? ('issued' as const) : ('draft' as const),
      boundaries,
      header: reportHeader(issue?.issuedOn ?? reportDay, issue),
      ...(sections ? { sections } : {}),
      signer: issue?.signer ?? null,
      recipients: issue?.recipients ?? [],
    };
    return buildReport(input, { kind: 'annual', issuedAt: now.toISOString(), pin, document, ...restated }).report;
  }

  private async restatementOfPrevious(
    year: number,
    pin: Pin,
  ): Promise<Pick<Parameters<typeof buildReport>[1], 'previous' | 'reasons' | 'lateEntries' | 'current'>> {
    const previous = await this.state(year - 1);
    if (previous.status !== 'issued') return { previous: null, reasons: [], lateEntries: 0 };
    const issued = previous.issued;
    const doc = issued.document as unknown as Report;
    const upTo: LogCheckpoint = { commit: pin.commit, position: pin.position };
    const period = { from: year - 1, to: year - 1 };
    const now = flattenFigures(buildFigures(await loadReportInput(this.db, period, upTo, issued.issuedOn)));
    const corrections = await correctionsBetween(
      this.db,
      { commit: issued.pinned.commit, position: issued.pinned.position },
      upTo,
      period,
    );
    return {
      previous: {
        issue: {
          issueNumber: 1,
          issuedAt: doc.issuedAt,
          position: issued.pinned.position,
          headHash: issued.pinned.headHash,
          documentNumber: issued.number,
          year: year - 1,
        },
        figures: flattenFigures(doc.figures),
      },
      current: now,
      ...corrections,
    };
  }
}
