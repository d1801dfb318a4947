import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { projectDecider } from '../../domain/project.decide.js';
import { projectStream } from '../../domain/twinning.streams.js';
import type { ProposeProjectDto } from '../../http/projects.dto.js';
import { TwinningLookups, type KnownUnit } from '../twinning-lookups.js';

/** A project sits in an active unit; when tied to a pairing, that pairing twins the unit or the commune it lies in. */
export class ProposeProjectCommand extends Command<CommandResult> {
  constructor(
    readonly project: ProposeProjectDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ProposeProjectCommand)
export class ProposeProjectHandler implements ICommandHandler<ProposeProjectCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly lookups: TwinningLookups,
  ) {}

  async execute({ project: dto, context: ctx }: ProposeProjectCommand): Promise<CommandResult> {
    const unit = await this.lookups.unit(dto.adminUnitId);
    const pairingId = dto.pairingId ?? null;
    const pairingCoversUnit = pairingId ? covers((await this.lookups.pairing(pairingId)).adminUnitId, unit) : false;
    const projectId = randomUUID();
    return this.pipeline.handle({
      streamId: projectStream(projectId),
      decider: projectDecider,
      command: {
        type: 'ProposeProject',
        data: { projectId, ...dto, pairingId, unitActive: unit.status === 'active', pairingCoversUnit },
      },
      context: ctx,
    });
  }
}

function covers(pairedUnitId: string, unit: KnownUnit): boolean {
  return pairedUnitId === unit.unitId || pairedUnitId === unit.parentId;
}
