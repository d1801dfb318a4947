import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import type { EraseHouseholdPersonalData } from '../../domain/household.commands.js';
import { decideHousehold, householdDecider } from '../../domain/household.decide.js';
import { PersonalDataVault } from '../../infrastructure/personal-data-vault.js';
import { householdStream } from '../../read/household-event.js';

/**
 * Erasure (SPEC §5): once the decider accepts it, the household key is destroyed first, then
 * the fact is recorded. Should the append fail, the data is already unreadable and a retry
 * records the erasure (destroying a destroyed key is a no-op).
 */
export class EraseHouseholdPersonalDataCommand extends Command<CommandResult> {
  constructor(
    readonly householdId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(EraseHouseholdPersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<EraseHouseholdPersonalDataCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly vault: PersonalDataVault,
  ) {}

  execute({ householdId, reason, context: ctx }: EraseHouseholdPersonalDataCommand): Promise<CommandResult> {
    return this.pipeline.handle({
      streamId: householdStream(householdId),
      decider: householdDecider,
      command: async (loaded) => {
        const command: EraseHouseholdPersonalData = {
          type: 'EraseHouseholdPersonalData',
          data: { householdId, reason, erasedOn: vietnamDate(ctx.now) },
        };
        decideHousehold(command, loaded.state); // throws when refused: the key stays
        await this.vault.erase(householdId);
        return command;
      },
      context: ctx,
    });
  }
}
