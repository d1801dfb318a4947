import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { categoryOf, NotFound } from '@kn/shared';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@kn/event-store';
import { fieldDiff, type FieldChange } from '../../domain/field-diff.js';

/** Folds an entity's read document from its events, per stream category, for the diffs. */
export type EntityFold = (doc: unknown, event: RecordedEvent) => unknown;
export const ENTITY_FOLDS = Symbol('ENTITY_FOLDS');

export interface StreamHistory {
  readonly streamId: string;
  readonly events: readonly (Pick<
    RecordedEvent,
    'revision' | 'position' | 'type' | 'recordedAt' | 'data' | 'metadata' | 'hash' | 'prevHash'
  > & { changes: FieldChange[] | null })[];
}

/** One stream's events with the field changes each made to its entity; 404 when the stream is empty. */
export class StreamHistoryQuery extends Query<StreamHistory> {
  constructor(readonly streamId: string) {
    super();
  }
}

@QueryHandler(StreamHistoryQuery)
export class StreamHistoryHandler implements IQueryHandler<StreamHistoryQuery, StreamHistory> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENTITY_FOLDS) private readonly folds: Readonly<Record<string, EntityFold>>,
  ) {}

  async execute({ streamId }: StreamHistoryQuery): Promise<StreamHistory> {
    const events = await this.store.readStream(streamId);
    if (!events.length) throw new NotFound('stream', streamId);
    const category = categoryOf(streamId);
    const fold = Object.hasOwn(this.folds, category) ? this.folds[category] : null;
    let doc: unknown = null;
    return {
      streamId,
      events: events.map((e) => {
        const before = doc;
        doc = fold ? fold(doc, e) : null;
        return {
          revision: e.revision,
          position: e.position,
          type: e.type,
          recordedAt: e.recordedAt,
          data: e.data,
          metadata: e.metadata,
          hash: e.hash,
          prevHash: e.prevHash,
          changes: fold === null ? null : fieldDiff(before, doc),
        };
      }),
    };
  }
}
