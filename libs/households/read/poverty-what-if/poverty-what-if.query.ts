import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ensureValid } from '@kn/shared';
import {
  CLASSIFICATIONS,
  type Area,
  type Classification,
} from '../../domain/poverty-standards/poverty-standard.types.js';
import { reclassify, standardByCode } from '../../domain/poverty-standards/poverty-standards.js';

type Counts = Record<Classification, number>;
const zero = (): Counts => Object.fromEntries(CLASSIFICATIONS.map((c) => [c, 0])) as Counts;

interface ReviewRow {
  classification: Classification;
  area: Area;
  income_per_capita_vnd: string;
  deprivations: string[];
}

export interface PovertyWhatIf {
  readonly standard: string;
  readonly reviewYear: number | null;
  readonly communeId: string | null;
  readonly households: number;
  readonly now: Counts;
  readonly underStandard: Counts;
  readonly changed: number;
}

export class PovertyWhatIfQuery extends Query<PovertyWhatIf> {
  constructor(
    readonly standard: string,
    readonly reviewYear?: number,
    readonly communeId?: string,
  ) {
    super();
  }
}

/** Reads only: each household's review (that year's, else its latest) classified again under another standard. */
@QueryHandler(PovertyWhatIfQuery)
export class PovertyWhatIfHandler implements IQueryHandler<PovertyWhatIfQuery, PovertyWhatIf> {
  constructor(private readonly db: DataSource) {}

  async execute(q: PovertyWhatIfQuery): Promise<PovertyWhatIf> {
    const standard = standardByCode(q.standard);
    ensureValid(
      'household.unknown_standard',
      standard !== undefined,
      `unknown poverty standard ${q.standard}`,
      'standard',
    );
    const rows: ReviewRow[] = await this.db.query(
      `select distinct on (household_id) classification, area, income_per_capita_vnd, deprivations from poverty_assessments
       where ($1::int is null or review_year = $1) and ($2::text is null or commune_id = $2)
       order by household_id, review_year desc`,
      [q.reviewYear ?? null, q.communeId ?? null],
    );
    const now = zero();
    const under = zero();
    let changed = 0;
    for (const r of rows) {
      const next = reclassify(standard, {
        incomePerCapitaVnd: Number(r.income_per_capita_vnd),
        deprivations: r.deprivations,
        area: r.area,
      });
      now[r.classification] += 1;
      under[next] += 1;
      if (next !== r.classification) changed += 1;
    }
    return {
      standard: standard.code,
      reviewYear: q.reviewYear ?? null,
      communeId: q.communeId ?? null,
      households: rows.length,
      now,
      underStandard: under,
      changed,
    };
  }
}
