import { documentProjection, type Columns, type Projection } from '@kn/platform';
import { HOUSEHOLD_CATEGORY } from '../domain/household.decide.js';
import type { HouseholdEvent } from '../domain/household.events.js';
import { householdEventOf } from './household-event.js';

export interface HouseholdDocumentSpec<D> {
  readonly name: string;
  readonly table: string;
  evolve(doc: D | null, event: HouseholdEvent): D | null;
  /** The table's own columns (name → SQL type) besides `id`, `doc` and `revision`. */
  readonly columns?: Columns;
  /** Their values for a document, keyed by column name. */
  values?(doc: D): Record<string, unknown>;
}

/** One JSON document per household, folded by a pure evolve over the typed household events (see `documentProjection`). */
export function householdDocumentProjection<D>(spec: HouseholdDocumentSpec<D>): Projection {
  return documentProjection<D>({
    ...spec,
    categories: [HOUSEHOLD_CATEGORY],
    keyOf: (e) => householdEventOf(e)?.householdId ?? null,
    evolve: (doc, e) => {
      const parsed = householdEventOf(e);
      return parsed ? spec.evolve(doc, parsed.event) : doc;
    },
  });
}
