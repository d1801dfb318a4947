import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import { pairingDecider } from '../domain/pairing.decide.js';
import { pairingStream } from '../domain/twinning.streams.js';
import type { EstablishPairingDto } from '../http/pairings.dto.js';
import { TwinningLookups } from './twinning-lookups.js';

/** Establishing needs facts from three places: the unit, the organisation, and the pairings read model. */
@Injectable()
export class EstablishPairingHandler {
  constructor(private readonly pipeline: CommandPipeline, private readonly lookups: TwinningLookups) {}

  async handle(dto: EstablishPairingDto, ctx: CommandContext): Promise<CommandResult> {
    const [unit, organization] = await Promise.all([this.lookups.unit(dto.adminUnitId), this.lookups.organization(dto.organizationId)]);
    const activePairingExists = await this.lookups.activePairingExists(dto.organizationId, dto.adminUnitId);
    const pairingId = randomUUID();
    return this.pipeline.handle({
      streamId: pairingStream(pairingId),
      decider: pairingDecider,
      command: {
        type: 'EstablishPairing',
        data: {
          pairingId,
          ...dto,
          today: vietnamDate(ctx.now),
          unitActive: unit.status === 'active',
          unitKind: unit.kind,
          organizationActive: organization.status === 'active',
          activePairingExists,
        },
      },
      context: ctx,
    });
  }
}
