import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { todayUnitOf, type Boundaries } from '@kn/shared';
import { unitLineage } from '@kn/territory';

export interface Coverage {
  /** Null for today's figures; otherwise the year whose boundaries were used (as of 31 December). */
  readonly year: number | null;
  /** `then`: the year's own communes; `today`: each re-based to today's commune (paired when any predecessor was). */
  readonly boundaries: Boundaries;
  readonly targetCommunes: number;
  readonly pairedCommunes: number;
  /** Paired share of target communes, in percent with one decimal (0 when there is no target). */
  readonly percent: number;
  readonly unpaired: readonly { id: string; name: string }[];
}

const TARGET = `u.kind = 'commune' and 'ethnic_minority_commune' = any(u.classifications)`;

/** Today: active target communes, paired when an active pairing twins them now. */
const CURRENT = `
  select u.id, u.doc->>'name' as name,
    exists (select 1 from pairings p where p.admin_unit_id = u.id and p.status = 'active') as paired
  from admin_units u
  where ${TARGET} and u.status = 'active'`;

/**
 * As of a day D (31 December of the year): a unit is in force from its establishment until the
 * day it ended (a merge's effective date belongs to the successor); a pairing is alive from its
 * establishment through its end date, and twins the unit it was on that day (transfers move it
 * on their effective date). Classifications are today's.
 */
const AS_OF = `
  select u.id, u.doc->>'name' as name,
    exists (
      select 1 from pairing_units pu join pairings p on p.id = pu.pairing_id
      where pu.admin_unit_id = u.id
        and (pu.from_on is null or pu.from_on <= $1::date) and (pu.to_on is null or pu.to_on > $1::date)
        and p.established_on <= $1::date and (p.ended_on is null or p.ended_on >= $1::date)
    ) as paired
  from admin_units u
  where ${TARGET} and u.established_on <= $1::date and (u.ended_on is null or u.ended_on > $1::date)`;

/**
 * Today's communes for a year's rows: each unit along its lineage (shared rule, `@kn/shared`
 * boundaries), a commune of today paired when any unit it gathers was, named as it is today.
 */
async function rebased(
  db: DataSource,
  rows: readonly { id: string; name: string; paired: boolean }[],
): Promise<{ id: string; name: string; paired: boolean }[]> {
  const lineage = await unitLineage(db);
  const out = new Map<string, boolean>();
  for (const r of rows) {
    const id = todayUnitOf(r.id, lineage.successorOf);
    out.set(id, (out.get(id) ?? false) || r.paired);
  }
  const names: { id: string; name: string }[] = await db.query(`select id, name from admin_units where id = any($1)`, [
    [...out.keys()],
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return [...out]
    .map(([id, paired]) => ({ id, name: nameOf.get(id) ?? id, paired }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
}

/** GET /api/coverage: the program's headline figure — target communes paired with a provincial organisation. */
export async function coverage(db: DataSource, year?: number, boundaries: Boundaries = 'then'): Promise<Coverage> {
  const recorded: { id: string; name: string; paired: boolean }[] =
    year === undefined
      ? await db.query(`${CURRENT} order by name, id`)
      : await db.query(`${AS_OF} order by name, id`, [`${year}-12-31`]);
  // Today's figures are already under today's units.
  const rows = boundaries === 'today' && year !== undefined ? await rebased(db, recorded) : recorded;
  const paired = rows.filter((r) => r.paired).length;
  return {
    year: year ?? null,
    boundaries,
    targetCommunes: rows.length,
    pairedCommunes: paired,
    percent: rows.length ? Math.round((paired / rows.length) * 1000) / 10 : 0,
    unpaired: rows.filter((r) => !r.paired).map(({ id, name }) => ({ id, name })),
  };
}

/** The QueryBus form of `coverage` (GET /api/coverage). */
export class CommuneCoverageQuery extends Query<Coverage> {
  constructor(
    readonly year?: number,
    readonly boundaries: Boundaries = 'then',
  ) {
    super();
  }
}

@QueryHandler(CommuneCoverageQuery)
export class CoverageHandler implements IQueryHandler<CommuneCoverageQuery, Coverage> {
  constructor(private readonly db: DataSource) {}

  execute({ year, boundaries }: CommuneCoverageQuery): Promise<Coverage> {
    return coverage(this.db, year, boundaries);
  }
}
