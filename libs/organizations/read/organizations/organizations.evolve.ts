import type { IsoDate, Message } from '@kn/shared';
import type { OrganizationKind, OrganizationStatus } from '../../domain/organization.labels.js';
import { ORGANIZATION_KINDS } from '../../domain/organization.labels.js';

/** One row of the organisations read model. */
export interface OrganizationDoc {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly shortName: string | null;
  readonly status: OrganizationStatus;
  readonly dissolvedOn: IsoDate | null;
  /** Lineage: the organisation it merged into, and those merged into it. */
  readonly successorId?: string | null;
  readonly mergedOn?: IsoDate | null;
  readonly predecessorIds?: readonly string[];
  /** Dated changes with their decisions, for the lineage shown in the UI. */
  readonly history?: readonly OrganizationHistoryEntry[];
}

/** A dated change; lineage changes carry their decision and the organisations they link to. */
export interface OrganizationHistoryEntry {
  readonly date: string | null;
  readonly type: string;
  readonly summary: string;
  readonly decisionRef?: string;
  /** Merged: the predecessors; merged into: the successor. */
  readonly relatedIds?: readonly string[];
}

type Data = Readonly<Record<string, unknown>>;

// Projections must never throw on what is in the log, so event data is read defensively.
const textOrNull = (d: Data, key: string): string | null => (typeof d[key] === 'string' ? (d[key] as string) : null);

function registered(d: Data): OrganizationDoc | null {
  const id = textOrNull(d, 'organizationId');
  const kind = ORGANIZATION_KINDS.find((k) => k === d['kind']);
  if (!id || !kind) return null;
  return {
    id,
    name: textOrNull(d, 'name') ?? '',
    kind,
    shortName: textOrNull(d, 'shortName'),
    status: 'active',
    dissolvedOn: null,
  };
}

const texts = (d: Data, key: string): string[] =>
  Array.isArray(d[key]) ? (d[key] as unknown[]).filter((v): v is string => typeof v === 'string') : [];
const decision = (d: Data): string => (textOrNull(d, 'decisionRef') ? ` (${textOrNull(d, 'decisionRef')})` : '');

function withHistory(
  doc: OrganizationDoc,
  type: string,
  date: string | null,
  summary: string,
  d: Data = {},
  relatedIds: readonly string[] = [],
): OrganizationDoc {
  const decisionRef = textOrNull(d, 'decisionRef');
  const entry: OrganizationHistoryEntry = {
    date,
    type,
    summary,
    ...(decisionRef ? { decisionRef } : {}),
    ...(relatedIds.length ? { relatedIds } : {}),
  };
  return { ...doc, history: [...(doc.history ?? []), entry] };
}

/** Folds one organisation event into its document; unknown or malformed events leave it as it was. */
export function evolveOrganization(doc: OrganizationDoc | null, event: Message): OrganizationDoc | null {
  const d: Data = typeof event.data === 'object' && event.data !== null ? (event.data as Data) : {};
  if (event.type === 'OrganizationRegistered') return doc ?? registered(d);
  if (doc === null) return null;
  switch (event.type) {
    case 'OrganizationRenamed':
      return withHistory(
        { ...doc, name: textOrNull(d, 'name') ?? doc.name },
        event.type,
        textOrNull(d, 'effectiveOn'),
        `Đổi tên từ ${textOrNull(d, 'previousName') ?? doc.name} thành ${textOrNull(d, 'name')}${decision(d)}`,
        d,
      );
    case 'OrganizationDissolved':
      return withHistory(
        { ...doc, status: 'dissolved', dissolvedOn: textOrNull(d, 'dissolvedOn') },
        event.type,
        textOrNull(d, 'dissolvedOn'),
        `Giải thể: ${textOrNull(d, 'reason') ?? ''}${decision(d)}`,
        d,
      );
    case 'OrganizationsMerged': {
      const predecessorIds = [...new Set([...(doc.predecessorIds ?? []), ...texts(d, 'predecessorIds')])];
      return withHistory(
        { ...doc, predecessorIds },
        event.type,
        textOrNull(d, 'effectiveOn'),
        `Hợp nhất ${texts(d, 'predecessorIds').length} đơn vị${decision(d)}`,
        d,
        texts(d, 'predecessorIds'),
      );
    }
    case 'OrganizationMergedInto':
      return withHistory(
        { ...doc, status: 'merged', successorId: textOrNull(d, 'successorId'), mergedOn: textOrNull(d, 'effectiveOn') },
        event.type,
        textOrNull(d, 'effectiveOn'),
        `Hợp nhất vào đơn vị mới${decision(d)}`,
        d,
        [textOrNull(d, 'successorId')].filter((x): x is string => x !== null),
      );
    default:
      return doc;
  }
}
