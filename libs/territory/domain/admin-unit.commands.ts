import type { IsoDate, Message } from '@kn/shared';
import type { AdminUnitFacts } from './admin-unit.state.js';
import type { AdminUnitKind, Classification, CommuneType } from './admin-unit.labels.js';

export type EstablishAdministrativeUnit = Message<
  'EstablishAdministrativeUnit',
  {
    readonly unitId: string;
    readonly kind: AdminUnitKind;
    readonly name: string;
    readonly code: string;
    readonly parentId: string | null;
    /** Looked up by the handler from `parentId`; null when the parent stream does not exist. */
    readonly parent: AdminUnitFacts | null;
    readonly classifications: readonly Classification[];
    readonly establishedOn: IsoDate;
    /** Xã, phường or thị trấn; only for a commune, optional. */
    readonly communeType?: CommuneType | null;
  }
>;

export type RenameAdministrativeUnit = Message<
  'RenameAdministrativeUnit',
  { readonly unitId: string; readonly name: string; readonly effectiveOn: IsoDate }
>;

export type ReclassifyAdministrativeUnit = Message<
  'ReclassifyAdministrativeUnit',
  {
    readonly unitId: string;
    readonly add: readonly Classification[];
    readonly remove: readonly Classification[];
    readonly effectiveOn: IsoDate;
  }
>;

/** On the successor: it absorbed these predecessors. Built by `planMerge`. */
export type RecordMerge = Message<
  'RecordMerge',
  {
    readonly unitId: string;
    readonly predecessorIds: readonly string[];
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
  }
>;

/** On each predecessor: it ceased by merging into the successor. Built by `planMerge`. */
export type MergeInto = Message<
  'MergeInto',
  { readonly unitId: string; readonly successorId: string; readonly effectiveOn: IsoDate; readonly decisionRef: string }
>;

export type DissolveAdministrativeUnit = Message<
  'DissolveAdministrativeUnit',
  {
    readonly unitId: string;
    readonly dissolvedOn: IsoDate;
    readonly reason: string;
    readonly decisionRef?: string | null;
    /** Where its active children go (a district's communes to the province); looked up by the handler. */
    readonly childrenTo?: AdminUnitFacts | null;
  }
>;

/**
 * Moves a unit under another parent (a commune to the new province, a village to another
 * commune). `parent` is looked up by the handler from `parentId`; null when it does not exist.
 * `villageTransfer` asks for the stricter rules of POST /admin-units/{id}/transfer.
 */
export type ReparentAdministrativeUnit = Message<
  'ReparentAdministrativeUnit',
  {
    readonly unitId: string;
    readonly parentId: string;
    readonly parent: AdminUnitFacts | null;
    readonly effectiveOn: IsoDate;
    readonly decisionRef: string;
    readonly villageTransfer?: boolean;
  }
>;

export type AdminUnitCommand =
  | EstablishAdministrativeUnit
  | RenameAdministrativeUnit
  | ReclassifyAdministrativeUnit
  | RecordMerge
  | MergeInto
  | DissolveAdministrativeUnit
  | ReparentAdministrativeUnit;
