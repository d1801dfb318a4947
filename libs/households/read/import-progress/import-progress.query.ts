import { Inject, Injectable } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { NotFound } from '@kn/shared';
import { importProgress, importStream, type ImportKind } from '../../domain/household-import.events.js';

export interface ImportProgressView {
  readonly importId: string;
  readonly kind: ImportKind | null;
  readonly status: 'running' | 'completed';
  readonly total: number;
  readonly done: number;
  readonly applied: number;
  readonly errors: readonly { readonly row: number; readonly code: string; readonly message: string }[];
}

/** An import's progress, folded from its own stream (it is short: one event per row). */
export class ImportProgressQuery extends Query<ImportProgressView> {
  constructor(readonly importId: string) {
    super();
  }
}

@QueryHandler(ImportProgressQuery)
@Injectable()
export class ImportProgressHandler implements IQueryHandler<ImportProgressQuery, ImportProgressView> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ importId }: ImportProgressQuery): Promise<ImportProgressView> {
    const events = await this.store.readStream(importStream(importId));
    const p = importProgress(importId, events);
    if (p.status === 'not_started') throw new NotFound('import', importId);
    return {
      importId,
      kind: p.kind,
      status: p.status,
      total: p.total,
      done: p.done,
      applied: p.applied,
      errors: p.errors,
    };
  }
}
