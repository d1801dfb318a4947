import { Body, Controller, Get, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, CommandRoute, QueryRoute, CommandPipeline, IdParam, type CommandContext, type CommandResult } from '@kn/platform';
import { Roles } from '@kn/identity';
import { vietnamDate } from '@kn/shared';
import { householdCountDecider, householdCountStream, type YearCount } from '../domain/household-count.js';
import { HouseholdPlace } from '../write/household-place.js';
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
  constructor(private readonly pipeline: CommandPipeline, private readonly place: HouseholdPlace) {}

  @Post()
  @Roles('admin', 'supervisor')
  @CommandRoute('Record a commune\'s household count for a year')
  async record(@IdParam() id: string, @Body() dto: HouseholdCountDto, @Cmd('RecordHouseholdCount') ctx: CommandContext): Promise<CommandResult> {
    await this.place.ensureCommune(id);
    return this.pipeline.handle({
      streamId: householdCountStream(id), decider: householdCountDecider, context: ctx,
      command: { type: 'RecordHouseholdCount', data: { communeId: id, ...dto, today: vietnamDate(ctx.now) } },
    });
  }

  @Get()
  @QueryRoute('A commune\'s household counts per year', HOUSEHOLD_COUNTS)
  async list(@IdParam() id: string): Promise<{ items: (YearCount & { year: number })[] }> {
    const { state } = await this.pipeline.load(householdCountStream(id), householdCountDecider);
    return { items: Object.entries(state.years).map(([year, c]) => ({ year: Number(year), ...c })).sort((a, b) => a.year - b.year) };
  }
}
