import type { IsoDate, Message } from '@kn/shared';
import { isIsoDate } from '@kn/shared';
import type { AdminUnitKind, Classification, CommuneType } from './admin-unit.labels.js';

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
    /** Present only for a commune established with its type (xã, phường, thị trấn). */
    readonly communeType?: CommuneType;
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
  {
    readonly unitId: string;
    readonly dissolvedOn: IsoDate;
    readonly reason: string;
    /** Present when a decision dissolved it and named where its children go (since the 2025 reform). */
    readonly decisionRef?: string | null;
    readonly childrenToId?: string | null;
  }
>;

/** The unit now sits under another parent; its own id, households and pairings are unchanged. */
export type AdministrativeUnitReparented = Message<
  'AdministrativeUnitReparented',
  {
    readonly unitId: string;
    readonly kind: AdminUnitKind;
    readonly fromParentId: string | null;
    readonly toParentId: string;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

export type AdminUnitEvent =
  | AdministrativeUnitEstablished
  | AdministrativeUnitRenamed
  | AdministrativeUnitReclassified
  | AdministrativeUnitMergedInto
  | AdministrativeUnitsMerged
  | AdministrativeUnitDissolved
  | AdministrativeUnitReparented;

export const ADMIN_UNIT_EVENT_TYPES: readonly AdminUnitEvent['type'][] = [
  'AdministrativeUnitEstablished',
  'AdministrativeUnitRenamed',
  'AdministrativeUnitReclassified',
  'AdministrativeUnitMergedInto',
  'AdministrativeUnitsMerged',
  'AdministrativeUnitDissolved',
  'AdministrativeUnitReparented',
];

/** The published fact other contexts react to (pairings and households follow a merge). */
export interface MergedIntoFact {
  readonly unitId: string;
  readonly successorId: string;
  readonly effectiveOn: IsoDate;
  readonly decisionRef: string;
}

/** Reads AdministrativeUnitMergedInto data defensively: null when it is not well formed. */
export function mergedIntoFact(data: Readonly<Record<string, unknown>>): MergedIntoFact | null {
  const { unitId, successorId, effectiveOn, decisionRef } = data;
  return typeof unitId === 'string' &&
    typeof successorId === 'string' &&
    isIsoDate(effectiveOn) &&
    typeof decisionRef === 'string'
    ? { unitId, successorId, effectiveOn, decisionRef }
    : null;
}

/** Published: a unit moved under another parent (a village transfer moves its households' commune). */
export interface ReparentedFact {
  readonly unitId: string;
  readonly kind: string;
  readonly fromParentId: string | null;
  readonly toParentId: string;
  readonly effectiveOn: IsoDate;
  readonly decisionRef: string;
}

export function reparentedFact(data: Readonly<Record<string, unknown>>): ReparentedFact | null {
  const { unitId, kind, fromParentId, toParentId, effectiveOn, decisionRef } = data;
  return typeof unitId === 'string' &&
    typeof kind === 'string' &&
    (fromParentId === null || typeof fromParentId === 'string') &&
    typeof toParentId === 'string' &&
    isIsoDate(effectiveOn) &&
    typeof decisionRef === 'string'
    ? { unitId, kind, fromParentId, toParentId, effectiveOn, decisionRef }
    : null;
}

/** Published: where a unit's children go when it ends — its successor, or the unit a dissolution named. */
export interface ChildrenMoveFact {
  readonly unitId: string;
  readonly toParentId: string;
  readonly effectiveOn: IsoDate;
  readonly decisionRef: string;
}

export function childrenMoveFact(type: string, data: Readonly<Record<string, unknown>>): ChildrenMoveFact | null {
  if (type === 'AdministrativeUnitMergedInto') {
    const m = mergedIntoFact(data);
    return m
      ? { unitId: m.unitId, toParentId: m.successorId, effectiveOn: m.effectiveOn, decisionRef: m.decisionRef }
      : null;
  }
  const { unitId, childrenToId, dissolvedOn, decisionRef, reason } = data;
  if (
    type !== 'AdministrativeUnitDissolved' ||
    typeof unitId !== 'string' ||
    typeof childrenToId !== 'string' ||
    !isIsoDate(dissolvedOn)
  )
    return null;
  return {
    unitId,
    toParentId: childrenToId,
    effectiveOn: dissolvedOn,
    decisionRef: typeof decisionRef === 'string' ? decisionRef : String(reason ?? ''),
  };
}
