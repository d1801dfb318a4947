import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { QueryRoute } from '@kn/platform';
import { Scoped } from '@kn/identity';
import type { PovertyStandard } from '../domain/poverty-standards/poverty-standard.types.js';
import { listStandards, standardForReview } from '../domain/poverty-standards/poverty-standards.js';
import { listEthnicGroups } from '../domain/ethnic-groups/ethnic-groups.js';
import type { EthnicGroup } from '../domain/ethnic-groups/ethnic-groups.data.js';
import { PovertyDynamicsQuery, type PovertyDynamicsPage } from '../read/poverty-dynamics/poverty-dynamics.query.js';
import { PovertyWhatIfQuery, type PovertyWhatIf } from '../read/poverty-what-if/poverty-what-if.query.js';
import { DynamicsQuery, ForReviewQuery, WhatIfQuery } from './households.dto.js';
import { NotFound } from '@kn/shared';
import {
  ETHNIC_GROUPS,
  POVERTY_DYNAMICS,
  POVERTY_STANDARDS,
  STANDARD_FOR_REVIEW,
  WHAT_IF,
} from './households.openapi.js';

@Controller('api')
@ApiTags('Poverty')
export class PovertyController {
  constructor(private readonly queries: QueryBus) {}

  @Get('poverty-standards')
  @QueryRoute('The national poverty standards (lines, indicators, sources)', POVERTY_STANDARDS)
  standards(): PovertyStandard[] {
    return [...listStandards()];
  }

  /** Which standard the review of a year classifies under, and the year whose lists it draws up. */
  @Get('poverty-standards/for-review')
  @QueryRoute('The standard a review year classifies under', STANDARD_FOR_REVIEW, { problems: [404] })
  forReview(@Query() q: ForReviewQuery): {
    reviewYear: number;
    appliesToYear: number;
    standard: string;
    name: string;
    reviewYears: { from: number; to: number };
  } {
    const found = standardForReview(q.reviewYear);
    if (!found) throw new NotFound('poverty-standard for review', String(q.reviewYear));
    const { standard } = found;
    return {
      reviewYear: found.reviewYear,
      appliesToYear: found.appliesToYear,
      standard: standard.code,
      name: standard.name,
      reviewYears: standard.reviewYears,
    };
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
  whatIf(@Query() q: WhatIfQuery): Promise<PovertyWhatIf> {
    return this.queries.execute(new PovertyWhatIfQuery(q.standard, q.reviewYear, q.communeId));
  }

  /** "Diễn biến trong năm" per commune; a commune's households are those whose latest review up to `year` was there. */
  @Get('poverty-dynamics')
  @Scoped('commune-figures-own')
  @QueryRoute('Poverty dynamics of a year, per commune', POVERTY_DYNAMICS)
  dynamics(@Query() q: DynamicsQuery): Promise<PovertyDynamicsPage> {
    return this.queries.execute(new PovertyDynamicsQuery(q.year, q.communeId, q.boundaries ?? 'then'));
  }
}
