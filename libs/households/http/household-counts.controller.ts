import { Body, Controller, Get, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, CommandRoute, QueryRoute, IdParam, type CommandContext, type CommandResult } from '@kn/platform';
import { Roles } from '@kn/identity';
import { HouseholdCountsQuery, type HouseholdCountRow } from '../read/household-counts/household-counts.query.js';
import { RecordHouseholdCountCommand } from '../write/record-household-count/record-household-count.handler.js';
import { HOUSEHOLD_COUNTS } from './households.openapi.js';

export class HouseholdCountDto {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
  @IsInt() @Min(0) @Max(10_000_000) totalHouseholds: number;
  @IsInt() @Min(0) @Max(10_000_000) ethnicMinorityHouseholds: number;
  @IsString() @Length(1, 300) source: string;
}

/** A commune's household counts per year (the poverty rate's denominator), kept with the households. */
@Controller('api/admin-units/:id/household-counts')
@ApiTags('Households')
export class HouseholdCountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin', 'supervisor')
  @CommandRoute("Record a commune's household count for a year")
  record(
    @IdParam() id: string,
    @Body() dto: HouseholdCountDto,
    @Cmd('RecordHouseholdCount') ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordHouseholdCountCommand(id, dto, ctx));
  }

  @Get()
  @QueryRoute("A commune's household counts per year", HOUSEHOLD_COUNTS)
  list(@IdParam() id: string): Promise<{ items: HouseholdCountRow[] }> {
    return this.queries.execute(new HouseholdCountsQuery(id));
  }
}
