import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { householdDecider } from '../../domain/household.decide.js';
import type { MoveHouseholdDto } from '../../http/households.dto.js';
import { householdStream } from '../../read/household-event.js';
import { HouseholdPlace } from '../household-place.js';

export class MoveHouseholdCommand extends Command<CommandResult> {
  constructor(
    readonly householdId: string,
    readonly move: MoveHouseholdDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Moving needs the destination checked against the territory (commune active, village inside it). */
@CommandHandler(MoveHouseholdCommand)
export class MoveHouseholdHandler implements ICommandHandler<MoveHouseholdCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly place: HouseholdPlace,
  ) {}

  async execute({ householdId, move, context }: MoveHouseholdCommand): Promise<CommandResult> {
    const toVillageId = move.toVillageId ?? null;
    const { communeArea } = await this.place.ensureValid(move.toCommuneId, toVillageId);
    const data = {
      householdId,
      today: vietnamDate(context.now),
      toCommuneId: move.toCommuneId,
      toVillageId,
      movedOn: move.movedOn,
      ...(move.area ? { area: move.area } : {}),
      toCommuneArea: communeArea,
    };
    return this.pipeline.handle({
      streamId: householdStream(householdId),
      decider: householdDecider,
      command: { type: 'MoveHousehold', data },
      context,
    });
  }
}
