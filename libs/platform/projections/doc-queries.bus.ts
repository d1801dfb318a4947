import { Inject, Injectable } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import type { Page } from '../http/list-query.js';
import { entityView, listDocs, type EntitySource, type Filter } from './doc-queries.js';

/**
 * The QueryBus envelopes of the two reads most screens make: a page of a read model's documents
 * (filters, order, limit/offset) and one record (live, or as of an instant from the log). Query
 * handlers read SQL directly; reads with more to them have their own query class (ADR 0012).
 */
export class ListDocsQuery<D> extends Query<Page<D>> {
  constructor(
    readonly table: string,
    readonly filters: readonly Filter[],
    readonly orderBy: string,
    readonly page: { limit?: number; offset?: number },
  ) {
    super();
  }
}

export class EntityViewQuery<D> extends Query<D & { revision: number }> {
  constructor(
    readonly source: EntitySource<D>,
    readonly id: string,
    readonly asOf?: Date,
  ) {
    super();
  }
}

@QueryHandler(ListDocsQuery)
@Injectable()
export class ListDocsHandler implements IQueryHandler<ListDocsQuery<unknown>, Page<unknown>> {
  constructor(private readonly db: DataSource) {}

  execute({ table, filters, orderBy, page }: ListDocsQuery<unknown>): Promise<Page<unknown>> {
    return listDocs(this.db, table, filters, orderBy, page);
  }
}

@QueryHandler(EntityViewQuery)
@Injectable()
export class EntityViewHandler implements IQueryHandler<EntityViewQuery<unknown>, { revision: number }> {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ source, id, asOf }: EntityViewQuery<unknown>): Promise<{ revision: number }> {
    return entityView(this.db, this.store, source, id, asOf);
  }
}
