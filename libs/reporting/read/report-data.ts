import type { DataSource } from 'typeorm';
import type { LogCheckpoint } from '@kn/event-store';
import { dashboardFigures, factSums, reportDateFor, type FactSum } from '@kn/dashboard';
import { povertyDynamics, type AssessmentHistoryRow, type Classification } from '@kn/households';
import type { ActivityInput, Period, ProjectInput, ReportInput, YearInput } from '../domain/report.types.js';

const communesWith = (sums: readonly FactSum[], metric: string) => new Set(sums.filter((s) => s.metric === metric && s.value > 0).map((s) => s.communeId));

async function assessmentRows(db: DataSource, upToYear: number): Promise<AssessmentHistoryRow[]> {
  const raw: { household_id: string; commune_id: string; ethnic_minority: boolean; review_year: number; classification: Classification }[] = await db.query(
    `select household_id, commune_id, ethnic_minority, review_year, classification from poverty_assessments where review_year <= $1`,
    [upToYear],
  );
  return raw.map((r) => ({ householdId: r.household_id, communeId: r.commune_id, ethnicMinority: r.ethnic_minority, reviewYear: r.review_year, classification: r.classification }));
}

async function activities(db: DataSource, p: Period): Promise<ActivityInput[]> {
  const rows: { pairing_id: string; admin_unit_id: string; kind: string; initiator: string | null; occurred_on: string }[] = await db.query(
    `select pairing_id, admin_unit_id, kind, initiator, occurred_on::text as occurred_on from activities
     where not voided and occurred_on between $1::date and $2::date`,
    [`${p.from}-01-01`, `${p.to}-12-31`],
  );
  return rows.map((r) => ({ pairingId: r.pairing_id, communeId: r.admin_unit_id, kind: r.kind, initiator: r.initiator, occurredOn: r.occurred_on }));
}

async function projects(db: DataSource): Promise<ProjectInput[]> {
  const rows: { doc: Record<string, unknown> }[] = await db.query(`select doc from projects`);
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return rows.map(({ doc: d }) => ({
    id: String(d.id), title: String(d.title ?? ''), communeId: String(d.adminUnitId ?? ''), category: String(d.category ?? 'other'), status: String(d.status ?? ''),
    plannedBudgetVnd: n(d.plannedBudgetVnd), receivedVnd: n(d.receivedVnd), actualCostVnd: typeof d.actualCostVnd === 'number' ? d.actualCostVnd : null,
    plannedStartOn: s(d.plannedStartOn), approvedOn: s(d.approvedOn), startedOn: s(d.startedOn), completedOn: s(d.completedOn), handedOverOn: s(d.handedOverOn), cancelledOn: s(d.cancelledOn),
  }));
}

/**
 * Everything the builders need for a period, read at a pinned checkpoint. Ledger figures are
 * summed exactly up to it; the other read models are those caught up to it. `today` decides
 * which open commitments are overdue: the period's last day, or today while it runs.
 */
export async function loadReportInput(db: DataSource, period: Period, upTo: LogCheckpoint, today: string): Promise<ReportInput> {
  const named: { id: string; name: string }[] = await db.query(`select id, name from admin_units where kind = 'commune'`);
  const communeNames = Object.fromEntries(named.map((r) => [r.id, r.name]));
  const names = new Map(Object.entries(communeNames));
  const history = await assessmentRows(db, period.to);
  const years: YearInput[] = [];
  for (let year = period.from; year <= period.to; year += 1) {
    const sums = await factSums(db, year, { upTo });
    const previous = await factSums(db, year - 1, { upTo });
    const reportDate = reportDateFor(year, today);
    const paired = communesWith(sums, 'paired');
    const pairedTargets = [...communesWith(sums, 'target')].filter((id) => paired.has(id)).map((id) => ({ id, name: communeNames[id] ?? id }));
    years.push({ year, dashboard: dashboardFigures(sums, { year, communeId: null, reportDate, names, previous }), pairedTargets, poverty: povertyDynamics(history, year) });
  }
  return { period, years, activities: await activities(db, period), projects: await projects(db), communeNames };
}
