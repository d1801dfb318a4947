import type { IsoDate } from '@kn/shared';
import { assertNever } from '@kn/shared';
import type { OrganizationEvent } from './organization.events.js';
import type { OrganizationKind, OrganizationStatus } from './organization.labels.js';

interface OrganizationFields {
  readonly organizationId: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly shortName: string | null;
  readonly registeredOn: IsoDate | null;
  /** Organisations merged into this one. */
  readonly predecessorIds: readonly string[];
}

export type OrganizationState =
  | { readonly status: 'not_registered' }
  | ({ readonly status: 'active' } & OrganizationFields)
  | ({ readonly status: 'merged'; readonly successorId: string; readonly mergedOn: IsoDate } & OrganizationFields)
  | ({ readonly status: 'dissolved'; readonly dissolvedOn: IsoDate } & OrganizationFields);

export const initialOrganizationState: OrganizationState = { status: 'not_registered' };

/** What another stream's decision (a pairing, a commitment's sponsor) needs to know; loaded by its handler. */
export interface OrganizationFacts {
  readonly organizationId: string;
  readonly kind: OrganizationKind;
  readonly status: OrganizationStatus;
}

export function organizationFacts(state: OrganizationState): OrganizationFacts | null {
  if (state.status === 'not_registered') return null;
  return { organizationId: state.organizationId, kind: state.kind, status: state.status };
}

export function evolveOrganizationState(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  switch (event.type) {
    case 'OrganizationRegistered': {
      const { organizationId, name, kind, shortName, registeredOn } = event.data;
      return {
        status: 'active',
        organizationId,
        name,
        kind,
        shortName,
        registeredOn: registeredOn ?? null,
        predecessorIds: [],
      };
    }
    case 'OrganizationRenamed':
      return state.status === 'active' ? { ...state, name: event.data.name } : state;
    case 'OrganizationDissolved':
      return state.status === 'active' ? { ...state, status: 'dissolved', dissolvedOn: event.data.dissolvedOn } : state;
    case 'OrganizationsMerged':
      return state.status === 'active'
        ? { ...state, predecessorIds: [...state.predecessorIds, ...event.data.predecessorIds] }
        : state;
    case 'OrganizationMergedInto':
      return state.status === 'active'
        ? { ...state, status: 'merged', successorId: event.data.successorId, mergedOn: event.data.effectiveOn }
        : state;
    default:
      return assertNever(event, 'organization event');
  }
}
