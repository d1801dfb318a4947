import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { adminUnitDecider } from '../../domain/admin-unit.decide.js';
import { adminUnitFacts } from '../../domain/admin-unit.state.js';
import { adminUnitStream } from '../../domain/admin-unit.labels.js';
import type { EstablishUnitDto } from '../../http/admin-units.dto.js';

export class EstablishAdministrativeUnitCommand extends Command<CommandResult> {
  constructor(
    readonly unit: EstablishUnitDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Establishing needs the parent's facts (its kind and status) from the parent's stream. */
@CommandHandler(EstablishAdministrativeUnitCommand)
export class EstablishAdministrativeUnitHandler implements ICommandHandler<
  EstablishAdministrativeUnitCommand,
  CommandResult
> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ unit, context }: EstablishAdministrativeUnitCommand): Promise<CommandResult> {
    const unitId = randomUUID();
    const parent = unit.parentId
      ? adminUnitFacts((await this.pipeline.load(adminUnitStream(unit.parentId), adminUnitDecider)).state)
      : null;
    return this.pipeline.handle({
      streamId: adminUnitStream(unitId),
      decider: adminUnitDecider,
      command: {
        type: 'EstablishAdministrativeUnit',
        data: { unitId, ...unit, classifications: unit.classifications ?? [], parent },
      },
      context,
      newStream: true,
    });
  }
}
