import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotFound } from '@kn/shared';
import type { HouseholdTimelineDoc, TimelineItem } from './household-timeline.evolve.js';

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
    const absorbed = await this.absorbed(id);
    const items = [...rows[0].doc.items, ...absorbed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { id, items, revision: Number(rows[0].revision) };
  }

  /**
   * The items of the duplicates merged into this household (and into those, in turn), each
   * marked with the household it was recorded on: the survivor's timeline carries both histories.
   */
  private async absorbed(id: string): Promise<TimelineItem[]> {
    const rows: { id: string; code: string; doc: HouseholdTimelineDoc }[] = await this.db.query(
      `with recursive merged(id) as (
         select id from household_register where merged_into = $1
         union select r.id from household_register r join merged m on r.merged_into = m.id)
       select t.id, r.code, t.doc from household_timeline t join household_register r on r.id = t.id
        where t.id in (select id from merged) order by r.code, t.id`,
      [id],
    );
    return rows.flatMap((r) => r.doc.items.map((item) => ({ ...item, householdId: r.id, householdCode: r.code })));
  }
}
