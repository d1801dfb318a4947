import type { IsoDate, Message } from '@kn/shared';
import type { AdminUnitKind, AdminUnitStatus, Classification, CommuneType } from '../../domain/admin-unit.labels.js';
import {
  ADMIN_UNIT_KIND_LABELS,
  ADMIN_UNIT_KINDS,
  CLASSIFICATION_LABELS,
  CLASSIFICATIONS,
  COMMUNE_TYPE_LABELS,
  COMMUNE_TYPES,
} from '../../domain/admin-unit.labels.js';

export interface AdminUnitHistoryEntry {
  readonly date: IsoDate;
  readonly type: string;
  readonly summary: string;
  /** Lineage changes: the decision that made them. */
  readonly decisionRef?: string;
  /** The units a change links to: a merge's predecessors, the successor, the new parent, where a dissolved unit's children went. */
  readonly relatedIds?: readonly string[];
}

/** One row of the admin-unit tree read model: a unit with its lineage. */
export interface AdminUnitTreeDoc {
  readonly id: string;
  readonly kind: AdminUnitKind;
  readonly name: string;
  readonly code: string;
  readonly parentId: string | null;
  readonly classifications: readonly Classification[];
  /** Xã, phường or thị trấn; absent when the commune was established without its type (or for other kinds). */
  readonly communeType?: CommuneType;
  readonly status: AdminUnitStatus;
  readonly successorId: string | null;
  readonly predecessorIds: readonly string[];
  readonly establishedOn: IsoDate;
  /** The date it was merged or dissolved, so history can roll up under the boundaries of its date. */
  readonly endedOn: IsoDate | null;
  readonly history: readonly AdminUnitHistoryEntry[];
  /** The parents it had and since when; absent until the unit is first moved. */
  readonly parentHistory?: readonly { readonly parentId: string | null; readonly from: IsoDate }[];
  /** Where a dissolution sent its children (since the 2025 reform); figures re-based to today follow it. */
  readonly childrenToId?: string | null;
}

type Data = Readonly<Record<string, unknown>>;

// Projections must never throw on what is in the log, so event data is read defensively.
const text = (d: Data, key: string): string => (typeof d[key] === 'string' ? (d[key] as string) : '');
const textOrNull = (d: Data, key: string): string | null => (typeof d[key] === 'string' ? (d[key] as string) : null);
const texts = (d: Data, key: string): string[] =>
  Array.isArray(d[key]) ? (d[key] as unknown[]).filter((v) => typeof v === 'string') : [];
const classifications = (d: Data, key: string): Classification[] =>
  CLASSIFICATIONS.filter((c) => texts(d, key).includes(c));
const labels = (values: readonly Classification[]): string => values.map((c) => CLASSIFICATION_LABELS[c].vi).join(', ');

function withHistory(
  doc: AdminUnitTreeDoc,
  type: string,
  date: string,
  summary: string,
  d: Data = {},
  relatedIds: readonly string[] = [],
): AdminUnitTreeDoc {
  const decisionRef = text(d, 'decisionRef');
  const entry: AdminUnitHistoryEntry = {
    date,
    type,
    summary,
    ...(decisionRef ? { decisionRef } : {}),
    ...(relatedIds.length ? { relatedIds } : {}),
  };
  return { ...doc, history: [...doc.history, entry] };
}

function established(d: Data): AdminUnitTreeDoc | null {
  const kind = ADMIN_UNIT_KINDS.find((k) => k === d['kind']);
  const id = text(d, 'unitId');
  if (!kind || !id) return null;
  const communeType = COMMUNE_TYPES.find((t) => t === d['communeType']);
  const doc: AdminUnitTreeDoc = {
    id,
    kind,
    name: text(d, 'name'),
    code: text(d, 'code'),
    parentId: textOrNull(d, 'parentId'),
    classifications: classifications(d, 'classifications'),
    status: 'active',
    successorId: null,
    predecessorIds: [],
    establishedOn: text(d, 'establishedOn'),
    endedOn: null,
    history: [],
    ...(communeType ? { communeType } : {}),
  };
  const kindLabel = communeType ? COMMUNE_TYPE_LABELS[communeType].vi : ADMIN_UNIT_KIND_LABELS[kind].vi;
  const summary = `Thành lập ${kindLabel} ${doc.name} (mã ${doc.code})`;
  return withHistory(doc, 'AdministrativeUnitEstablished', doc.establishedOn, summary);
}

function reclassified(doc: AdminUnitTreeDoc, d: Data): AdminUnitTreeDoc {
  const added = classifications(d, 'added');
  const removed = classifications(d, 'removed');
  const parts = [added.length ? `thêm ${labels(added)}` : '', removed.length ? `bỏ ${labels(removed)}` : ''];
  const summary = `Phân loại lại: ${parts.filter(Boolean).join('; ')}`;
  return withHistory(
    { ...doc, classifications: classifications(d, 'classifications') },
    'AdministrativeUnitReclassified',
    text(d, 'effectiveOn'),
    summary,
  );
}

function merged(doc: AdminUnitTreeDoc, d: Data): AdminUnitTreeDoc {
  const predecessorIds = [...new Set([...doc.predecessorIds, ...texts(d, 'predecessorIds')])];
  const summary = `Hợp nhất ${texts(d, 'predecessorIds').length} đơn vị (${text(d, 'decisionRef')})`;
  return withHistory(
    { ...doc, predecessorIds },
    'AdministrativeUnitsMerged',
    text(d, 'effectiveOn'),
    summary,
    d,
    texts(d, 'predecessorIds'),
  );
}

function mergedInto(doc: AdminUnitTreeDoc, d: Data): AdminUnitTreeDoc {
  const date = text(d, 'effectiveOn');
  const next = { ...doc, status: 'merged' as const, successorId: textOrNull(d, 'successorId'), endedOn: date };
  return withHistory(
    next,
    'AdministrativeUnitMergedInto',
    date,
    `Sáp nhập vào đơn vị mới (${text(d, 'decisionRef')})`,
    d,
    text(d, 'successorId') ? [text(d, 'successorId')] : [],
  );
}

function dissolved(doc: AdminUnitTreeDoc, d: Data): AdminUnitTreeDoc {
  const date = text(d, 'dissolvedOn');
  const decision = text(d, 'decisionRef') ? ` (${text(d, 'decisionRef')})` : '';
  return withHistory(
    { ...doc, status: 'dissolved', endedOn: date, childrenToId: textOrNull(d, 'childrenToId') },
    'AdministrativeUnitDissolved',
    date,
    `Giải thể: ${text(d, 'reason')}${decision}`,
    d,
    text(d, 'childrenToId') ? [text(d, 'childrenToId')] : [],
  );
}

function reparented(doc: AdminUnitTreeDoc, d: Data): AdminUnitTreeDoc {
  const toParentId = text(d, 'toParentId');
  if (!toParentId) return doc;
  const moves = doc.parentHistory ?? [{ parentId: doc.parentId, from: doc.establishedOn }];
  const next = {
    ...doc,
    parentId: toParentId,
    parentHistory: [...moves, { parentId: toParentId, from: text(d, 'effectiveOn') }],
  };
  return withHistory(
    next,
    'AdministrativeUnitReparented',
    text(d, 'effectiveOn'),
    `Chuyển sang trực thuộc đơn vị khác (${text(d, 'decisionRef')})`,
    d,
    [toParentId],
  );
}

/** Folds one administrative-unit event into its tree document; unknown or malformed events leave it as it was. */
export function evolveAdminUnit(doc: AdminUnitTreeDoc | null, event: Message): AdminUnitTreeDoc | null {
  const d: Data = typeof event.data === 'object' && event.data !== null ? (event.data as Data) : {};
  if (event.type === 'AdministrativeUnitEstablished') return doc ?? established(d);
  if (doc === null) return null;
  switch (event.type) {
    case 'AdministrativeUnitRenamed': {
      const summary = `Đổi tên từ ${text(d, 'previousName') || doc.name} thành ${text(d, 'name')}`;
      return withHistory({ ...doc, name: text(d, 'name') || doc.name }, event.type, text(d, 'effectiveOn'), summary);
    }
    case 'AdministrativeUnitReclassified':
      return reclassified(doc, d);
    case 'AdministrativeUnitsMerged':
      return merged(doc, d);
    case 'AdministrativeUnitMergedInto':
      return mergedInto(doc, d);
    case 'AdministrativeUnitDissolved':
      return dissolved(doc, d);
    case 'AdministrativeUnitReparented':
      return reparented(doc, d);
    default:
      return doc;
  }
}
