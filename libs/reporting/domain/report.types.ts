import type { Dashboard, FactSum, PovertyRate } from '@kn/dashboard';
import type { DraftedSections, Signer } from './annual-report.events.js';
import type { PovertyDynamicsRow } from '@kn/households';

/** A report covers whole years: one (annual) or several (sơ kết). */
export interface Period {
  readonly from: number;
  readonly to: number;
}
export interface Named {
  readonly id: string;
  readonly name: string;
}

/** What the read side hands the builders for one year of the period. */
export interface YearInput {
  readonly year: number;
  /** The dashboard of the year from the fact ledger, up to the pinned log position. */
  readonly dashboard: Dashboard;
  /** Target communes paired at the end of the year. */
  readonly pairedTargets: readonly Named[];
  /** "Diễn biến trong năm" per commune. */
  readonly poverty: readonly PovertyDynamicsRow[];
  /** The year's fact ledger sums (per commune), for the tables by commune. */
  readonly sums: readonly FactSum[];
  /** Pairings in force at the year's end. */
  readonly activePairings: readonly {
    readonly id: string;
    readonly organizationId: string;
    readonly communeId: string;
  }[];
}

export interface ActivityInput {
  readonly pairingId: string;
  readonly organizationId: string;
  /** Organisations that organised it together with the pairing's (each counted). */
  readonly coOrganizerIds: readonly string[];
  readonly resourcesVnd: number;
  readonly communeId: string;
  readonly kind: string;
  readonly initiator: string | null;
  readonly occurredOn: string;
}

export interface ProjectInput {
  readonly id: string;
  readonly title: string;
  readonly communeId: string;
  readonly category: string;
  readonly status: string;
  readonly plannedBudgetVnd: number;
  readonly receivedVnd: number;
  readonly actualCostVnd: number | null;
  readonly plannedStartOn: string | null;
  readonly approvedOn: string | null;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly handedOverOn: string | null;
  readonly cancelledOn: string | null;
}

export interface ReportInput {
  readonly period: Period;
  /** One per year of the period, in order. */
  readonly years: readonly YearInput[];
  /** Activities of the period, voided ones left out. */
  readonly activities: readonly ActivityInput[];
  readonly projects: readonly ProjectInput[];
  readonly communeNames: Readonly<Record<string, string>>;
  readonly organizationNames: Readonly<Record<string, string>>;
  /** Every household's reviews up to the period's end, with its ethnic group's official name. */
  readonly reviews?: readonly ReviewInput[];
}

export interface ReviewInput {
  readonly householdId: string;
  readonly reviewYear: number;
  readonly classification: string;
  /** The group's Vietnamese name as the household was registered (the official list's nameVi); null when unknown. */
  readonly ethnicity: string | null;
  /** The group's code in the official list, looked up by the read side; null for a name the list lacks. */
  readonly ethnicCode?: string | null;
}

/** Poor and near-poor households of one ethnic group at the end of the period. */
export interface EthnicGroupRow {
  /** The group's code in the official list (ethnic-groups.data.ts); null for a name the list lacks. */
  readonly code: string | null;
  readonly ethnicity: string;
  readonly poor: number;
  readonly nearPoor: number;
}

/** `count` out of `of`; `share` in [0, 1] with three decimals (0 when `of` is 0). */
export interface Share {
  readonly count: number;
  readonly of: number;
  readonly share: number;
}
export interface Counted {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}
export interface Figure {
  readonly total: number;
  readonly ethnicMinority: number;
}
export interface Movements {
  readonly start: Figure;
  readonly newly: Figure;
  readonly exited: Figure;
  readonly relapsed: Figure;
  readonly end: Figure;
}
export interface PovertyTableRow {
  readonly communeId: string;
  readonly communeName: string;
  readonly poor: Movements;
  readonly nearPoor: Movements;
}

export interface OrganizationRow {
  readonly organizationId: string;
  readonly name: string;
  readonly pairings: number;
  readonly activities: number;
  readonly immersionStays: number;
  readonly studyTours: number;
  readonly resourcesVnd: number;
}
export interface CommuneRow {
  readonly communeId: string;
  readonly name: string;
  readonly target: boolean;
  readonly pairings: number;
  readonly activities: number;
  /** Households counted that year (null: not recorded), poor at the year's end, rate per 100. */
  readonly households: number | null;
  readonly poorEnd: number;
  readonly povertyRate: number | null;
  readonly exited: number;
  readonly exitsWithSupport: number;
}

export interface ReportFigures {
  /** Absent from reports issued before the table existed. */
  readonly byEthnicity?: { rows: EthnicGroupRow[]; total: { poor: number; nearPoor: number } };
  readonly coverage: { targetCommunes: number; pairedCommunes: number; percent: number; unpaired: Named[] };
  readonly coverageByYear: { year: number; targetCommunes: number; pairedCommunes: number; percent: number }[];
  readonly activities: {
    total: number;
    byKind: Counted[];
    byYear: { year: number; total: number }[];
    fourTogether: Share;
    communeInitiated: Share;
    communeInitiatedByKind: Counted[];
    studyTours: number;
  };
  readonly resources: {
    totalVnd: number;
    bySource: { code: string; label: string; valueVnd: number }[];
    stateBudgetVnd: number;
    socialMobilizationVnd: number;
    organizationFundVnd: number;
    socialMobilizationShare: number;
  };
  readonly projects: {
    total: number;
    completedValueVnd: number;
    byStatus: Counted[];
    byCategory: {
      code: string;
      label: string;
      count: number;
      completed: number;
      plannedBudgetVnd: number;
      receivedVnd: number;
      completedValueVnd: number;
    }[];
  };
  readonly limitations: {
    /** Activities the provincial organisations initiated, of all activities. */
    oneWay: Share;
    /** Pairings whose activities in the period were only gifts or visits, of pairings with activities. */
    giftOnly: Share;
    communesWithoutInitiative: Named[];
    unpairedCommunes: Named[];
  };
  readonly poverty: { rows: PovertyTableRow[]; total: PovertyTableRow };
  readonly povertyRate: PovertyRate;
  readonly villages: { targetVillages: number; pairedVillages: number; percent: number };
  readonly byOrganization: { rows: OrganizationRow[]; total: OrganizationRow };
  readonly byCommune: { rows: CommuneRow[]; total: CommuneRow };
  readonly pairings: {
    active: number;
    withoutActivity: { id: string; organizationName: string; adminUnitName: string }[];
  };
  readonly kpis: Dashboard['kpis'];
  readonly households: {
    poor: number;
    poorEthnicMinority: number;
    nearPoor: number;
    supported: number;
    unsupported: number;
    nearPoorSupported: number;
    exitsWithSupport: number;
    exitsWithoutSupport: number;
    sustainedExits: number;
  };
  readonly commitments: { open: number; overdue: number; fulfilled: number; cancelled: number };
}

/** Where and on what the report was computed: the log position and the audit chain's head. */
export interface Pin {
  readonly commit: number;
  readonly position: number;
  readonly headHash: string | null;
  readonly chainVerified: boolean;
  readonly checkedEvents: number;
  /** False when the log kept moving while the report was computed (figures from the ledger are still exact at `position`). */
  readonly exact: boolean;
}

export interface FigureChange {
  readonly key: string;
  readonly label: string;
  readonly before: number | null;
  readonly after: number | null;
}
export interface CorrectionReason {
  readonly position: number;
  readonly type: string;
  readonly typeLabel: string;
  readonly reason: string | null;
  readonly recordedAt: string;
  readonly streamId: string;
  readonly actor: string | null;
  readonly affectsPeriod: boolean;
}
export interface PreviousIssue {
  readonly issueNumber: number;
  readonly issuedAt: string;
  readonly position: number;
  readonly headHash: string | null;
  /** Annual reports: the issued document's number and year ("Báo cáo số 21-BC/BDVTU năm 2015"). */
  readonly documentNumber?: string;
  readonly year?: number;
}
export interface Restatement {
  readonly previous: PreviousIssue | null;
  readonly changes: FigureChange[];
  readonly reasons: CorrectionReason[];
  /** Events without a stated reason (late entries) that changed the period's ledger figures. */
  readonly lateEntries: number;
}

/** The issued document's identity (annual reports): number, date, place, issuer, signer, recipients. */
export interface ReportHeader {
  readonly party: string;
  /** The issuing body's header lines ("TỈNH ỦY BÌNH THUẬN", "BAN DÂN VẬN"). */
  readonly issuer: readonly string[];
  readonly issuerName: string;
  readonly abbreviation: string;
  /** Null while a draft. */
  readonly number: string | null;
  readonly place: string | null;
  /** The report's date (the issue date; today's for a draft). */
  readonly date: string;
}

export interface Report {
  readonly kind: 'annual' | 'review';
  /** Annual reports: a draft computed now, or the document as issued. */
  readonly status?: 'draft' | 'issued';
  /**
   * The units its tables by commune are read under: `then` (the year's own; an issued report
   * always, absent on older ones) or `today` (a draft re-based to today's communes).
   */
  readonly boundaries?: 'then' | 'today';
  readonly header?: ReportHeader;
  readonly sections?: DraftedSections;
  readonly signer?: Signer | null;
  readonly recipients?: readonly string[];
  readonly title: string;
  readonly period: Period;
  readonly issuedAt: string;
  readonly issueNumber: number;
  readonly pinned: Pin;
  readonly figures: ReportFigures;
  readonly narrative: { results: string[]; limitations: string[] };
  readonly restatement: Restatement;
}
