import { Body, Controller, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Cmd, CommandPipeline, IdParam, type CommandContext, type CommandResult } from '@kn/platform';
import { Roles, Scoped } from '@kn/identity';
import { NotFound, vietnamDate } from '@kn/shared';
import type { PairingCommand } from '../domain/pairing.commands.js';
import { pairingDecider } from '../domain/pairing.decide.js';
import { pairingStream } from '../domain/twinning.streams.js';
import { PairingSlots } from '../write/pairing-slots.js';
import { EstablishPairingHandler } from '../write/establish-pairing.handler.js';
import { ensureInitiatorAllowed, recordActivityCommand } from '../write/record-activity.js';
import { RecordActivityDto } from './activity.dto.js';
import { AdoptPlanDto, CorrectActivityDto, EndPairingDto, EstablishPairingDto, VoidActivityDto } from './pairings.dto.js';

/** Commands on pairings (API.md "Pairings and activities"). Per-organisation scoping comes later. */
@Controller('api/pairings')
export class PairingsController {
  constructor(private readonly pipeline: CommandPipeline, private readonly establishing: EstablishPairingHandler, private readonly slots: PairingSlots) {}

  @Post()
  @Roles('supervisor', 'admin')
  establish(@Body() dto: EstablishPairingDto, @Cmd('EstablishPairing') ctx: CommandContext): Promise<CommandResult> {
    return this.establishing.handle(dto, ctx);
  }

  @Post(':id/plans')
  @Scoped('pairing')
  @Roles('staff', 'supervisor', 'admin')
  adoptPlan(@IdParam() id: string, @Body() dto: AdoptPlanDto, @Cmd('AdoptPairingPlan') ctx: CommandContext): Promise<CommandResult> {
    return this.run(id, { type: 'AdoptPairingPlan', data: { ...dto } }, ctx);
  }

  @Post(':id/activities')
  @Scoped('pairing')
  @Roles('staff', 'supervisor', 'admin', 'commune_officer')
  recordActivity(@IdParam() id: string, @Body() dto: RecordActivityDto, @Cmd('RecordActivity') ctx: CommandContext): Promise<CommandResult> {
    ensureInitiatorAllowed(ctx, dto.initiator);
    const activityId = randomUUID();
    return this.run(id, recordActivityCommand(dto, activityId, vietnamDate(ctx.now)), ctx, { resultId: activityId, extra: { pairingId: id } });
  }

  @Post(':id/activities/:activityId/corrections')
  @Scoped('pairing')
  @Roles('staff', 'supervisor', 'admin')
  correct(@IdParam() id: string, @IdParam('activityId') activityId: string, @Body() dto: CorrectActivityDto, @Cmd('CorrectActivityRecord') ctx: CommandContext): Promise<CommandResult> {
    return this.run(id, { type: 'CorrectActivityRecord', data: { activityId, changes: dto.changes, reason: dto.reason, today: vietnamDate(ctx.now) } }, ctx, { extra: { activityId } });
  }

  @Post(':id/activities/:activityId/void')
  @Scoped('pairing')
  @Roles('staff', 'supervisor', 'admin')
  void(@IdParam() id: string, @IdParam('activityId') activityId: string, @Body() dto: VoidActivityDto, @Cmd('VoidActivityRecord') ctx: CommandContext): Promise<CommandResult> {
    return this.run(id, { type: 'VoidActivityRecord', data: { activityId, reason: dto.reason } }, ctx, { extra: { activityId } });
  }

  @Post(':id/end')
  @Scoped('pairing')
  @Roles('supervisor', 'admin')
  async end(@IdParam() id: string, @Body() dto: EndPairingDto, @Cmd('EndPairing') ctx: CommandContext): Promise<CommandResult> {
    const result = await this.run(id, { type: 'EndPairing', data: { ...dto, today: vietnamDate(ctx.now) } }, ctx);
    const { state } = await this.pipeline.load(pairingStream(id), pairingDecider);
    if (state.status === 'ended') await this.slots.release(state.organizationId, state.adminUnitId, id, ctx);
    return result;
  }

  /** A pairing that does not exist is a 404 naming the id (the decider only knows "this stream"). */
  private run(id: string, command: PairingCommand, context: CommandContext, result: { resultId?: string; extra?: Record<string, unknown> } = {}): Promise<CommandResult> {
    return this.pipeline.handle({
      streamId: pairingStream(id),
      decider: pairingDecider,
      command: (loaded) => {
        if (loaded.revision < 0) throw new NotFound('pairing', id);
        return command;
      },
      context,
      resultId: result.resultId,
      extra: result.extra ? () => result.extra! : undefined,
    });
  }
}
