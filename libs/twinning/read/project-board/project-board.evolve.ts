import type { IsoDate } from '@kn/shared';
import { RESOURCE_SOURCES } from '../../domain/twinning.labels.js';
import type { ProjectStatus } from '../../domain/twinning.labels.js';
import { dateOrNull, fieldsOf, numberMap, numberOr, textOr } from '../event-data.js';
import type { Fields, StoredEvent } from '../event-data.js';

/** GET /api/projects[/{id}] and the dashboard's project figures: one entry per project. */
export interface FundingTotals {
  readonly pledgedVnd: number;
  readonly receivedVnd: number;
}

export interface ProjectBoardEntry {
  readonly id: string;
  readonly adminUnitId: string;
  readonly pairingId: string | null;
  readonly category: string;
  readonly title: string;
  readonly status: ProjectStatus;
  readonly plannedBudgetVnd: number;
  readonly plannedStartOn: IsoDate | null;
  readonly plannedEndOn: IsoDate | null;
  readonly approvedOn: IsoDate | null;
  readonly decisionRef: string | null;
  readonly startedOn: IsoDate | null;
  /** Percent done; 100 once completed. */
  readonly progress: number;
  readonly lastProgressOn: IsoDate | null;
  readonly completedOn: IsoDate | null;
  readonly actualCostVnd: number | null;
  readonly outputs: Readonly<Record<string, number>>;
  readonly beneficiaryHouseholds: number | null;
  readonly handedOverOn: IsoDate | null;
  readonly handedOverToAdminUnitId: string | null;
  readonly cancelledOn: IsoDate | null;
  readonly cancelReason: string | null;
  readonly pledgedVnd: number;
  readonly receivedVnd: number;
  /** Every known source, zero when unused; a source unknown to this version is kept under its own key. */
  readonly bySource: Readonly<Record<string, FundingTotals>>;
  /**
   * The units it belonged to and from when (absent until its unit first merged), so figures of
   * the years before a merge stay under the unit of their time.
   */
  readonly unitHistory?: readonly { readonly adminUnitId: string; readonly from: IsoDate | null }[];
  /** The merge decisions that moved it, newest last. */
  readonly transfers?: readonly {
    readonly fromAdminUnitId: string;
    readonly toAdminUnitId: string;
    readonly effectiveOn: IsoDate | null;
    readonly mergeDecisionRef: string | null;
  }[];
}

/** Everything a proposal doesn't know yet. */
const NOT_YET = {
  approvedOn: null,
  decisionRef: null,
  startedOn: null,
  progress: 0,
  lastProgressOn: null,
  completedOn: null,
  actualCostVnd: null,
  outputs: {},
  beneficiaryHouseholds: null,
  handedOverOn: null,
  handedOverToAdminUnitId: null,
  cancelledOn: null,
  cancelReason: null,
  pledgedVnd: 0,
  receivedVnd: 0,
} as const;

function proposed(d: Fields): ProjectBoardEntry {
  return {
    id: textOr(d.projectId, ''),
    adminUnitId: textOr(d.adminUnitId, ''),
    pairingId: textOr(d.pairingId, null),
    category: textOr(d.category, 'other'),
    title: textOr(d.title, ''),
    status: 'proposed',
    plannedBudgetVnd: numberOr(d.plannedBudgetVnd, 0),
    plannedStartOn: dateOrNull(d.plannedStartOn),
    plannedEndOn: dateOrNull(d.plannedEndOn),
    ...NOT_YET,
    bySource: Object.fromEntries(RESOURCE_SOURCES.map((s) => [s, { pledgedVnd: 0, receivedVnd: 0 }])),
  };
}

function funded(entry: ProjectBoardEntry, d: Fields, field: keyof FundingTotals): ProjectBoardEntry {
  const amount = numberOr(d.amountVnd, 0);
  const source = textOr(d.source, 'unknown');
  const totals = entry.bySource[source] ?? { pledgedVnd: 0, receivedVnd: 0 };
  return {
    ...entry,
    [field]: entry[field] + amount,
    bySource: { ...entry.bySource, [source]: { ...totals, [field]: totals[field] + amount } },
  };
}

/** Follows the stream as recorded (the decider already refused illegal transitions); never throws. */
export function evolveProjectBoard(entry: ProjectBoardEntry | null, event: StoredEvent): ProjectBoardEntry | null {
  const d = fieldsOf(event.data);
  if (event.type === 'ProjectProposed') return entry ?? proposed(d);
  if (!entry) return entry;
  switch (event.type) {
    case 'ProjectApproved':
      return {
        ...entry,
        status: 'approved',
        approvedOn: dateOrNull(d.approvedOn),
        decisionRef: textOr(d.decisionRef, null),
      };
    case 'WorkStarted':
      return { ...entry, status: 'in_progress', startedOn: dateOrNull(d.startedOn) };
    case 'ProgressReported':
      return {
        ...entry,
        progress: numberOr(d.percent, entry.progress),
        lastProgressOn: dateOrNull(d.on) ?? entry.lastProgressOn,
      };
    case 'ProjectCompleted':
      return {
        ...entry,
        status: 'completed',
        progress: 100,
        completedOn: dateOrNull(d.completedOn),
        actualCostVnd: numberOr(d.actualCostVnd, null),
        outputs: numberMap(d.outputs),
        beneficiaryHouseholds: numberOr(d.beneficiaryHouseholds, null),
      };
    case 'ProjectHandedOver':
      return {
        ...entry,
        status: 'handed_over',
        handedOverOn: dateOrNull(d.handedOverOn),
        handedOverToAdminUnitId: textOr(d.toAdminUnitId, null),
      };
    case 'ProjectCancelled':
      return {
        ...entry,
        status: 'cancelled',
        cancelledOn: dateOrNull(d.cancelledOn),
        cancelReason: textOr(d.reason, null),
      };
    case 'ProjectTransferred': {
      const to = textOr(d.toAdminUnitId, '');
      if (!to) return entry;
      const effectiveOn = dateOrNull(d.effectiveOn);
      const history = entry.unitHistory ?? [{ adminUnitId: entry.adminUnitId, from: null }];
      return {
        ...entry,
        adminUnitId: to,
        unitHistory: [...history, { adminUnitId: to, from: effectiveOn }],
        transfers: [
          ...(entry.transfers ?? []),
          {
            fromAdminUnitId: textOr(d.fromAdminUnitId, entry.adminUnitId),
            toAdminUnitId: to,
            effectiveOn,
            mergeDecisionRef: textOr(d.mergeDecisionRef, null),
          },
        ],
      };
    }
    case 'FundingPledged':
      return funded(entry, d, 'pledgedVnd');
    case 'FundsReceived':
      return funded(entry, d, 'receivedVnd');
    default:
      return entry;
  }
}
