import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { annualReportDecider, annualReportStream } from '../../domain/annual-report.decide.js';
import { AnnualReportService, type IssueRequest } from '../../read/annual-report.service.js';

export class IssueAnnualReportCommand extends Command<CommandResult> {
  constructor(
    readonly year: number,
    readonly request: IssueRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Issuing computes the report pinned to the log as it is now and stores it whole in
 * `ReportIssued`, so it downloads exactly as issued.
 */
@CommandHandler(IssueAnnualReportCommand)
export class IssueAnnualReportHandler implements ICommandHandler<IssueAnnualReportCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly reports: AnnualReportService,
  ) {}

  async execute({ year, request, context }: IssueAnnualReportCommand): Promise<CommandResult> {
    const report = await this.reports.toIssue(year, request, context.now);
    const pin = report.pinned;
    return this.pipeline.handle({
      streamId: annualReportStream(year),
      decider: annualReportDecider,
      context,
      command: {
        type: 'IssueAnnualReport',
        data: {
          year,
          ...request,
          today: vietnamDate(context.now),
          document: report as unknown as Record<string, unknown>,
          pinned: {
            commit: pin.commit,
            position: pin.position,
            headHash: pin.headHash,
            chainVerified: pin.chainVerified,
          },
        },
      },
    });
  }
}
