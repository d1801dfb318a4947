import { Body, Controller, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, CommandRoute, IdParam, type CommandContext, type CommandResult } from '@kn/platform';
import { Roles, Scoped } from '@kn/identity';
import { vietnamDate } from '@kn/shared';
import type { PairingCommand } from '../domain/pairing.commands.js';
import { EndPairingCommand } from '../write/end-pairing/end-pairing.handler.js';
import { EstablishPairingCommand } from '../write/establish-pairing/establish-pairing.handler.js';
import { PairingStreamCommand } from '../write/pairing-stream.handler.js';
import { ensureInitiatorAllowed, recordActivityCommand } from '../write/record-activity.js';
import { RecordActivityDto } from './activity.dto.js';
import {
  AdoptPlanDto,
  CorrectActivityDto,
  EndPairingDto,
  EstablishPairingDto,
  VoidActivityDto,
} from './pairings.dto.js';

/** Commands on pairings (API.md "Pairings and activities"). Scopes and reference rules: http/twinning.scopes.ts. */
@Controller('api/pairings')
@ApiTags('Twinning')
export class PairingsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('supervisor', 'admin')
  @CommandRoute('Establish a pairing of an organisation with a commune or village', { created: true })
  establish(@Body() dto: EstablishPairingDto, @Cmd('EstablishPairing') ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new EstablishPairingCommand(dto, ctx));
  }

  @Post(':id/plans')
  @Scoped('pairing')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute("Adopt the pairing's plan for a year")
  adoptPlan(
    @IdParam() id: string,
    @Body() dto: AdoptPlanDto,
    @Cmd('AdoptPairingPlan') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(id, { type: 'AdoptPairingPlan', data: { ...dto } }, ctx);
  }

  @Post(':id/activities')
  @Scoped('pairing-activity')
  @Roles('staff', 'supervisor', 'admin', 'commune_officer')
  @CommandRoute('Record an activity (visit, gift, exchange, ...); `id` is the activity')
  recordActivity(
    @IdParam() id: string,
    @Body() dto: RecordActivityDto,
    @Cmd('RecordActivity') ctx: CommandContext,
  ): Promise<CommandResult> {
    ensureInitiatorAllowed(ctx, dto.initiator);
    const activityId = randomUUID();
    return this.run(id, recordActivityCommand(dto, activityId, vietnamDate(ctx.now)), ctx, {
      resultId: activityId,
      extra: { pairingId: id },
    });
  }

  @Post(':id/activities/:activityId/corrections')
  @Scoped('activity-correction')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Correct an activity record, with a reason')
  correct(
    @IdParam() id: string,
    @IdParam('activityId') activityId: string,
    @Body() dto: CorrectActivityDto,
    @Cmd('CorrectActivityRecord') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(
      id,
      {
        type: 'CorrectActivityRecord',
        data: { activityId, changes: dto.changes, reason: dto.reason, today: vietnamDate(ctx.now) },
      },
      ctx,
      { extra: { activityId } },
    );
  }

  @Post(':id/activities/:activityId/void')
  @Scoped('pairing')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Void an activity record, with a reason')
  void(
    @IdParam() id: string,
    @IdParam('activityId') activityId: string,
    @Body() dto: VoidActivityDto,
    @Cmd('VoidActivityRecord') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(id, { type: 'VoidActivityRecord', data: { activityId, reason: dto.reason } }, ctx, {
      extra: { activityId },
    });
  }

  @Post(':id/end')
  @Scoped('pairing')
  @Roles('supervisor', 'admin')
  @CommandRoute('End a pairing')
  end(
    @IdParam() id: string,
    @Body() dto: EndPairingDto,
    @Cmd('EndPairing') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new EndPairingCommand(id, dto, ctx));
  }

  private run(
    id: string,
    command: PairingCommand,
    context: CommandContext,
    result: { resultId?: string; extra?: Record<string, unknown> } = {},
  ): Promise<CommandResult> {
    return this.commands.execute(
      new PairingStreamCommand(id, command, context, {
        resultId: result.resultId,
        extra: result.extra ? () => result.extra! : undefined,
      }),
    );
  }
}
