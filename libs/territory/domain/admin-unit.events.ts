import type { IsoDate, Message } from '@kn/shared';
import { isIsoDate } from '@kn/shared';
import type { AdminUnitKind, Classification } from './admin-unit.vocabulary.js';

export type AdministrativeUnitEstablished = Message<
  'AdministrativeUnitEstablished',
  {
    readonly unitId: string;
    readonly kind: AdminUnitKind;
    readonly name: string;
    readonly code: string;
    readonly parentId: string | null;
    readonly classifications: readonly Classification[];
    readonly establishedOn: IsoDate;
  }
>;

export type AdministrativeUnitRenamed = Message<
  'AdministrativeUnitRenamed',
  { readonly unitId: string; readonly name: string; readonly previousName: string; readonly effectiveOn: IsoDate }
>;

export type AdministrativeUnitReclassified = Message<
  'AdministrativeUnitReclassified',
  {
    readonly unitId: string;
    readonly added: readonly Classification[];
    readonly removed: readonly Classification[];
    /** The resulting set, so readers need not replay to know it. */
    readonly classifications: readonly Classification[];
    readonly effectiveOn: IsoDate;
  }
>;

/** Recorded on each predecessor's stream. */
export type AdministrativeUnitMergedInto = Message<
  'AdministrativeUnitMergedInto',
  { readonly unitId: string; readonly successorId: string; readonly effectiveOn: IsoDate; readonly decisionRef: string }
>;

/** Recorded on the successor's stream. */
export type AdministrativeUnitsMerged = Message<
  'AdministrativeUnitsMerged',
  {
    readonly unitId: string;
    readonly predecessorIds: readonly string[];
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

export type AdministrativeUnitDissolved = Message<
  'AdministrativeUnitDissolved',
  { readonly unitId: string; readonly dissolvedOn: IsoDate; readonly reason: string }
>;

export type AdminUnitEvent =
  | AdministrativeUnitEstablished
  | AdministrativeUnitRenamed
  | AdministrativeUnitReclassified
  | AdministrativeUnitMergedInto
  | AdministrativeUnitsMerged
  | AdministrativeUnitDissolved;

export const ADMIN_UNIT_EVENT_TYPES: readonly AdminUnitEvent['type'][] = [
  'AdministrativeUnitEstablished',
  'AdministrativeUnitRenamed',
  'AdministrativeUnitReclassified',
  'AdministrativeUnitMergedInto',
  'AdministrativeUnitsMerged',
  'AdministrativeUnitDissolved',
];

/** The published fact other contexts react to (pairings and households follow a merge). */
export interface MergedIntoFact { readonly unitId: string; readonly successorId: string; readonly effectiveOn: IsoDate; readonly decisionRef: string }

/** Reads AdministrativeUnitMergedInto data defensively: null when it is not well formed. */
export function mergedIntoFact(data: Readonly<Record<string, unknown>>): MergedIntoFact | null {
  const { unitId, successorId, effectiveOn, decisionRef } = data;
  return typeof unitId === 'string' && typeof successorId === 'string' && isIsoDate(effectiveOn) && typeof decisionRef === 'string'
    ? { unitId, successorId, effectiveOn, decisionRef }
    : null;
}
