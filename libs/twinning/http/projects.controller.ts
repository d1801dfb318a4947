import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, CommandRoute, IdParam, type CommandContext, type CommandResult } from '@kn/platform';
import { Roles, Scoped } from '@kn/identity';
import { vietnamDate } from '@kn/shared';
import type { ProjectCommand } from '../domain/project.commands.js';
import { ProjectStreamCommand } from '../write/project-stream.handler.js';
import { ProposeProjectCommand } from '../write/propose-project/propose-project.handler.js';
import { TwinningLookups } from '../write/twinning-lookups.js';
import {
  ApproveProjectDto,
  CancelProjectDto,
  CompleteProjectDto,
  FundingDto,
  HandOverProjectDto,
  ProposeProjectDto,
  ReportProgressDto,
  StartWorkDto,
} from './projects.dto.js';

/** Commands on projects (công trình), API.md "Projects". Illegal transitions are 409s named by the rule. */
@Controller('api/projects')
@ApiTags('Twinning')
export class ProjectsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly lookups: TwinningLookups,
  ) {}

  @Post()
  @Scoped('project-new')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Propose a project in a commune', { created: true })
  propose(@Body() dto: ProposeProjectDto, @Cmd('ProposeProject') ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ProposeProjectCommand(dto, ctx));
  }

  @Post(':id/approve')
  @Scoped('project')
  @Roles('supervisor', 'admin')
  @CommandRoute('Approve a project')
  approve(
    @IdParam() id: string,
    @Body() dto: ApproveProjectDto,
    @Cmd('ApproveProject') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(id, { type: 'ApproveProject', data: { ...dto, today: vietnamDate(ctx.now) } }, ctx);
  }

  @Post(':id/funding')
  @Scoped('project-funding')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Record funding pledged or received')
  async fund(
    @IdParam() id: string,
    @Body() dto: FundingDto,
    @Cmd('RecordProjectFunding') ctx: CommandContext,
  ): Promise<CommandResult> {
    const { kind, ...funding } = dto;
    if (funding.sponsorOrganizationId) await this.lookups.organization(funding.sponsorOrganizationId);
    const data = { ...funding, today: vietnamDate(ctx.now) };
    return this.run(id, kind === 'pledged' ? { type: 'PledgeFunding', data } : { type: 'ReceiveFunds', data }, ctx);
  }

  @Post(':id/start')
  @Scoped('project')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Start the work')
  start(
    @IdParam() id: string,
    @Body() dto: StartWorkDto,
    @Cmd('StartWork') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(id, { type: 'StartWork', data: { ...dto, today: vietnamDate(ctx.now) } }, ctx);
  }

  @Post(':id/progress')
  @Scoped('project')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Report progress')
  progress(
    @IdParam() id: string,
    @Body() dto: ReportProgressDto,
    @Cmd('ReportProgress') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(
      id,
      {
        type: 'ReportProgress',
        data: { percent: dto.percent, on: dto.on, note: dto.note ?? '', today: vietnamDate(ctx.now) },
      },
      ctx,
    );
  }

  @Post(':id/complete')
  @Scoped('project')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Complete a project: cost and outputs')
  complete(
    @IdParam() id: string,
    @Body() dto: CompleteProjectDto,
    @Cmd('CompleteProject') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(id, { type: 'CompleteProject', data: { ...dto, today: vietnamDate(ctx.now) } }, ctx);
  }

  @Post(':id/hand-over')
  @Scoped('project')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Hand a completed project over to a unit')
  async handOver(
    @IdParam() id: string,
    @Body() dto: HandOverProjectDto,
    @Cmd('HandOverProject') ctx: CommandContext,
  ): Promise<CommandResult> {
    await this.lookups.unit(dto.toAdminUnitId);
    return this.run(id, { type: 'HandOverProject', data: { ...dto, today: vietnamDate(ctx.now) } }, ctx);
  }

  @Post(':id/cancel')
  @Scoped('project')
  @Roles('staff', 'supervisor', 'admin')
  @CommandRoute('Cancel a project')
  cancel(
    @IdParam() id: string,
    @Body() dto: CancelProjectDto,
    @Cmd('CancelProject') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.run(
      id,
      {
        type: 'CancelProject',
        data: { reason: dto.reason, cancelledOn: dto.cancelledOn ?? null, today: vietnamDate(ctx.now) },
      },
      ctx,
    );
  }

  private run(id: string, command: ProjectCommand, context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ProjectStreamCommand(id, command, context));
  }
}
