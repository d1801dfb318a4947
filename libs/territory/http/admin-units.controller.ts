import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { Cmd, CommandPipeline, entityView, IdParam, likeText, listDocs, parseAsOf, type CommandContext, type CommandResult, type EntitySource, type Page } from '@kn/platform';
import { Roles } from '@kn/identity';
import { adminUnitDecider } from '../domain/admin-unit.decide.js';
import { adminUnitFacts } from '../domain/admin-unit.state.js';
import { adminUnitStream } from '../domain/admin-unit.vocabulary.js';
import { evolveAdminUnit, type AdminUnitTreeDoc } from '../read/admin-unit-tree/admin-unit-tree.evolve.js';
import { MergeAdministrativeUnits } from '../write/merge-administrative-units.js';
import { AsOfQuery, DissolveUnitDto, EstablishUnitDto, ListUnitsQuery, MergeUnitsDto, ReclassifyUnitDto, RenameUnitDto } from './admin-units.dto.js';

@Controller('api/admin-units')
export class AdminUnitsController {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly merge: MergeAdministrativeUnits,
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @Roles('admin')
  async establish(@Body() dto: EstablishUnitDto, @Cmd('EstablishAdministrativeUnit') ctx: CommandContext): Promise<CommandResult> {
    const unitId = randomUUID();
    const parent = dto.parentId ? adminUnitFacts((await this.pipeline.load(adminUnitStream(dto.parentId), adminUnitDecider)).state) : null;
    return this.pipeline.handle({
      streamId: adminUnitStream(unitId),
      decider: adminUnitDecider,
      command: { type: 'EstablishAdministrativeUnit', data: { unitId, ...dto, classifications: dto.classifications ?? [], parent } },
      context: ctx,
      newStream: true,
    });
  }

  @Post('merges')
  @Roles('admin')
  mergeUnits(@Body() dto: MergeUnitsDto, @Cmd('MergeAdministrativeUnits') ctx: CommandContext): Promise<CommandResult> {
    return this.merge.handle(dto, ctx);
  }

  @Post(':id/rename')
  @Roles('admin')
  rename(@IdParam() id: string, @Body() dto: RenameUnitDto, @Cmd('RenameAdministrativeUnit') ctx: CommandContext): Promise<CommandResult> {
    return this.pipeline.handle({ streamId: adminUnitStream(id), decider: adminUnitDecider, command: { type: 'RenameAdministrativeUnit', data: { unitId: id, ...dto } }, context: ctx });
  }

  @Post(':id/classifications')
  @Roles('admin')
  reclassify(@IdParam() id: string, @Body() dto: ReclassifyUnitDto, @Cmd('ReclassifyAdministrativeUnit') ctx: CommandContext): Promise<CommandResult> {
    return this.pipeline.handle({ streamId: adminUnitStream(id), decider: adminUnitDecider, command: { type: 'ReclassifyAdministrativeUnit', data: { unitId: id, ...dto } }, context: ctx });
  }

  @Post(':id/dissolve')
  @Roles('admin')
  dissolve(@IdParam() id: string, @Body() dto: DissolveUnitDto, @Cmd('DissolveAdministrativeUnit') ctx: CommandContext): Promise<CommandResult> {
    return this.pipeline.handle({ streamId: adminUnitStream(id), decider: adminUnitDecider, command: { type: 'DissolveAdministrativeUnit', data: { unitId: id, ...dto } }, context: ctx });
  }

  @Get()
  list(@Query() q: ListUnitsQuery): Promise<Page<AdminUnitTreeDoc>> {
    return listDocs(this.db, 'admin_units', [
      ['kind = ?', q.kind], ['parent_id = ?', q.parentId], ['status = ?', q.status],
      ['? = any(classifications)', q.classification], [`name ilike '%' || ? || '%'`, likeText(q.q)],
    ], 'kind_rank, name, id', q);
  }

  @Get(':id')
  get(@IdParam() id: string, @Query() q: AsOfQuery): Promise<AdminUnitTreeDoc & { revision: number }> {
    return entityView(this.db, this.store, ADMIN_UNITS, id, parseAsOf(q.asOf));
  }
}

const ADMIN_UNITS: EntitySource<AdminUnitTreeDoc> = { table: 'admin_units', what: 'admin_unit', streamId: adminUnitStream, evolve: evolveAdminUnit };
