import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  Cmd,
  CommandRoute,
  QueryRoute,
  EntityViewQuery,
  IdParam,
  ListDocsQuery,
  parseAsOf,
  type CommandContext,
  type CommandResult,
  type EntitySource,
  type Page,
} from '@kn/platform';
import { Roles } from '@kn/identity';
import { organizationStream } from '../domain/organization.labels.js';
import { evolveOrganization, type OrganizationDoc } from '../read/organizations/organizations.evolve.js';
import { OrganizationStreamCommand } from '../write/organization-stream.handler.js';
import {
  DissolveOrganizationDto,
  ListOrganizationsQuery,
  MergeOrganizationsDto,
  RegisterOrganizationDto,
  RenameOrganizationDto,
} from './organizations.dto.js';
import { ORGANIZATION, ORGANIZATION_PAGE } from './organizations.openapi.js';
import { MergeOrganizationsCommand } from '../write/merge-organizations/merge-organizations.handler.js';

const ORGANIZATIONS: EntitySource<OrganizationDoc> = {
  table: 'organizations',
  what: 'organization',
  streamId: organizationStream,
  evolve: evolveOrganization,
};

@Controller('api/organizations')
@ApiTags('Organizations')
export class OrganizationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin')
  @CommandRoute('Register an organisation', { created: true, problems: [409, 422] })
  register(
    @Body() dto: RegisterOrganizationDto,
    @Cmd('RegisterOrganization') ctx: CommandContext,
  ): Promise<CommandResult> {
    const organizationId = randomUUID();
    const command = {
      type: 'RegisterOrganization',
      data: { organizationId, ...dto, shortName: dto.shortName ?? null },
    } as const;
    return this.commands.execute(new OrganizationStreamCommand(organizationId, command, ctx, { newStream: true }));
  }

  @Post(':id/rename')
  @Roles('admin')
  @CommandRoute('Rename an organisation')
  rename(
    @IdParam() id: string,
    @Body() dto: RenameOrganizationDto,
    @Cmd('RenameOrganization') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new OrganizationStreamCommand(id, { type: 'RenameOrganization', data: { organizationId: id, ...dto } }, ctx),
    );
  }

  @Post(':id/dissolve')
  @Roles('admin')
  @CommandRoute('Dissolve an organisation')
  dissolve(
    @IdParam() id: string,
    @Body() dto: DissolveOrganizationDto,
    @Cmd('DissolveOrganization') ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      organizationId: id,
      dissolvedOn: (dto.dissolvedOn ?? dto.effectiveOn) as string,
      reason: dto.reason ?? `Giải thể theo ${dto.decisionRef}`,
      decisionRef: dto.decisionRef ?? null,
    };
    return this.commands.execute(new OrganizationStreamCommand(id, { type: 'DissolveOrganization', data }, ctx));
  }

  @Post('merges')
  @Roles('admin')
  @CommandRoute('Merge organisations: pairings, commitments and staff pass to the successor', { created: true })
  mergeOrganizations(
    @Body() dto: MergeOrganizationsDto,
    @Cmd('MergeOrganizations') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new MergeOrganizationsCommand(dto, ctx));
  }

  @Get()
  @QueryRoute('List organisations', ORGANIZATION_PAGE)
  list(@Query() q: ListOrganizationsQuery): Promise<Page<OrganizationDoc>> {
    return this.queries.execute(
      new ListDocsQuery<OrganizationDoc>(
        'organizations',
        [
          ['kind = ?', q.kind],
          ['status = ?', q.status],
        ],
        'name, id',
        q,
      ),
    );
  }

  @Get(':id')
  @QueryRoute('One organisation, now or as of an instant', ORGANIZATION, { problems: [404] })
  @ApiQuery({ name: 'asOf', required: false, schema: { type: 'string', format: 'date-time' } })
  get(@IdParam() id: string, @Query('asOf') asOf?: string): Promise<OrganizationDoc & { revision: number }> {
    return this.queries.execute(new EntityViewQuery(ORGANIZATIONS, id, parseAsOf(asOf)));
  }
}
