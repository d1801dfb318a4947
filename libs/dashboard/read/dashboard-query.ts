import type { DataSource } from 'typeorm';
import type { LogCheckpoint } from '@kn/event-store';
import {
  dashboardFigures,
  pairingsWithoutActivity,
  reportDateFor,
  type Dashboard,
  type FactSum,
} from '../domain/figures.js';
import { unitLineage } from '@kn/territory';
import { unitsOfTodayCommune, type UnitLineage } from '@kn/shared';
import { inCommune, rebased, rebaseToToday, type Boundaries } from '../domain/boundaries.js';
import { TREND_METRICS } from './dashboard-facts.projection.js';

export interface LedgerScope {
  readonly communeId?: string | null;
  /** Sum only what was recorded up to this log checkpoint (as-of views, pinned reports). */
  readonly upTo?: LogCheckpoint | null;
  /** `today`: each commune re-based to today's along the merge lineage (default `then`). */
  readonly boundaries?: Boundaries;
  /**
   * The only date the caller compares `dim2` dates with (the dashboard's report date): each date
   * is summed as before, at or after it, so a year's groups do not multiply by every date of a
   * first commitment or a due date. Comparisons with this date give the same answers.
   */
  readonly datesAgainst?: string;
  /**
   * The day of `upTo` (as-of views): which side of the checkpoint a year's sums read. A year's facts
   * are recorded mostly during that year, so from the second half of the year on, today's totals less
   * the rows after the checkpoint read fewer rows than the rows up to it. Either side gives the same sums.
   */
  readonly upToDay?: string;
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
  let dim2 = 'dim2';
  if (scope.datesAgainst) {
    const d = `$${params.push(scope.datesAgainst)}::text`;
    dim2 = `case when dim2 not like '____-__-__' then dim2 when dim2 < ${d} then '0001-01-01' when dim2 = ${d} then ${d} else '9999-12-31' end`;
  }
  // The year's own rows by equality, plus the few that span years (each through its own index).
  const rowsOf = (table: string, value: string, at = '') =>
    `select metric, commune_id, dim1, dim2, ${value} as value from ${table} where year_from = $1 and year_to = $1${filter}${at}
     union all
     select metric, commune_id, dim1, dim2, ${value} as value from ${table} where year_from <> year_to and year_from <= $1 and year_to >= $1${filter}${at}`;
  let source = rowsOf('dashboard_totals', 'value');
  if (scope.upTo) {
    // As of a checkpoint: the ledger's rows up to it, or today's totals less the rows after it,
    // whichever side of it holds fewer of the year's rows (one statement: one snapshot of both).
    const at = `($${params.push(scope.upTo.commit)}, $${params.push(scope.upTo.position)})`;
    source =
      scope.upToDay && scope.upToDay >= `${year}-07-01`
        ? `${source} union all ${rowsOf('dashboard_facts', '-value', ` and (commit, position) > ${at}`)}`
        : rowsOf('dashboard_facts', 'value', ` and (commit, position) <= ${at}`);
  }
  const rows: { metric: string; commune_id: string; dim1: string; dim2: string; value: string }[] = await db.query(
    `select metric, commune_id, dim1, ${dim2} as dim2, sum(value) as value from (${source}) f
      group by metric, commune_id, dim1, ${dim2} having sum(value) <> 0`,
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
  const params: unknown[] = [year, TREND_METRICS];
  let filter = '';
  if (scope.communeId)
    filter += ` and commune_id = any($${params.push(lineage ? unitsOfTodayCommune(scope.communeId, lineage) : [scope.communeId])})`;
  // The last mark (at or before the checkpoint, if any) plus the ledger rows after it, up to the
  // next mark: at most one mark interval of rows, however long the ledger (ADR 0024).
  const upTo = scope.upTo
    ? ` and (commit, position) <= ($${params.push(scope.upTo.commit)}, $${params.push(scope.upTo.position)})`
    : '';
  const grouped: { year: number; metric: string; commune_id: string; value: string }[] = await db.query(
    `with m as (select mark from dashboard_marks where true${upTo} order by mark desc limit 1),
          n as (select min(mark) as mark from dashboard_marks where mark > coalesce((select mark from m), 0))
     select year, metric, commune_id, sum(value) as value from (
       select year, metric, commune_id, value from dashboard_mark_sums where mark = (select mark from m) and year <= $1${filter}
       union all
       select year_from, metric, commune_id, value from dashboard_facts
        where id > coalesce((select mark from m), 0) and id <= coalesce((select mark from n), 9223372036854775807)
          and metric = any($2) and year_from = year_to and year_from <= $1${filter}${upTo}
     ) s group by year, metric, commune_id order by 1`,
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

/**
 * The first 100 poor households of the year's review (by code) without a commitment that counts
 * by the report date. Live: rm.dashboard_poor_households through its (year, code) index, so the
 * cost follows the 100, not the register. As of a checkpoint: the `hh_poor` ledger rows written
 * up to it (what was known then), their codes from the dashboard's household documents.
 */
export async function householdsWithoutCommitment(
  db: DataSource,
  year: number,
  reportDate: string,
  /** The communes whose reviews count (a commune of today gathers its predecessors'); null: all. */
  communeIds: readonly string[] | null,
  upTo: LogCheckpoint | null = null,
  limit = 100,
): Promise<{ id: string; code: string }[]> {
  const rows: { key: string; code: string }[] = upTo
    ? await db.query(
        `with poor as (
           select stream_id from dashboard_facts
            where metric = 'hh_poor' and year_from = $1 and year_to = $1 and (dim2 = '' or dim2 > $2)
              and ($3::text[] is null or commune_id = any($3)) and (commit, position) <= ($5, $6)
            group by stream_id having sum(value) > 0)
         select e.key, e.code from poor p join dashboard_entities e on e.key = p.stream_id
          order by e.code collate "C", e.key limit $4`,
        [year, reportDate, communeIds, limit, upTo.commit, upTo.position],
      )
    : await db.query(
        `select key, code from dashboard_poor_households
          where year = $1 and (first_commitment = '' or first_commitment > $2) and ($3::text[] is null or commune_id = any($3))
          order by code collate "C", key limit $4`,
        [year, reportDate, communeIds, limit],
      );
  return rows.map((r) => ({ id: r.key.slice('household-'.length), code: r.code }));
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
  const reportDate = reportDateFor(year, day);
  // The dashboard compares dates only with its report date (supported, open, overdue).
  const dated = { ...scope, datesAgainst: reportDate, upToDay: scope.upTo ? day : undefined };
  const [sums, previous, names, lineage] = await Promise.all([
    factSums(db, year, dated),
    factSums(db, year - 1, dated),
    unitNames(db),
    scope.boundaries === 'today' && scope.communeId ? unitLineage(db) : null,
  ]);
  const communeIds = scope.communeId
    ? lineage
      ? unitsOfTodayCommune(scope.communeId, lineage)
      : [scope.communeId]
    : null;
  const d = dashboardFigures(sums, { year, communeId: scope.communeId ?? null, reportDate, names, previous });
  const [withoutCommitmentList, withoutActivity] = await Promise.all([
    householdsWithoutCommitment(db, year, reportDate, communeIds, scope.upTo ?? null),
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
