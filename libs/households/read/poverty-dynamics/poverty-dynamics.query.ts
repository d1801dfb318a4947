import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Page } from '@kn/platform';
import type { Classification } from '../../domain/poverty-standards/poverty-standard.types.js';
import { povertyDynamics, type AssessmentHistoryRow, type PovertyDynamicsRow } from './poverty-dynamics.js';

export type PovertyDynamicsPage = Page<PovertyDynamicsRow> & { year: number };

export class PovertyDynamicsQuery extends Query<PovertyDynamicsPage> {
  constructor(
    readonly year: number,
    readonly communeId?: string,
  ) {
    super();
  }
}

/** "Diễn biến trong năm" per commune; a commune's households are those whose latest review up to `year` was there. */
@QueryHandler(PovertyDynamicsQuery)
export class PovertyDynamicsHandler implements IQueryHandler<PovertyDynamicsQuery, PovertyDynamicsPage> {
  constructor(private readonly db: DataSource) {}

  async execute({ year, communeId }: PovertyDynamicsQuery): Promise<PovertyDynamicsPage> {
    const raw: {
      household_id: string;
      commune_id: string;
      ethnic_minority: boolean;
      review_year: number;
      classification: Classification;
    }[] = await this.db.query(
      `select household_id, commune_id, ethnic_minority, review_year, classification from poverty_assessments
       where review_year <= $1 and ($2::text is null or household_id in (select household_id from poverty_assessments where commune_id = $2))`,
      [year, communeId ?? null],
    );
    const rows: AssessmentHistoryRow[] = raw.map((r) => ({
      householdId: r.household_id,
      communeId: r.commune_id,
      ethnicMinority: r.ethnic_minority,
      reviewYear: r.review_year,
      classification: r.classification,
    }));
    const items = povertyDynamics(rows, year).filter((row) => !communeId || row.communeId === communeId);
    return { year, items, total: items.length };
  }
}
