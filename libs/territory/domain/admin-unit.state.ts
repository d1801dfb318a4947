import type { IsoDate } from '@kn/shared';
import { assertNever } from '@kn/shared';
import type { AdminUnitEvent } from './admin-unit.events.js';
import type { AdminUnitKind, AdminUnitStatus, Classification, CommuneType } from './admin-unit.labels.js';

interface UnitFields {
  readonly unitId: string;
  readonly kind: AdminUnitKind;
  readonly name: string;
  readonly code: string;
  readonly parentId: string | null;
  readonly classifications: readonly Classification[];
  readonly establishedOn: IsoDate;
  /** Xã, phường or thị trấn for a commune established with its type; null otherwise. */
  readonly communeType: CommuneType | null;
  /** Units merged into this one, across all merges it absorbed. */
  readonly predecessorIds: readonly string[];
}

export type AdminUnitState =
  | { readonly status: 'not_established' }
  | ({ readonly status: 'active' } & UnitFields)
  | ({ readonly status: 'merged'; readonly successorId: string; readonly mergedOn: IsoDate } & UnitFields)
  | ({ readonly status: 'dissolved'; readonly dissolvedOn: IsoDate } & UnitFields);

export const initialAdminUnitState: AdminUnitState = { status: 'not_established' };

/**
 * What another stream's decision needs to know about a unit (a parent, a merge predecessor, a
 * pairing's unit). The handler loads it and puts it in the command.
 */
export interface AdminUnitFacts {
  readonly unitId: string;
  readonly kind: AdminUnitKind;
  readonly status: AdminUnitStatus;
  readonly establishedOn: IsoDate;
}

export function adminUnitFacts(state: AdminUnitState): AdminUnitFacts | null {
  if (state.status === 'not_established') return null;
  const { unitId, kind, status, establishedOn } = state;
  return { unitId, kind, status, establishedOn };
}

export function evolveAdminUnitState(state: AdminUnitState, event: AdminUnitEvent): AdminUnitState {
  if (event.type === 'AdministrativeUnitEstablished') {
    return { status: 'active', ...event.data, communeType: event.data.communeType ?? null, predecessorIds: [] };
  }
  // Events only ever follow an establishment; anything else would be a corrupt stream, left as is.
  if (state.status !== 'active') return state;
  switch (event.type) {
    case 'AdministrativeUnitRenamed':
      return { ...state, name: event.data.name };
    case 'AdministrativeUnitReclassified':
      return { ...state, classifications: event.data.classifications };
    case 'AdministrativeUnitsMerged':
      return { ...state, predecessorIds: [...state.predecessorIds, ...event.data.predecessorIds] };
    case 'AdministrativeUnitMergedInto':
      return { ...state, status: 'merged', successorId: event.data.successorId, mergedOn: event.data.effectiveOn };
    case 'AdministrativeUnitDissolved':
      return { ...state, status: 'dissolved', dissolvedOn: event.data.dissolvedOn };
    case 'AdministrativeUnitReparented':
      return { ...state, parentId: event.data.toParentId };
    default:
      return assertNever(event, 'administrative unit event');
  }
}
