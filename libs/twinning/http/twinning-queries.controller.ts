import { CurrentActor, Scoped, scopedFilter } from '@kn/identity';
import type { Actor } from '@kn/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  QueryRoute,
  EntityViewQuery,
  IdParam,
  ListDocsQuery,
  parseAsOf,
  type EntitySource,
  type Page,
} from '@kn/platform';
import { pairingStream, projectStream } from '../domain/twinning.streams.js';
import { CommuneCoverageQuery, type Coverage } from '../read/commune-coverage/commune-coverage.query.js';
import { PlanVsActualQuery, type PlanVsActualYear } from '../read/plan-vs-actual/plan-vs-actual.query.js';
import { evolvePairingSummary, type PairingSummary } from '../read/pairing-summary/pairing-summary.evolve.js';
import { evolveProjectBoard, type ProjectBoardEntry } from '../read/project-board/project-board.evolve.js';
import { AsOfQuery, CoverageQuery, ListActivitiesQuery, ListPairingsQuery } from './pairings.dto.js';
import { ListProjectsQuery } from './projects.dto.js';
import {
  ACTIVITY_PAGE,
  COVERAGE,
  PAIRING,
  PAIRING_PAGE,
  PLANS_VS_ACTUAL,
  PROJECT,
  PROJECT_PAGE,
} from './twinning.openapi.js';

const PAIRINGS: EntitySource<PairingSummary> = {
  table: 'pairings',
  what: 'pairing',
  streamId: pairingStream,
  evolve: evolvePairingSummary,
};
const PROJECTS: EntitySource<ProjectBoardEntry> = {
  table: 'projects',
  what: 'project',
  streamId: projectStream,
  evolve: evolveProjectBoard,
};

/** Read side of the twinning context: queries on the QueryBus, whose handlers read SQL on the read models. */
@Controller('api')
@ApiTags('Twinning')
export class TwinningQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('pairings')
  @QueryRoute("List pairings (staff: their organisation's; officers: their commune's)", PAIRING_PAGE)
  pairings(@Query() q: ListPairingsQuery, @CurrentActor() actor: Actor): Promise<Page<PairingSummary>> {
    const own = scopedFilter(actor);
    return this.queries.execute(
      new ListDocsQuery<PairingSummary>(
        'pairings',
        [
          ['organization_id = ?', own.organizationId],
          ['admin_unit_id = ?', own.communeId],
          ['organization_id = ?', q.organizationId],
          ['admin_unit_id = ?', q.adminUnitId],
          ['status = ?', q.status],
        ],
        'established_on, id',
        q,
      ),
    );
  }

  @Get('pairings/:id')
  @Scoped('pairing')
  @QueryRoute('One pairing, now or as of an instant', PAIRING, { problems: [404] })
  pairing(@IdParam() id: string, @Query() q: AsOfQuery): Promise<PairingSummary & { revision: number }> {
    return this.queries.execute(new EntityViewQuery(PAIRINGS, id, parseAsOf(q.asOf)));
  }

  @Get('pairings/:id/plans')
  @Scoped('pairing')
  @QueryRoute('Plan against actual per year: activities by kind, budget against resources', PLANS_VS_ACTUAL, {
    problems: [404],
  })
  plans(@IdParam() id: string): Promise<PlanVsActualYear[]> {
    return this.queries.execute(new PlanVsActualQuery(id));
  }

  /** Voided records are left out unless `includeVoided=true`; newest first. */
  @Get('activities')
  @QueryRoute('List activities, newest first', ACTIVITY_PAGE)
  activities(@Query() q: ListActivitiesQuery, @CurrentActor() actor: Actor): Promise<Page<Record<string, unknown>>> {
    const own = scopedFilter(actor);
    return this.queries.execute(
      new ListDocsQuery<Record<string, unknown>>(
        'activities',
        [
          ['organization_id = ?', own.organizationId],
          ['admin_unit_id = ?', own.communeId],
          ['pairing_id = ?', q.pairingId],
          ['organization_id = ?', q.organizationId],
          ['admin_unit_id = ?', q.adminUnitId],
          ['kind = ?', q.kind],
          ['initiator = ?', q.initiator],
          ['occurred_on >= ?::date', q.from],
          ['occurred_on <= ?::date', q.to],
          ['voided = ?', q.includeVoided === 'true' ? undefined : false],
        ],
        'occurred_on desc nulls last, pairing_id, activity_id',
        q,
      ),
    );
  }

  @Get('coverage')
  @QueryRoute('Target communes paired, today or at the end of a year', COVERAGE)
  coverage(@Query() q: CoverageQuery): Promise<Coverage> {
    return this.queries.execute(new CommuneCoverageQuery(q.year, q.boundaries ?? 'then'));
  }

  @Get('projects')
  @QueryRoute('List projects', PROJECT_PAGE)
  projects(@Query() q: ListProjectsQuery, @CurrentActor() actor: Actor): Promise<Page<ProjectBoardEntry>> {
    const own = scopedFilter(actor);
    return this.queries.execute(
      new ListDocsQuery<ProjectBoardEntry>(
        'projects',
        [
          ['pairing_id in (select id from pairings where organization_id = ?)', own.organizationId],
          ['admin_unit_id = ?', own.communeId],
          ['status = ?', q.status],
          ['category = ?', q.category],
          ['admin_unit_id = ?', q.adminUnitId],
          ['pairing_id = ?', q.pairingId],
        ],
        `doc->>'plannedStartOn', id`,
        q,
      ),
    );
  }

  @Get('projects/:id')
  @Scoped('project')
  @QueryRoute('One project, now or as of an instant', PROJECT, { problems: [404] })
  project(@IdParam() id: string, @Query() q: AsOfQuery): Promise<ProjectBoardEntry & { revision: number }> {
    return this.queries.execute(new EntityViewQuery(PROJECTS, id, parseAsOf(q.asOf)));
  }
}
