import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiTags } from '@nestjs/swagger';
import { QueryRoute, type Page } from '@kn/platform';
import { Scoped } from '@kn/identity';
import { CLASSIFICATIONS, type Area, type Classification, type PovertyStandard } from '../domain/poverty-standards/poverty-standard.types.js';
import { listStandards, reclassify, standardByCode, standardForReview } from '../domain/poverty-standards/poverty-standards.js';
import { listEthnicGroups } from '../domain/ethnic-groups/ethnic-groups.js';
import type { EthnicGroup } from '../domain/ethnic-groups/ethnic-groups.data.js';
import { povertyDynamics, type AssessmentHistoryRow, type PovertyDynamicsRow } from '../read/poverty-dynamics/poverty-dynamics.js';
import { DynamicsQuery, ForReviewQuery, WhatIfQuery } from './households.dto.js';
import { NotFound, ensureValid } from '@kn/shared';
import { ETHNIC_GROUPS, POVERTY_DYNAMICS, POVERTY_STANDARDS, STANDARD_FOR_REVIEW, WHAT_IF } from './households.openapi.js';

type Counts = Record<Classification, number>;
const zero = (): Counts => Object.fromEntries(CLASSIFICATIONS.map((c) => [c, 0])) as Counts;

interface ReviewRow { classification: Classification; area: Area; income_per_capita_vnd: string; deprivations: string[] }

@Controller('api')
@ApiTags('Poverty')
export class PovertyController {
  constructor(private readonly db: DataSource) {}

  @Get('poverty-standards')
  @QueryRoute('The national poverty standards (lines, indicators, sources)', POVERTY_STANDARDS)
  standards(): PovertyStandard[] {
    return [...listStandards()];
  }

  /** Which standard the review of a year classifies under, and the year whose lists it draws up. */
  @Get('poverty-standards/for-review')
  @QueryRoute('The standard a review year classifies under', STANDARD_FOR_REVIEW, { problems: [404] })
  forReview(@Query() q: ForReviewQuery): { reviewYear: number; appliesToYear: number; standard: string; name: string; reviewYears: { from: number; to: number } } {
    const found = standardForReview(q.reviewYear);
    if (!found) throw new NotFound('poverty-standard for review', String(q.reviewYear));
    const { standard } = found;
    return { reviewYear: found.reviewYear, appliesToYear: found.appliesToYear, standard: standard.code, name: standard.name, reviewYears: standard.reviewYears };
  }

  /** The 54 official ethnic groups: code, Vietnamese name, spellings accepted on input. */
  @Get('ethnic-groups')
  @QueryRoute('The 54 official ethnic groups', ETHNIC_GROUPS)
  ethnicGroups(): EthnicGroup[] {
    return [...listEthnicGroups()];
  }

  /** Reads only: each household's review (that year's, else its latest) classified again under `standard`. */
  @Get('poverty-standards/what-if')
  @Scoped('commune-figures-own')
  @QueryRoute('What if the households were classified under another standard', WHAT_IF)
  async whatIf(@Query() q: WhatIfQuery): Promise<Record<string, unknown>> {
    const standard = standardByCode(q.standard);
    ensureValid('household.unknown_standard', standard !== undefined, `unknown poverty standard ${q.standard}`, 'standard');
    const params: unknown[] = [q.reviewYear ?? null, q.communeId ?? null];
    const rows: ReviewRow[] = await this.db.query(
      `select distinct on (household_id) classification, area, income_per_capita_vnd, deprivations from poverty_assessments
       where ($1::int is null or review_year = $1) and ($2::text is null or commune_id = $2)
       order by household_id, review_year desc`,
      params,
    );
    const now = zero();
    const under = zero();
    let changed = 0;
    for (const r of rows) {
      const next = reclassify(standard, { incomePerCapitaVnd: Number(r.income_per_capita_vnd), deprivations: r.deprivations, area: r.area });
      now[r.classification] += 1;
      under[next] += 1;
      if (next !== r.classification) changed += 1;
    }
    return { standard: standard.code, reviewYear: q.reviewYear ?? null, communeId: q.communeId ?? null, households: rows.length, now, underStandard: under, changed };
  }

  /** "Diễn biến trong năm" per commune; a commune's households are those whose latest review up to `year` was there. */
  @Get('poverty-dynamics')
  @Scoped('commune-figures-own')
  @QueryRoute('Poverty dynamics of a year, per commune', POVERTY_DYNAMICS)
  async dynamics(@Query() q: DynamicsQuery): Promise<Page<PovertyDynamicsRow> & { year: number }> {
    const raw: { household_id: string; commune_id: string; ethnic_minority: boolean; review_year: number; classification: Classification }[] = await this.db.query(
      `select household_id, commune_id, ethnic_minority, review_year, classification from poverty_assessments
       where review_year <= $1 and ($2::text is null or household_id in (select household_id from poverty_assessments where commune_id = $2))`,
      [q.year, q.communeId ?? null],
    );
    const rows: AssessmentHistoryRow[] = raw.map((r) => ({
      householdId: r.household_id, communeId: r.commune_id, ethnicMinority: r.ethnic_minority, reviewYear: r.review_year, classification: r.classification,
    }));
    const items = povertyDynamics(rows, q.year).filter((row) => !q.communeId || row.communeId === q.communeId);
    return { year: q.year, items, total: items.length };
  }
}
