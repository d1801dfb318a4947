import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { annualReportDecider, annualReportStream } from '../../domain/annual-report.decide.js';
import type { DraftedSection } from '../../domain/annual-report.events.js';

export class DraftAnnualReportCommand extends Command<CommandResult> {
  constructor(
    readonly year: number,
    readonly sections: Partial<Record<DraftedSection, string>>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The supervisor's written sections of the year's draft (stream `report-<year>`). */
@CommandHandler(DraftAnnualReportCommand)
export class DraftAnnualReportHandler implements ICommandHandler<DraftAnnualReportCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ year, sections, context }: DraftAnnualReportCommand): Promise<CommandResult> {
    return this.pipeline.handle({
      streamId: annualReportStream(year),
      decider: annualReportDecider,
      context,
      command: { type: 'DraftAnnualReport', data: { year, sections, today: vietnamDate(context.now) } },
    });
  }
}
