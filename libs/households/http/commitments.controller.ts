import { CurrentActor, scopedFilter } from '@kn/identity';
import type { Actor } from '@kn/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { QueryRoute, ListDocsQuery, type Filter, type Page } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import {
  trackedCommitmentView,
  type TrackedCommitmentDoc,
  type TrackedCommitmentView,
} from '../read/commitment-tracker/commitment-tracker.evolve.js';
import { ListCommitmentsQuery } from './households.dto.js';
import { COMMITMENT_PAGE } from './households.openapi.js';

/** Overdue is not stored: an open commitment past its due date (Vietnam's today). */
function statusFilter(status: ListCommitmentsQuery['status']): Filter[] {
  switch (status) {
    case undefined:
      return [];
    case 'open':
      return [[`status = 'open' and due_on >= ?::date`, vietnamDate(new Date())]];
    case 'overdue':
      return [[`status = 'open' and due_on < ?::date`, vietnamDate(new Date())]];
    default:
      return [['status = ?', status]];
  }
}

@Controller('api/commitments')
@ApiTags('Households')
export class CommitmentsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @QueryRoute('List support commitments (overdue: open past the due date)', COMMITMENT_PAGE)
  async list(@Query() q: ListCommitmentsQuery, @CurrentActor() actor: Actor): Promise<Page<TrackedCommitmentView>> {
    const own = scopedFilter(actor);
    const page = await this.queries.execute(
      new ListDocsQuery<TrackedCommitmentDoc>(
        'commitment_tracker',
        [
          ['sponsor_organization_id = ?', own.organizationId],
          ['commune_id = ?', own.communeId],
          ...statusFilter(q.status),
          ['sponsor_organization_id = ?', q.sponsorOrganizationId],
          ['commune_id = ?', q.communeId],
          ['household_id = ?', q.householdId],
        ],
        'due_on, id',
        q,
      ),
    );
    const today = vietnamDate(new Date());
    return { items: page.items.map((d) => trackedCommitmentView(d, today)), total: page.total };
  }
}
