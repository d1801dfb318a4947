import { Scoped, scopedFilter } from '@kn/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ACTIVE_PAIRED_UNITS_SQL } from '@kn/twinning';
import { ApiTags } from '@nestjs/swagger';
import {
  QueryRoute,
  EntityViewQuery,
  IdParam,
  likeText,
  ListDocsQuery,
  parseAsOf,
  type EntitySource,
  type Page,
} from '@kn/platform';
import { vietnamDate, type Actor } from '@kn/shared';
import type { HouseholdRegisterDoc } from '../read/household-register/household-register.evolve.js';
import { evolveRegisterRecorded } from '../read/household-register/household-register.projection.js';
import { HouseholdTimelineQuery, type HouseholdTimeline } from '../read/household-timeline/household-timeline.query.js';
import { householdStream } from '../read/household-event.js';
import { BlindIndex } from '../infrastructure/blind-index.js';
import { HouseholdViews, Viewer, type HouseholdView } from './household-view.js';
import { AsOfQuery, ListHouseholdsQuery } from './households.dto.js';
import { HOUSEHOLD, HOUSEHOLD_PAGE, HOUSEHOLD_TIMELINE } from './households.openapi.js';

const HOUSEHOLDS: EntitySource<HouseholdRegisterDoc> = {
  table: 'household_register',
  what: 'household',
  streamId: householdStream,
  evolve: evolveRegisterRecorded,
};

@Controller('api/households')
@ApiTags('Households')
export class HouseholdQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly views: HouseholdViews,
    private readonly index: BlindIndex,
  ) {}

  /**
   * `?q=`: the households whose code starts with it, or whose head's name has every word of it
   * (matched through the blind index: keyed hashes of normalised words, ADR 0020). One
   * JSON parameter carries both, so it fits the list's one-value filters.
   */
  private search(q: string | undefined): string | undefined {
    if (q === undefined) return undefined;
    const text = q.trim();
    return JSON.stringify({ code: `${likeText(text.toUpperCase())}%`, tokens: this.index.nameQuery(text) });
  }

  @Get()
  @QueryRoute('List households (the head masked unless your role may see it)', HOUSEHOLD_PAGE)
  async list(@Query() q: ListHouseholdsQuery, @Viewer() viewer: Actor | undefined): Promise<Page<HouseholdView>> {
    const own = viewer ? scopedFilter(viewer) : {};
    const page = await this.queries.execute(
      new ListDocsQuery<HouseholdRegisterDoc>(
        'household_register',
        [
          // An organisation sees the households of the units it is paired with, not those it once sponsored.
          ['commune_id = ?', own.communeId],
          [
            `(commune_id in (${ACTIVE_PAIRED_UNITS_SQL}) or village_id in (${ACTIVE_PAIRED_UNITS_SQL}))`,
            own.organizationId,
          ],
          ['commune_id = ?', q.communeId],
          ['status = ?', q.status],
          ['(open_commitments > 0) = ?', q.hasOpenCommitment],
          ['ethnic_minority = ?', q.ethnicMinority],
          // A duplicate merged into another household is no longer listed (its own page still answers).
          ['(merged_into is null) = ?', true],
          [
            `(upper(code) like (?::jsonb->>'code') or id in (select household_id from household_search
               where kind = 'name' and token in (select jsonb_array_elements_text(?::jsonb->'tokens'))
               group by household_id having count(distinct token) = jsonb_array_length(?::jsonb->'tokens')))`,
            this.search(q.q),
          ],
        ],
        'code, id',
        q,
      ),
    );
    const today = vietnamDate(new Date());
    return { items: await Promise.all(page.items.map((d) => this.views.view(d, today, viewer))), total: page.total };
  }

  @Get(':id')
  @Scoped('household')
  @QueryRoute('One household, now or as of an instant', HOUSEHOLD, { problems: [404] })
  async get(
    @IdParam() id: string,
    @Query() q: AsOfQuery,
    @Viewer() viewer: Actor | undefined,
  ): Promise<HouseholdView & { revision: number }> {
    const asOf = parseAsOf(q.asOf);
    const { revision, ...doc } = await this.queries.execute(new EntityViewQuery(HOUSEHOLDS, id, asOf));
    return { ...(await this.views.view(doc, vietnamDate(asOf ?? new Date()), viewer)), revision };
  }

  @Get(':id/timeline')
  @Scoped('household')
  @QueryRoute("A household's timeline: registration, reviews, support, moves", HOUSEHOLD_TIMELINE, { problems: [404] })
  timeline(@IdParam() id: string): Promise<HouseholdTimeline> {
    return this.queries.execute(new HouseholdTimelineQuery(id));
  }
}
