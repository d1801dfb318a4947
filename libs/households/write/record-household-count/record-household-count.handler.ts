import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { householdCountDecider, householdCountStream } from '../../domain/household-count.js';
import { HouseholdPlace } from '../household-place.js';

export interface HouseholdCountInput {
  readonly year: number;
  readonly totalHouseholds: number;
  readonly ethnicMinorityHouseholds: number;
  readonly source: string;
}

export class RecordHouseholdCountCommand extends Command<CommandResult> {
  constructor(
    readonly communeId: string,
    readonly count: HouseholdCountInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A commune's count for a year: the commune is checked against the territory first. */
@CommandHandler(RecordHouseholdCountCommand)
export class RecordHouseholdCountHandler implements ICommandHandler<RecordHouseholdCountCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly place: HouseholdPlace,
  ) {}

  async execute({ communeId, count, context }: RecordHouseholdCountCommand): Promise<CommandResult> {
    await this.place.ensureCommune(communeId);
    return this.pipeline.handle({
      streamId: householdCountStream(communeId),
      decider: householdCountDecider,
      context,
      command: { type: 'RecordHouseholdCount', data: { communeId, ...count, today: vietnamDate(context.now) } },
    });
  }
}
