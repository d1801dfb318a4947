import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Page } from '@kn/platform';
import { todayCommuneOf, unitsOfTodayCommune, type Boundaries } from '@kn/shared';
import { unitLineage } from '@kn/territory';
import type { Classification } from '../../domain/poverty-standards/poverty-standard.types.js';
import { povertyDynamics, type AssessmentHistoryRow, type PovertyDynamicsRow } from './poverty-dynamics.js';

export type PovertyDynamicsPage = Page<PovertyDynamicsRow> & { year: number; boundaries: Boundaries };

export class PovertyDynamicsQuery extends Query<PovertyDynamicsPage> {
  constructor(
    readonly year: number,
    readonly communeId?: string,
    /** `today`: each review's commune re-based to today's (the shared rule); default `then`. */
    readonly boundaries: Boundaries = 'then',
  ) {
    super();
  }
}

/** "Diễn biến trong năm" per commune; a commune's households are those whose latest review up to `year` was there. */
@QueryHandler(PovertyDynamicsQuery)
export class PovertyDynamicsHandler implements IQueryHandler<PovertyDynamicsQuery, PovertyDynamicsPage> {
  constructor(private readonly db: DataSource) {}

  async execute({ year, communeId, boundaries }: PovertyDynamicsQuery): Promise<PovertyDynamicsPage> {
    const lineage = boundaries === 'today' ? await unitLineage(this.db) : null;
    const communes = communeId ? (lineage ? unitsOfTodayCommune(communeId, lineage) : [communeId]) : null;
    const raw: {
      household_id: string;
      commune_id: string;
      ethnic_minority: boolean;
      review_year: number;
      classification: Classification;
    }[] = await this.db.query(
      `select household_id, commune_id, ethnic_minority, review_year, classification from poverty_assessments
       where review_year <= $1 and ($2::text[] is null or household_id in (select household_id from poverty_assessments where commune_id = any($2)))`,
      [year, communes],
    );
    const rows: AssessmentHistoryRow[] = raw.map((r) => ({
      householdId: r.household_id,
      communeId: lineage ? todayCommuneOf(r.commune_id, lineage) : r.commune_id,
      ethnicMinority: r.ethnic_minority,
      reviewYear: r.review_year,
      classification: r.classification,
    }));
    const items = povertyDynamics(rows, year).filter((row) => !communeId || row.communeId === communeId);
    return { year, boundaries, items, total: items.length };
  }
}
