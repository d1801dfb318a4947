import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandPipeline } from '@kn/platform';
import { householdCountDecider, householdCountStream, type YearCount } from '../../domain/household-count.js';

export type HouseholdCountRow = YearCount & { readonly year: number };

export class HouseholdCountsQuery extends Query<{ items: HouseholdCountRow[] }> {
  constructor(readonly communeId: string) {
    super();
  }
}

/** A commune's counts per year, read from its stream (a handful of events; no read model). */
@QueryHandler(HouseholdCountsQuery)
export class HouseholdCountsHandler implements IQueryHandler<HouseholdCountsQuery, { items: HouseholdCountRow[] }> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ communeId }: HouseholdCountsQuery): Promise<{ items: HouseholdCountRow[] }> {
    const { state } = await this.pipeline.load(householdCountStream(communeId), householdCountDecider);
    return {
      items: Object.entries(state.years)
        .map(([year, c]) => ({ year: Number(year), ...c }))
        .sort((a, b) => a.year - b.year),
    };
  }
}
