import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  Cmd,
  CommandRoute,
  QueryRoute,
  EntityViewQuery,
  IdParam,
  likeText,
  ListDocsQuery,
  parseAsOf,
  type CommandContext,
  type CommandResult,
  type EntitySource,
  type Page,
} from '@kn/platform';
import { Roles } from '@kn/identity';
import { adminUnitStream } from '../domain/admin-unit.labels.js';
import type { AdminUnitFacts } from '../domain/admin-unit.state.js';
import { evolveAdminUnit, type AdminUnitTreeDoc } from '../read/admin-unit-tree/admin-unit-tree.evolve.js';
import { AdminUnitStreamCommand } from '../write/admin-unit-stream.handler.js';
import { EstablishAdministrativeUnitCommand } from '../write/establish-administrative-unit/establish-administrative-unit.handler.js';
import { MergeAdministrativeUnitsCommand } from '../write/merge-administrative-units/merge-administrative-units.handler.js';
import {
  AsOfQuery,
  DissolveUnitDto,
  EstablishUnitDto,
  ListUnitsQuery,
  MergeUnitsDto,
  ReclassifyUnitDto,
  RenameUnitDto,
  ReparentUnitDto,
  TransferVillageDto,
} from './admin-units.dto.js';
import { ADMIN_UNIT, ADMIN_UNIT_PAGE } from './territory.openapi.js';
import { WithUnitFactsCommand } from '../write/with-unit-facts/with-unit-facts.handler.js';

@Controller('api/admin-units')
@ApiTags('Territory')
export class AdminUnitsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin')
  @CommandRoute('Establish an administrative unit', { created: true })
  establish(
    @Body() dto: EstablishUnitDto,
    @Cmd('EstablishAdministrativeUnit') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new EstablishAdministrativeUnitCommand(dto, ctx));
  }

  @Post('merges')
  @Roles('admin')
  @CommandRoute('Merge units into a new or an existing successor', { created: true })
  mergeUnits(@Body() dto: MergeUnitsDto, @Cmd('MergeAdministrativeUnits') ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new MergeAdministrativeUnitsCommand(dto, ctx));
  }

  @Post(':id/rename')
  @Roles('admin')
  @CommandRoute('Rename a unit')
  rename(
    @IdParam() id: string,
    @Body() dto: RenameUnitDto,
    @Cmd('RenameAdministrativeUnit') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AdminUnitStreamCommand(id, { type: 'RenameAdministrativeUnit', data: { unitId: id, ...dto } }, ctx),
    );
  }

  @Post(':id/classifications')
  @Roles('admin')
  @CommandRoute("Change a unit's classifications (region III, border, ...)")
  reclassify(
    @IdParam() id: string,
    @Body() dto: ReclassifyUnitDto,
    @Cmd('ReclassifyAdministrativeUnit') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AdminUnitStreamCommand(id, { type: 'ReclassifyAdministrativeUnit', data: { unitId: id, ...dto } }, ctx),
    );
  }

  @Post(':id/dissolve')
  @Roles('admin')
  @CommandRoute('Dissolve a unit, naming where its children go')
  dissolve(
    @IdParam() id: string,
    @Body() dto: DissolveUnitDto,
    @Cmd('DissolveAdministrativeUnit') ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      unitId: id,
      dissolvedOn: (dto.dissolvedOn ?? dto.effectiveOn) as string,
      reason: dto.reason ?? `Giải thể theo ${dto.decisionRef}`,
      decisionRef: dto.decisionRef ?? null,
    };
    if (!dto.childrenTo)
      return this.commands.execute(new AdminUnitStreamCommand(id, { type: 'DissolveAdministrativeUnit', data }, ctx));
    return this.commands.execute(
      new WithUnitFactsCommand(
        id,
        dto.childrenTo,
        (childrenTo) => ({ type: 'DissolveAdministrativeUnit', data: { ...data, childrenTo } }),
        ctx,
        true,
      ),
    );
  }

  @Post(':id/reparent')
  @Roles('admin')
  @CommandRoute('Move a unit under another parent')
  reparent(
    @IdParam() id: string,
    @Body() dto: ReparentUnitDto,
    @Cmd('ReparentAdministrativeUnit') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.move(id, dto.newParentId, dto.effectiveOn, dto.decisionRef, false, ctx);
  }

  @Post(':id/transfer')
  @Roles('admin')
  @CommandRoute('Transfer a village to another commune')
  transfer(
    @IdParam() id: string,
    @Body() dto: TransferVillageDto,
    @Cmd('TransferVillage') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.move(id, dto.toCommuneId, dto.effectiveOn, dto.decisionRef, true, ctx);
  }

  private move(
    id: string,
    parentId: string,
    effectiveOn: string,
    decisionRef: string,
    villageTransfer: boolean,
    ctx: CommandContext,
  ): Promise<CommandResult> {
    const build = (parent: AdminUnitFacts | null) => ({
      type: 'ReparentAdministrativeUnit' as const,
      data: { unitId: id, parentId, parent, effectiveOn, decisionRef, villageTransfer },
    });
    return this.commands.execute(new WithUnitFactsCommand(id, parentId, build, ctx));
  }

  @Get()
  @QueryRoute('List administrative units', ADMIN_UNIT_PAGE)
  list(@Query() q: ListUnitsQuery): Promise<Page<AdminUnitTreeDoc>> {
    return this.queries.execute(
      new ListDocsQuery<AdminUnitTreeDoc>(
        'admin_units',
        [
          ['kind = ?', q.kind],
          ['parent_id = ?', q.parentId],
          ['status = ?', q.status],
          ['? = any(classifications)', q.classification],
          [`name ilike '%' || ? || '%'`, likeText(q.q)],
        ],
        'kind_rank, name, id',
        q,
      ),
    );
  }

  @Get(':id')
  @QueryRoute('One administrative unit, now or as of an instant', ADMIN_UNIT, { problems: [404] })
  get(@IdParam() id: string, @Query() q: AsOfQuery): Promise<AdminUnitTreeDoc & { revision: number }> {
    return this.queries.execute(new EntityViewQuery(ADMIN_UNITS, id, parseAsOf(q.asOf)));
  }
}

const ADMIN_UNITS: EntitySource<AdminUnitTreeDoc> = {
  table: 'admin_units',
  what: 'admin_unit',
  streamId: adminUnitStream,
  evolve: evolveAdminUnit,
};
