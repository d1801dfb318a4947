import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { pairingDecider } from '../../domain/pairing.decide.js';
import { pairingStream } from '../../domain/twinning.streams.js';
import type { EstablishPairingDto } from '../../http/pairings.dto.js';
import { TwinningLookups } from '../twinning-lookups.js';
import { PairingSlots } from '../pairing-slots.js';
import type { EstablishPairing } from '../../domain/pairing.commands.js';

/**
 * Establishing needs facts from the unit and the organisation, and the organisation–unit slot
 * (write/pairing-slots.ts): every other rule is checked first, then the slot is claimed at its
 * revision (exactly one of two concurrent establishments wins), then the pairing is written.
 */
export class EstablishPairingCommand extends Command<CommandResult> {
  constructor(
    readonly pairing: EstablishPairingDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(EstablishPairingCommand)
export class EstablishPairingHandler implements ICommandHandler<EstablishPairingCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly lookups: TwinningLookups,
    private readonly slots: PairingSlots,
  ) {}

  async execute({ pairing: dto, context: ctx }: EstablishPairingCommand): Promise<CommandResult> {
    const [unit, organization] = await Promise.all([
      this.lookups.unit(dto.adminUnitId),
      this.lookups.organization(dto.organizationId),
    ]);
    const pairingId = randomUUID();
    const command: EstablishPairing = {
      type: 'EstablishPairing',
      data: {
        pairingId,
        ...dto,
        today: vietnamDate(ctx.now),
        unitActive: unit.status === 'active',
        unitKind: unit.kind,
        organizationActive: organization.status === 'active',
      },
    };
    pairingDecider.decide(command, pairingDecider.initialState); // every rule but the slot, before claiming it
    await this.slots.claim(dto.organizationId, dto.adminUnitId, pairingId, ctx);
    try {
      return await this.pipeline.handle({
        streamId: pairingStream(pairingId),
        decider: pairingDecider,
        command,
        context: ctx,
        newStream: true,
      });
    } catch (e) {
      await this.slots.release(dto.organizationId, dto.adminUnitId, pairingId, ctx);
      throw e;
    }
  }
}
