import { NotFound, resourcesVnd } from '@kn/shared';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { PairingSummaryPlan } from '../pairing-summary/pairing-summary.evolve.js';

/** One year of a pairing: what its plan asked for against what was done. */
export interface PlanVsActualYear {
  readonly year: number;
  /** Activities planned by kind (empty when the year has no plan). */
  readonly planned: Readonly<Record<string, number>>;
  /** Activities of that year by kind, voided left out, corrections applied (kinds with none left out). */
  readonly actual: Readonly<Record<string, number>>;
  /** The plan's budget; null when the year has no plan. */
  readonly budgetVnd: number | null;
  /** The sum of the year's activities' resources (valueVnd). */
  readonly resourcesVnd: number;
}

const resourcesOf = (doc: Record<string, unknown>): number => resourcesVnd(doc.resources);

/**
 * GET /api/pairings/{id}/plans: every year with a plan or an activity, ascending. Plans come from
 * rm.pairings (the summary's `plans`), activities from rm.activities (current records, not voided).
 */
export async function planVsActual(db: DataSource, pairingId: string): Promise<PlanVsActualYear[]> {
  const pairing: { plans: PairingSummaryPlan[] | null }[] = await db.query(
    `select doc->'plans' as plans from pairings where id = $1`,
    [pairingId],
  );
  if (!pairing.length) throw new NotFound('pairing', pairingId);
  const rows: { year: number; kind: string; doc: Record<string, unknown> }[] = await db.query(
    `select extract(year from occurred_on)::int as year, kind, doc from activities
     where pairing_id = $1 and not voided and occurred_on is not null`,
    [pairingId],
  );
  const years = new Map<
    number,
    { planned: Record<string, number>; actual: Record<string, number>; budgetVnd: number | null; resourcesVnd: number }
  >();
  const at = (year: number) => {
    let y = years.get(year);
    if (!y) years.set(year, (y = { planned: {}, actual: {}, budgetVnd: null, resourcesVnd: 0 }));
    return y;
  };
  for (const plan of pairing[0]?.plans ?? []) {
    const y = at(plan.year);
    y.planned = { ...plan.plannedActivities };
    y.budgetVnd = plan.budgetVnd;
  }
  for (const r of rows) {
    const y = at(r.year);
    y.actual[r.kind] = (y.actual[r.kind] ?? 0) + 1;
    y.resourcesVnd += resourcesOf(r.doc);
  }
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, y]) => ({ year, ...y }));
}

/** The QueryBus form of `planVsActual` (GET /api/pairings/{id}/plans). */
export class PlanVsActualQuery extends Query<PlanVsActualYear[]> {
  constructor(readonly pairingId: string) {
    super();
  }
}

@QueryHandler(PlanVsActualQuery)
export class PlanVsActualHandler implements IQueryHandler<PlanVsActualQuery, PlanVsActualYear[]> {
  constructor(private readonly db: DataSource) {}

  execute({ pairingId }: PlanVsActualQuery): Promise<PlanVsActualYear[]> {
    return planVsActual(this.db, pairingId);
  }
}
