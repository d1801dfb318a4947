import { CurrentActor, Scoped, scopedFilter } from '@kn/identity';
import type { Actor } from '@kn/shared';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { entityView, IdParam, listDocs, parseAsOf, type EntitySource, type Page } from '@kn/platform';
import { pairingStream, projectStream } from '../domain/twinning.streams.js';
import { coverage as coverageOf, type Coverage } from '../read/commune-coverage/commune-coverage.query.js';
import { evolvePairingSummary, type PairingSummary } from '../read/pairing-summary/pairing-summary.evolve.js';
import { evolveProjectBoard, type ProjectBoardEntry } from '../read/project-board/project-board.evolve.js';
import { AsOfQuery, CoverageQuery, ListActivitiesQuery, ListPairingsQuery } from './pairings.dto.js';
import { ListProjectsQuery } from './projects.dto.js';

const PAIRINGS: EntitySource<PairingSummary> = { table: 'pairings', what: 'pairing', streamId: pairingStream, evolve: evolvePairingSummary };
const PROJECTS: EntitySource<ProjectBoardEntry> = { table: 'projects', what: 'project', streamId: projectStream, evolve: evolveProjectBoard };

/** Read side of the twinning context: straight SQL on its read models. */
@Controller('api')
export class TwinningQueriesController {
  constructor(private readonly db: DataSource, @Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('pairings')
  pairings(@Query() q: ListPairingsQuery, @CurrentActor() actor: Actor): Promise<Page<PairingSummary>> {
    const own = scopedFilter(actor);
    return listDocs(this.db, 'pairings', [['organization_id = ?', own.organizationId], ['admin_unit_id = ?', own.communeId], ['organization_id = ?', q.organizationId], ['admin_unit_id = ?', q.adminUnitId], ['status = ?', q.status]], 'established_on, id', q);
  }

  @Get('pairings/:id')
  @Scoped('pairing')
  pairing(@IdParam() id: string, @Query() q: AsOfQuery): Promise<PairingSummary & { revision: number }> {
    return entityView(this.db, this.store, PAIRINGS, id, parseAsOf(q.asOf));
  }

  /** Voided records are left out unless `includeVoided=true`; newest first. */
  @Get('activities')
  activities(@Query() q: ListActivitiesQuery, @CurrentActor() actor: Actor): Promise<Page<Record<string, unknown>>> {
    const own = scopedFilter(actor);
    return listDocs(this.db, 'activities', [
      ['organization_id = ?', own.organizationId], ['admin_unit_id = ?', own.communeId],
      ['pairing_id = ?', q.pairingId], ['organization_id = ?', q.organizationId], ['admin_unit_id = ?', q.adminUnitId],
      ['kind = ?', q.kind], ['initiator = ?', q.initiator], ['occurred_on >= ?::date', q.from], ['occurred_on <= ?::date', q.to],
      ['voided = ?', q.includeVoided === 'true' ? undefined : false],
    ], 'occurred_on desc nulls last, pairing_id, activity_id', q);
  }

  @Get('coverage')
  coverage(@Query() q: CoverageQuery): Promise<Coverage> {
    return coverageOf(this.db, q.year);
  }

  @Get('projects')
  projects(@Query() q: ListProjectsQuery, @CurrentActor() actor: Actor): Promise<Page<ProjectBoardEntry>> {
    const own = scopedFilter(actor);
    return listDocs(this.db, 'projects', [
      ['pairing_id in (select id from pairings where organization_id = ?)', own.organizationId], ['admin_unit_id = ?', own.communeId],
      ['status = ?', q.status], ['category = ?', q.category], ['admin_unit_id = ?', q.adminUnitId], ['pairing_id = ?', q.pairingId],
    ], `doc->>'plannedStartOn', id`, q);
  }

  @Get('projects/:id')
  @Scoped('project')
  project(@IdParam() id: string, @Query() q: AsOfQuery): Promise<ProjectBoardEntry & { revision: number }> {
    return entityView(this.db, this.store, PROJECTS, id, parseAsOf(q.asOf));
  }
}
