import type { DataSource } from 'typeorm';
import type { LogCheckpoint } from '@kn/event-store';
import {
  dashboardFigures,
  pairingsWithoutActivity,
  reportDateFor,
  type Dashboard,
  type FactSum,
} from '../domain/figures.js';
import { withoutCommitment, type HouseholdEntity } from '../domain/household-entity.js';
import { unitLineage } from '@kn/territory';
import { unitsOfTodayCommune, type UnitLineage } from '@kn/shared';
import { inCommune, rebased, rebaseToToday, type Boundaries } from '../domain/boundaries.js';

export interface LedgerScope {
  readonly communeId?: string | null;
  /** Sum only what was recorded up to this log checkpoint (as-of views, pinned reports). */
  readonly upTo?: LogCheckpoint | null;
  /** `today`: each commune re-based to today's along the merge lineage (default `then`). */
  readonly boundaries?: Boundaries;
}

/**
 * The ledger filter of one commune: under `then` its own rows (and its mixed villages'); under
 * `today` the rows of every unit whose commune of today it is (re-based and filtered again after).
 */
function communeFilter(params: unknown[], communeId: string, lineage: UnitLineage | null): string {
  params.push(lineage ? unitsOfTodayCommune(communeId, lineage) : [communeId]);
  const n = params.length;
  return ` and (commune_id = any($${n}) or (metric = 'target_village' and dim1 = any($${n})))`;
}

/** The fact ledger of one year summed per group, optionally for one commune and up to a checkpoint (ADR 0007). */
export async function factSums(db: DataSource, year: number, scope: LedgerScope = {}): Promise<FactSum[]> {
  const lineage = scope.boundaries === 'today' ? await unitLineage(db) : null;
  const params: unknown[] = [year];
  let filter = '';
  if (scope.communeId) filter += communeFilter(params, scope.communeId, lineage);
  if (scope.upTo) {
    params.push(scope.upTo.commit, scope.upTo.position);
    filter += ` and (commit, position) <= ($${params.length - 1}, $${params.length})`;
  }
  const rows: { metric: string; commune_id: string; dim1: string; dim2: string; value: string }[] = await db.query(
    // Live: the per-group totals (their size does not grow with the ledger); as of: the ledger up to that position.
    `select metric, commune_id, dim1, dim2, sum(value) as value from ${scope.upTo ? 'dashboard_facts' : 'dashboard_totals'}
     where year_from <= $1 and year_to >= $1${filter} group by metric, commune_id, dim1, dim2 having sum(value) <> 0`,
    params,
  );
  const sums = rows.map((r) => ({
    metric: r.metric,
    communeId: r.commune_id,
    dim1: r.dim1,
    dim2: r.dim2,
    value: Number(r.value),
  }));
  if (!lineage) return sums;
  return rebaseToToday(sums, lineage).filter((s) => !scope.communeId || inCommune(s, scope.communeId));
}

/** Names of communes and villages (every unit, merged ones too, so history reads under its own names). */
export async function unitNames(db: DataSource): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = await db.query(`select id, name from admin_units`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every year up to `year`: poor, near-poor, activities and resources (single-year facts only). */
export async function trend(
  db: DataSource,
  year: number,
  scope: LedgerScope = {},
): Promise<{ year: number; poor: number; nearPoor: number; activities: number; resourcesVnd: number }[]> {
  const lineage = scope.boundaries === 'today' && scope.communeId ? await unitLineage(db) : null;
  const params: unknown[] = [year];
  let filter = '';
  if (scope.communeId)
    filter += ` and commune_id = any($${params.push(lineage ? unitsOfTodayCommune(scope.communeId, lineage) : [scope.communeId])})`;
  if (scope.upTo)
    filter += ` and (commit, position) <= ($${params.push(scope.upTo.commit)}, $${params.push(scope.upTo.position)})`;
  const grouped: { year: number; metric: string; commune_id: string; value: string }[] = await db.query(
    `select year_from as year, metric, commune_id, sum(value) as value from ${scope.upTo ? 'dashboard_facts' : 'dashboard_totals'}
     where metric in ('hh_poor', 'hh_near_poor', 'activity', 'resource') and year_from = year_to and year_from <= $1${filter}
     group by year_from, metric, commune_id order by 1`,
    params,
  );
  // Province-wide totals read the same under either boundaries; one commune's under today gathers its predecessors'.
  const rows = lineage
    ? grouped.filter(
        (r) => rebased({ metric: r.metric, communeId: r.commune_id, dim1: '' }, lineage).communeId === scope.communeId,
      )
    : grouped;
  const years = new Map<
    number,
    { year: number; poor: number; nearPoor: number; activities: number; resourcesVnd: number }
  >();
  const KEYS: Record<string, 'poor' | 'nearPoor' | 'activities' | 'resourcesVnd'> = {
    hh_poor: 'poor',
    hh_near_poor: 'nearPoor',
    activity: 'activities',
    resource: 'resourcesVnd',
  };
  for (const r of rows) {
    const y = Number(r.year);
    const row = years.get(y) ?? { year: y, poor: 0, nearPoor: 0, activities: 0, resourcesVnd: 0 };
    row[KEYS[r.metric]!] += Number(r.value);
    years.set(y, row);
  }
  return [...years.values()];
}

/** The first 100 poor households of the year's review without a commitment by the report date (live documents). */
export async function householdsWithoutCommitment(
  db: DataSource,
  year: number,
  reportDate: string,
  /** The communes whose reviews count (a commune of today gathers its predecessors'); null: all. */
  communeIds: readonly string[] | null,
  limit = 100,
): Promise<{ id: string; code: string }[]> {
  const rows: { key: string; doc: { household: HouseholdEntity | null } }[] = await db.query(
    `select key, doc from dashboard_entities where key like 'household-%' and doc->'household'->'reviews'->($1::text)->>'classification' = 'poor'
     and ($2::text[] is null or doc->'household'->'reviews'->($1::text)->>'communeId' = any($2))`,
    [String(year), communeIds],
  );
  const out: { id: string; code: string }[] = [];
  for (const r of rows) {
    const h = r.doc.household;
    if (h && withoutCommitment(h, year, reportDate)) out.push({ id: r.key.slice('household-'.length), code: h.code });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code)).slice(0, limit);
}

/** Active pairings without an activity in the year, named by organisation and unit. */
export async function namedPairings(
  db: DataSource,
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
  communeOfYear: ReadonlyMap<string, string> = new Map(),
): Promise<Dashboard['pairings']['withoutActivity']> {
  if (!ids.length) return [];
  const rows: { id: string; organization: string | null; admin_unit_id: string }[] = await db.query(
    `select p.id, o.name as organization, p.admin_unit_id from pairings p left join organizations o on o.id = p.organization_id where p.id = any($1)`,
    [ids],
  );
  return (
    rows
      .map((r) => ({
        id: r.id,
        organizationName: r.organization ?? r.id,
        adminUnitName: names.get(r.admin_unit_id) ?? r.admin_unit_id,
      }))
      .map((p) => ({ p, commune: names.get(communeOfYear.get(p.id) ?? '') ?? '' }))
      // By organisation, then the commune the pairing lay in that year (stable when a unit merges
      // later), then the unit's name and id.
      .sort(
        (a, b) =>
          a.p.organizationName.localeCompare(b.p.organizationName, 'vi') ||
          a.commune.localeCompare(b.commune, 'vi') ||
          a.p.adminUnitName.localeCompare(b.p.adminUnitName, 'vi') ||
          a.p.id.localeCompare(b.p.id),
      )
      .map(({ p }) => p)
  );
}

/** The whole dashboard of a year: ledger figures up to `upTo`, the previous year for the KPIs, and the named lists. */
export async function loadDashboard(
  db: DataSource,
  year: number,
  day: string,
  scope: LedgerScope = {},
): Promise<Dashboard> {
  const [sums, previous, names, lineage] = await Promise.all([
    factSums(db, year, scope),
    factSums(db, year - 1, scope),
    unitNames(db),
    scope.boundaries === 'today' && scope.communeId ? unitLineage(db) : null,
  ]);
  const communeIds = scope.communeId
    ? lineage
      ? unitsOfTodayCommune(scope.communeId, lineage)
      : [scope.communeId]
    : null;
  const reportDate = reportDateFor(year, day);
  const d = dashboardFigures(sums, { year, communeId: scope.communeId ?? null, reportDate, names, previous });
  const [withoutCommitmentList, withoutActivity] = await Promise.all([
    householdsWithoutCommitment(db, year, reportDate, communeIds),
    namedPairings(
      db,
      pairingsWithoutActivity(sums),
      names,
      new Map(sums.filter((f) => f.metric === 'pairing_active').map((f) => [f.dim1, f.communeId])),
    ),
  ]);
  return {
    ...d,
    households: { ...d.households, withoutCommitment: withoutCommitmentList },
    pairings: { ...d.pairings, withoutActivity },
  };
}
