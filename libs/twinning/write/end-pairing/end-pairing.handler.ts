import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { NotFound, vietnamDate } from '@kn/shared';
import { pairingDecider } from '../../domain/pairing.decide.js';
import { pairingStream } from '../../domain/twinning.streams.js';
import type { EndPairingDto } from '../../http/pairings.dto.js';
import { PairingSlots } from '../pairing-slots.js';

export class EndPairingCommand extends Command<CommandResult> {
  constructor(
    readonly pairingId: string,
    readonly end: EndPairingDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Ending frees the organisation–unit slot (a crash in between is healed by PairingSlots). */
@CommandHandler(EndPairingCommand)
export class EndPairingHandler implements ICommandHandler<EndPairingCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly slots: PairingSlots,
  ) {}

  async execute({ pairingId, end, context }: EndPairingCommand): Promise<CommandResult> {
    const result = await this.pipeline.handle({
      streamId: pairingStream(pairingId),
      decider: pairingDecider,
      command: (loaded) => {
        if (loaded.revision < 0) throw new NotFound('pairing', pairingId);
        return { type: 'EndPairing' as const, data: { ...end, today: vietnamDate(context.now) } };
      },
      context,
    });
    const { state } = await this.pipeline.load(pairingStream(pairingId), pairingDecider);
    if (state.status === 'ended') await this.slots.release(state.organizationId, state.adminUnitId, pairingId, context);
    return result;
  }
}
