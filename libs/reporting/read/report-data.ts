import type { DataSource } from 'typeorm';
import { resourcesVnd, todayCommuneOf, todayUnitOf, type Boundaries, type UnitLineage } from '@kn/shared';
import { unitLineage } from '@kn/territory';
import type { LogCheckpoint } from '@kn/event-store';
import {
  dashboardFigures,
  factSums,
  namedPairings,
  pairingsWithoutActivity,
  reportDateFor,
  type FactSum,
} from '@kn/dashboard';
import { listEthnicGroups, povertyDynamics, type AssessmentHistoryRow, type Classification } from '@kn/households';
import type { ActivityInput, Period, ProjectInput, ReportInput, YearInput } from '../domain/report.types.js';

const communesWith = (sums: readonly FactSum[], metric: string) =>
  new Set(sums.filter((s) => s.metric === metric && s.value > 0).map((s) => s.communeId));

async function assessmentRows(db: DataSource, upToYear: number): Promise<AssessmentHistoryRow[]> {
  const raw: {
    household_id: string;
    commune_id: string;
    ethnic_minority: boolean;
    review_year: number;
    classification: Classification;
  }[] = await db.query(
    `select household_id, commune_id, ethnic_minority, review_year, classification from poverty_assessments where review_year <= $1`,
    [upToYear],
  );
  return raw.map((r) => ({
    householdId: r.household_id,
    communeId: r.commune_id,
    ethnicMinority: r.ethnic_minority,
    reviewYear: r.review_year,
    classification: r.classification,
  }));
}

const resourcesOf = (doc: Record<string, unknown>): number => resourcesVnd(doc.resources);

async function activities(db: DataSource, p: Period, lineage: UnitLineage | null): Promise<ActivityInput[]> {
  const rows: {
    pairing_id: string;
    organization_id: string;
    admin_unit_id: string;
    kind: string;
    initiator: string | null;
    occurred_on: string;
    doc: Record<string, unknown>;
  }[] = await db.query(
    `select pairing_id, organization_id, admin_unit_id, kind, initiator, occurred_on::text as occurred_on, doc from activities
     where not voided and occurred_on between $1::date and $2::date`,
    [`${p.from}-01-01`, `${p.to}-12-31`],
  );
  const record = (d: Record<string, unknown>) =>
    d.record && typeof d.record === 'object' ? (d.record as Record<string, unknown>) : d;
  return rows.map((r) => {
    const rec = record(r.doc);
    const co = Array.isArray(rec.coOrganizerIds)
      ? rec.coOrganizerIds.filter((x): x is string => typeof x === 'string')
      : [];
    return {
      pairingId: r.pairing_id,
      organizationId: r.organization_id,
      coOrganizerIds: co,
      resourcesVnd: resourcesOf(rec),
      communeId: lineage ? todayUnitOf(r.admin_unit_id, lineage.successorOf) : r.admin_unit_id,
      kind: r.kind,
      initiator: r.initiator,
      occurredOn: r.occurred_on,
    };
  });
}

/** Pairings in force at the year's end (the ledger's `pairing_active`), with their organisation. */
async function activePairings(db: DataSource, sums: readonly FactSum[]): Promise<YearInput['activePairings']> {
  const active = sums.filter((s) => s.metric === 'pairing_active' && s.value > 0);
  if (!active.length) return [];
  const rows: { id: string; organization_id: string }[] = await db.query(
    `select id, organization_id from pairings where id = any($1)`,
    [active.map((s) => s.dim1)],
  );
  const org = new Map(rows.map((r) => [r.id, r.organization_id]));
  return active.map((s) => ({ id: s.dim1, organizationId: org.get(s.dim1) ?? '', communeId: s.communeId }));
}

async function projects(db: DataSource, lineage: UnitLineage | null): Promise<ProjectInput[]> {
  const rows: { doc: Record<string, unknown> }[] = await db.query(`select doc from projects`);
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return rows.map(({ doc: d }) => ({
    id: String(d.id),
    title: String(d.title ?? ''),
    communeId: lineage ? todayUnitOf(String(d.adminUnitId ?? ''), lineage.successorOf) : String(d.adminUnitId ?? ''),
    category: String(d.category ?? 'other'),
    status: String(d.status ?? ''),
    plannedBudgetVnd: n(d.plannedBudgetVnd),
    receivedVnd: n(d.receivedVnd),
    actualCostVnd: typeof d.actualCostVnd === 'number' ? d.actualCostVnd : null,
    plannedStartOn: s(d.plannedStartOn),
    approvedOn: s(d.approvedOn),
    startedOn: s(d.startedOn),
    completedOn: s(d.completedOn),
    handedOverOn: s(d.handedOverOn),
    cancelledOn: s(d.cancelledOn),
  }));
}

/**
 * Everything the builders need for a period, read at a pinned checkpoint. Ledger figures are
 * summed exactly up to it; the other read models are those caught up to it. `today` decides
 * which open commitments are overdue: the period's last day, or today while it runs.
 * `boundaries=today` re-bases every commune of the tables to today's (the shared rule).
 */
export async function loadReportInput(
  db: DataSource,
  period: Period,
  upTo: LogCheckpoint,
  today: string,
  boundaries: Boundaries = 'then',
): Promise<ReportInput> {
  const lineage = boundaries === 'today' ? await unitLineage(db) : null;
  const named: { id: string; name: string }[] = await db.query(
    `select id, name from admin_units where kind = 'commune'`,
  );
  const communeNames = Object.fromEntries(named.map((r) => [r.id, r.name]));
  const names = new Map(Object.entries(communeNames));
  const recorded = await assessmentRows(db, period.to);
  const history = lineage ? recorded.map((r) => ({ ...r, communeId: todayCommuneOf(r.communeId, lineage) })) : recorded;
  const years: YearInput[] = [];
  for (let year = period.from; year <= period.to; year += 1) {
    const sums = await factSums(db, year, { upTo, boundaries });
    const previous = await factSums(db, year - 1, { upTo, boundaries });
    const reportDate = reportDateFor(year, today);
    const paired = communesWith(sums, 'paired');
    const pairedTargets = [...communesWith(sums, 'target')]
      .filter((id) => paired.has(id))
      .map((id) => ({ id, name: communeNames[id] ?? id }));
    const dashboard = dashboardFigures(sums, { year, communeId: null, reportDate, names, previous });
    const withoutActivity = await namedPairings(
      db,
      pairingsWithoutActivity(sums),
      names,
      new Map(sums.filter((f) => f.metric === 'pairing_active').map((f) => [f.dim1, f.communeId])),
    );
    years.push({
      year,
      dashboard: { ...dashboard, pairings: { ...dashboard.pairings, withoutActivity } },
      pairedTargets,
      poverty: povertyDynamics(history, year),
      sums,
      activePairings: await activePairings(db, sums),
    });
  }
  const organizations: { id: string; name: string }[] = await db.query(`select id, name from organizations`);
  const codeOfGroup = new Map(listEthnicGroups().map((g) => [g.nameVi, g.code]));
  const reviews: { household_id: string; review_year: number; classification: string; ethnicity: string | null }[] =
    await db.query(
      `select p.household_id, p.review_year, p.classification, r.doc->>'ethnicity' as ethnicity
       from poverty_assessments p left join household_register r on r.id = p.household_id
       where p.review_year <= $1`,
      [period.to],
    );
  return {
    period,
    years,
    activities: await activities(db, period, lineage),
    projects: await projects(db, lineage),
    communeNames,
    organizationNames: Object.fromEntries(organizations.map((o) => [o.id, o.name])),
    reviews: reviews.map((r) => ({
      householdId: r.household_id,
      reviewYear: r.review_year,
      classification: r.classification,
      ethnicity: r.ethnicity,
      ethnicCode: r.ethnicity ? (codeOfGroup.get(r.ethnicity.trim()) ?? null) : null,
    })),
  };
}
