import { Body, Controller, Param, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandRoute, Cmd, IdParam, type CommandContext, type CommandResult } from '@kn/platform';
import { Roles, Scoped } from '@kn/identity';
import { vietnamDate, type Role } from '@kn/shared';
import type { HouseholdCommand } from '../domain/household.commands.js';
import type { HouseholdEvent } from '../domain/household.events.js';
import { EraseHouseholdPersonalDataCommand } from '../write/erase-personal-data/erase-personal-data.handler.js';
import { HouseholdStreamCommand } from '../write/household-stream.handler.js';
import { MoveHouseholdCommand } from '../write/move-household/move-household.handler.js';
import { MergeHouseholdCommand } from '../write/merge-household/merge-household.handler.js';
import { RegisterHouseholdCommand } from '../write/register-household/register-household.handler.js';
import {
  AssessPovertyDto,
  ChangeMembersDto,
  CommitSupportDto,
  DeliverSupportDto,
  FulfilCommitmentDto,
  MergeHouseholdDto,
  MoveHouseholdDto,
  ReasonDto,
  RegisterHouseholdDto,
  ReviewYearParams,
} from './households.dto.js';
import { HOUSEHOLD_REGISTERED } from './households.openapi.js';

const OFFICERS: Role[] = ['admin', 'supervisor', 'commune_officer'];
const SUPPORTERS: Role[] = [...OFFICERS, 'staff'];

/** What an assessment decided, for the response (API.md: standard, classification, transition). */
function assessmentOutcome(events: readonly HouseholdEvent[]): Record<string, unknown> {
  const assessed = events.find((e) => e.type === 'PovertyAssessed');
  const changed = events.find((e) => e.type === 'PovertyStatusChanged');
  return {
    standard: assessed?.type === 'PovertyAssessed' ? assessed.data.standard : null,
    classification: assessed?.type === 'PovertyAssessed' ? assessed.data.classification : null,
    transition: changed?.type === 'PovertyStatusChanged' ? changed.data.transition : null,
  };
}

/** What a restatement changed, for the response. */
function restatementOutcome(events: readonly HouseholdEvent[]): Record<string, unknown> {
  const e = events.find((x) => x.type === 'AssessmentRestated');
  return e?.type === 'AssessmentRestated'
    ? { reviewYear: e.data.reviewYear, from: e.data.from, to: e.data.to, transitions: e.data.transitions }
    : {};
}

@Controller('api/households')
@ApiTags('Households')
export class HouseholdsController {
  constructor(private readonly commands: CommandBus) {}

  private run(
    id: string,
    command: HouseholdCommand,
    ctx: CommandContext,
    options: { resultId?: string; extra?: (e: readonly HouseholdEvent[]) => Record<string, unknown> } = {},
  ): Promise<CommandResult> {
    return this.commands.execute(new HouseholdStreamCommand(id, command, ctx, options));
  }

  @Post()
  @Scoped('household-new')
  @Roles(...OFFICERS)
  @CommandRoute('Register a household (commune officers); lists possible duplicates', {
    created: true,
    response: HOUSEHOLD_REGISTERED,
  })
  register(@Body() dto: RegisterHouseholdDto, @Cmd('RegisterHousehold') ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RegisterHouseholdCommand(dto, ctx));
  }

  @Post(':id/assessments')
  @Scoped('household')
  @Roles(...OFFICERS)
  @CommandRoute('Record a poverty assessment of a review year')
  assess(
    @IdParam() id: string,
    @Body() dto: AssessPovertyDto,
    @Cmd('AssessPoverty') ctx: CommandContext,
  ): Promise<CommandResult> {
    const command: HouseholdCommand = {
      type: 'AssessPoverty',
      data: { householdId: id, today: vietnamDate(ctx.now), ...dto, standard: dto.standard ?? null },
    };
    return this.run(id, command, ctx, { extra: assessmentOutcome });
  }

  /** Re-decide a recorded review under the standard that governs its year (supervisor's correction). */
  @Post(':id/assessments/:reviewYear/restate')
  @Roles('admin', 'supervisor')
  @CommandRoute('Restate an assessment under the standard in force')
  restate(
    @Param() p: ReviewYearParams,
    @Body() dto: ReasonDto,
    @Cmd('RestateAssessment') ctx: CommandContext,
  ): Promise<CommandResult> {
    const command: HouseholdCommand = {
      type: 'RestateAssessment',
      data: { householdId: p.id, reviewYear: p.reviewYear, reason: dto.reason, today: vietnamDate(ctx.now) },
    };
    return this.run(p.id, command, ctx, { extra: restatementOutcome });
  }

  @Post(':id/commitments')
  @Scoped('commitment-new')
  @Roles(...SUPPORTERS)
  @CommandRoute('Commit support to a household')
  commit(
    @IdParam() id: string,
    @Body() dto: CommitSupportDto,
    @Cmd('CommitSupport') ctx: CommandContext,
  ): Promise<CommandResult> {
    const commitmentId = randomUUID();
    const org = dto.sponsor.organizationId ?? null;
    const sponsor =
      dto.sponsor.individualName !== undefined
        ? { individualName: dto.sponsor.individualName, ...(org ? { organizationId: org } : {}) }
        : { organizationId: org ?? '' };
    const command: HouseholdCommand = {
      type: 'CommitSupport',
      data: {
        householdId: id,
        commitmentId,
        sponsor,
        kind: dto.kind,
        description: dto.description,
        valueVnd: dto.valueVnd,
        dueOn: dto.dueOn,
        committedOn: dto.committedOn ?? vietnamDate(ctx.now),
      },
    };
    return this.run(id, command, ctx, { resultId: commitmentId, extra: () => ({ householdId: id }) });
  }

  @Post(':id/commitments/:cid/deliveries')
  @Scoped('commitment')
  @Roles(...SUPPORTERS)
  @CommandRoute('Record a delivery of committed support')
  deliver(
    @IdParam() id: string,
    @IdParam('cid') cid: string,
    @Body() dto: DeliverSupportDto,
    @Cmd('DeliverSupport') ctx: CommandContext,
  ): Promise<CommandResult> {
    const deliveryId = randomUUID();
    const command: HouseholdCommand = {
      type: 'DeliverSupport',
      data: { householdId: id, commitmentId: cid, deliveryId, today: vietnamDate(ctx.now), ...dto },
    };
    return this.run(id, command, ctx, {
      extra: (events) => {
        const delivered = events.find((e) => e.type === 'SupportDelivered');
        return delivered?.type === 'SupportDelivered'
          ? {
              deliveryId,
              deliveredToDateVnd: delivered.data.deliveredToDateVnd,
              exceedsCommitmentByVnd: delivered.data.exceedsCommitmentByVnd,
            }
          : { deliveryId };
      },
    });
  }

  @Post(':id/commitments/:cid/fulfil')
  @Scoped('commitment')
  @Roles(...SUPPORTERS)
  @CommandRoute('Mark a commitment fulfilled')
  fulfil(
    @IdParam() id: string,
    @IdParam('cid') cid: string,
    @Body() dto: FulfilCommitmentDto,
    @Cmd('FulfilSupportCommitment') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(
      id,
      {
        type: 'FulfilSupportCommitment',
        data: { householdId: id, commitmentId: cid, today: vietnamDate(ctx.now), ...dto },
      },
      ctx,
    );
  }

  @Post(':id/commitments/:cid/cancel')
  @Scoped('commitment')
  @Roles(...SUPPORTERS)
  @CommandRoute('Cancel a commitment')
  cancel(
    @IdParam() id: string,
    @IdParam('cid') cid: string,
    @Body() dto: ReasonDto,
    @Cmd('CancelSupportCommitment') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(
      id,
      {
        type: 'CancelSupportCommitment',
        data: { householdId: id, commitmentId: cid, reason: dto.reason, cancelledOn: vietnamDate(ctx.now) },
      },
      ctx,
    );
  }

  @Post(':id/move')
  @Scoped('household-move')
  @Roles(...OFFICERS)
  @CommandRoute('Move a household to another village or commune')
  move(
    @IdParam() id: string,
    @Body() dto: MoveHouseholdDto,
    @Cmd('MoveHousehold') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new MoveHouseholdCommand(id, dto, ctx));
  }

  @Post(':id/members')
  @Scoped('household')
  @Roles(...OFFICERS)
  @CommandRoute('Change the number of members')
  members(
    @IdParam() id: string,
    @Body() dto: ChangeMembersDto,
    @Cmd('ChangeHouseholdMembers') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(
      id,
      { type: 'ChangeHouseholdMembers', data: { householdId: id, today: vietnamDate(ctx.now), ...dto } },
      ctx,
    );
  }

  /** A duplicate registration joins the household that stays; the duplicate is read-only afterwards. */
  @Post(':id/merge-into')
  @Roles('supervisor')
  @CommandRoute('Merge a duplicate household into the one that stays (supervisors)', {
    description:
      'Records HouseholdMergedInto on this household and HouseholdAbsorbed on the survivor. 409 when merging into itself (`household.merge_into_itself`), when this household was already merged (`household.already_merged`), or the survivor was merged (`household.survivor_merged`) or erased (`household.survivor_erased`). Any later command on the merged household is a 409 `household.merged`.',
  })
  mergeInto(
    @IdParam() id: string,
    @Body() dto: MergeHouseholdDto,
    @Cmd('MergeHouseholdInto') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new MergeHouseholdCommand(id, dto.survivorId, dto.reason, ctx));
  }

  @Post(':id/erase-personal-data')
  @Scoped('household')
  @Roles('admin', 'supervisor')
  @CommandRoute("Erase the head's personal data (the key is destroyed)")
  erase(
    @IdParam() id: string,
    @Body() dto: ReasonDto,
    @Cmd('EraseHouseholdPersonalData') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new EraseHouseholdPersonalDataCommand(id, dto.reason, ctx));
  }
}
