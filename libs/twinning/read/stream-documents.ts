import type { RecordedEvent } from '@kn/event-store';
import { documentProjection, type Columns, type Projection } from '@kn/platform';
import { idOf } from '@kn/shared';

export interface StreamDocumentSpec<D> {
  readonly name: string;
  readonly table: string;
  readonly category: string;
  evolve(doc: D | null, event: RecordedEvent): D | null;
  /** The table's own columns (name → SQL type) besides `id`, `doc` and `revision`. */
  readonly columns: Columns;
  /** Their values for a document, keyed by column name. */
  values(doc: D): Record<string, unknown>;
}

/** One JSON document per stream of a category, `id` the stream's id (see `documentProjection`). */
export function streamDocumentProjection<D>(spec: StreamDocumentSpec<D>): Projection {
  return documentProjection<D>({ ...spec, categories: [spec.category], keyOf: (e) => idOf(e.streamId) });
}
