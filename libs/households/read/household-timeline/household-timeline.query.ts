import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotFound } from '@kn/shared';
import type { HouseholdTimelineDoc } from './household-timeline.evolve.js';

export type HouseholdTimeline = HouseholdTimelineDoc & { id: string; revision: number };

export class HouseholdTimelineQuery extends Query<HouseholdTimeline> {
  constructor(readonly householdId: string) {
    super();
  }
}

/** A household's timeline as the projection keeps it; 404 when there is no such household. */
@QueryHandler(HouseholdTimelineQuery)
export class HouseholdTimelineHandler implements IQueryHandler<HouseholdTimelineQuery, HouseholdTimeline> {
  constructor(private readonly db: DataSource) {}

  async execute({ householdId: id }: HouseholdTimelineQuery): Promise<HouseholdTimeline> {
    const rows: { doc: HouseholdTimelineDoc; revision: string }[] = await this.db.query(
      `select doc, revision from household_timeline where id = $1`,
      [id],
    );
    if (!rows.length) throw new NotFound('household', id);
    return { id, ...rows[0].doc, revision: Number(rows[0].revision) };
  }
}
