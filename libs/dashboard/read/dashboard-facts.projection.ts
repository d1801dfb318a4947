import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import { HeldDocuments, insertRows, type Projection } from '@kn/platform';
import { categoryOf, idOf } from '@kn/shared';
import { evolveAdminUnit, type AdminUnitTreeDoc } from '@kn/territory';
import {
  evolveActivityLog,
  evolvePairingSummary,
  evolveProjectBoard,
  type ActivityLog,
  type PairingSummary,
  type ProjectBoardEntry,
} from '@kn/twinning';
import { diffFacts, type Fact } from '../domain/facts.js';
import {
  activityFacts,
  evolveClassificationPeriods,
  pairingActivityFacts,
  pairingFacts,
  projectFacts,
  unitFacts,
  type ClassificationPeriod,
} from '../domain/contributions.js';
import { evolveHouseholdCounts, householdCountFacts, type HouseholdCounts } from '../domain/household-counts.js';
import { evolveHouseholdEntity, householdFacts, poorYears, type HouseholdEntity } from '../domain/household-entity.js';

type UnitEntity = { unit: AdminUnitTreeDoc | null; periods?: readonly ClassificationPeriod[] };
type Entity =
  | UnitEntity
  | { log: ActivityLog | null; summary: PairingSummary | null }
  | { project: ProjectBoardEntry | null }
  | { household: HouseholdEntity | null }
  | { counts: HouseholdCounts | null };

/** Each activity row's facts, computed once per row object (a fold keeps unchanged rows by reference). */
const rowFacts = new WeakMap<ActivityLog['rows'][string], Fact[]>();
function activityFactsOf(row: ActivityLog['rows'][string]): Fact[] {
  let facts = rowFacts.get(row);
  if (!facts) rowFacts.set(row, (facts = activityFacts(row)));
  return facts;
}

/**
 * How each category's entity is folded and what it contributes; built on the contexts' own folds.
 * `same` says an event left the folded documents as they were (by reference), so the facts are too.
 */
interface Kind {
  evolve(e: Entity | null, ev: RecordedEvent): Entity;
  same(a: Entity | null, b: Entity): boolean;
  facts(e: Entity): Fact[];
  /** The facts' signed change from `a` to `b`, found without recomputing every fact (null: recompute). */
  delta?(a: Entity, b: Entity): Fact[] | null;
}

const KINDS: Record<string, Kind> = {
  adminunit: {
    evolve: (e, ev) => {
      const u = e as UnitEntity | null;
      const data = (typeof ev.data === 'object' && ev.data !== null ? ev.data : {}) as Record<string, unknown>;
      return {
        unit: evolveAdminUnit(u?.unit ?? null, ev),
        periods: evolveClassificationPeriods(u?.periods ?? [], ev.type, data),
      };
    },
    same: (a, b) => a !== null && (a as UnitEntity).unit === (b as UnitEntity).unit,
    facts: (e) => {
      const { unit, periods } = e as UnitEntity;
      return unit ? unitFacts(unit, periods?.length ? periods : undefined) : [];
    },
  },
  pairing: {
    evolve: (e, ev) => {
      const p = e as { log: ActivityLog | null; summary: PairingSummary | null } | null;
      return { log: evolveActivityLog(p?.log ?? null, ev), summary: evolvePairingSummary(p?.summary ?? null, ev) };
    },
    same: (a, b) => {
      const [x, y] = [a as { log: unknown; summary: unknown } | null, b as { log: unknown; summary: unknown }];
      return x !== null && x.log === y.log && x.summary === y.summary;
    },
    facts: (e) => {
      const { log, summary } = e as { log: ActivityLog | null; summary: PairingSummary | null };
      if (!log || !summary) return [];
      const rows = Object.values(log.rows);
      return [
        ...rows.flatMap(activityFactsOf),
        ...pairingActivityFacts(summary.id, rows),
        ...pairingFacts({
          id: summary.id,
          establishedOn: summary.establishedOn,
          endedOn: summary.endedOn,
          unitHistory: log.unitHistory,
        }),
      ];
    },
    delta: (a, b) => {
      const [x, y] = [
        a as { log: ActivityLog | null; summary: PairingSummary | null },
        b as { log: ActivityLog | null; summary: PairingSummary | null },
      ];
      if (!x.log || !x.summary || !y.log || !y.summary) return null;
      const out: Fact[] = [];
      if (x.log.rows !== y.log.rows) {
        // Only the rows the event replaced: a pairing's k activities cost O(k) pointer checks, not O(k) facts.
        for (const [id, row] of Object.entries(y.log.rows)) {
          const old = x.log.rows[id];
          if (old !== row) out.push(...diffFacts(old ? activityFactsOf(old) : [], activityFactsOf(row)));
        }
        for (const [id, old] of Object.entries(x.log.rows))
          if (!(id in y.log.rows)) out.push(...diffFacts(activityFactsOf(old), []));
      }
      const whole = (p: typeof x) => ({
        establishedOn: p.summary!.establishedOn,
        endedOn: p.summary!.endedOn,
        unitHistory: p.log!.unitHistory,
      });
      if (
        x.summary.establishedOn !== y.summary.establishedOn ||
        x.summary.endedOn !== y.summary.endedOn ||
        x.log.unitHistory !== y.log.unitHistory
      ) {
        out.push(...diffFacts(pairingFacts(whole(x)), pairingFacts(whole(y))));
      }
      return out;
    },
  },
  project: {
    evolve: (e, ev) => ({
      project: evolveProjectBoard((e as { project: ProjectBoardEntry | null } | null)?.project ?? null, ev),
    }),
    same: (a, b) => a !== null && (a as { project: unknown }).project === (b as { project: unknown }).project,
    facts: (e) => {
      const p = (e as { project: ProjectBoardEntry | null }).project;
      return p ? projectFacts(p) : [];
    },
  },
  householdcount: {
    evolve: (e, ev) => ({
      counts: evolveHouseholdCounts(
        (e as { counts: HouseholdCounts | null } | null)?.counts ?? null,
        ev.type,
        ev.data as Record<string, unknown>,
      ),
    }),
    same: (a, b) => a !== null && (a as { counts: unknown }).counts === (b as { counts: unknown }).counts,
    facts: (e) => {
      const c = (e as { counts: HouseholdCounts | null }).counts;
      return c ? householdCountFacts(c) : [];
    },
  },
  household: {
    evolve: (e, ev) => ({
      household: evolveHouseholdEntity(
        (e as { household: HouseholdEntity | null } | null)?.household ?? null,
        ev.type,
        ev.data,
      ),
    }),
    same: (a, b) => a !== null && (a as { household: unknown }).household === (b as { household: unknown }).household,
    facts: (e) => {
      const h = (e as { household: HouseholdEntity | null }).household;
      return h ? householdFacts(h) : [];
    },
  },
};

/**
 * rm.dashboard_facts: the ledger of signed contributions stamped with the log position of the
 * event that caused them (ADR 0007); rm.dashboard_totals: the same summed per group (the live view). rm.dashboard_entities keeps each entity's folded document
 * and its current facts, so the next event only appends the difference.
 */
export const dashboardFactsProjection: Projection = {
  name: 'dashboard_facts',
  categories: Object.keys(KINDS),
  async apply(events, tx) {
    const state: State = new HeldDocuments();
    await foldPage(tx, state, events);
    await writeEntities(tx, state);
  },
  /** A rebuild keeps the entities (a pairing's document holds every activity) in memory across pages and writes each once. */
  rebuildSession() {
    const state: State = HeldDocuments.forRebuild();
    return {
      async apply(events, tx) {
        await foldPage(tx, state, events);
        if (state.full) await writeEntities(tx, state);
      },
      // Nothing held survives a flush: a page that fell back to the live path writes past the session.
      async flush(tx) {
        await writeEntities(tx, state);
        state.clear();
      },
    };
  },
};

type State = HeldDocuments<{ doc: Entity | null; facts: Fact[]; dirty: boolean }>;

/** Loads the entities `state` lacks, folds the events into it, and writes their fact differences to the ledger and the totals. */
async function foldPage(tx: EntityManager, state: State, events: readonly RecordedEvent[]): Promise<void> {
  const missing = [...new Set(events.map((e) => e.streamId))].filter((k) => !state.has(k));
  if (missing.length) {
    const stored: { key: string; doc: Entity; facts: Fact[] }[] = await tx.query(
      `select key, doc, facts from dashboard_entities where key = any($1)`,
      [missing],
    );
    for (const r of stored) state.set(r.key, { doc: r.doc, facts: r.facts, dirty: false });
  }
  const rows: Fact[] = [];
  const stamps: RecordedEvent[] = [];
  for (const ev of events) {
    const kind = KINDS[categoryOf(ev.streamId)];
    if (!kind || !idOf(ev.streamId)) continue;
    const before = state.get(ev.streamId) ?? { doc: null, facts: [], dirty: false };
    const doc = kind.evolve(before.doc, ev);
    if (before.dirty && kind.same(before.doc, doc)) continue;
    // The first event of an entity since it was loaded recomputes its facts against the stored ones
    // (they may predate a change of rules); later ones add the kind's delta when it has one.
    const delta = before.dirty && before.doc && kind.delta ? kind.delta(before.doc, doc) : null;
    const facts = delta ? STALE : kind.facts(doc);
    for (const f of delta ??
      diffFacts(before.facts === STALE ? kind.facts(before.doc as Entity) : before.facts, facts)) {
      rows.push(f);
      stamps.push(ev);
    }
    state.set(ev.streamId, { doc, facts, dirty: true });
  }
  await insertFacts(tx, rows, stamps);
  await addToTotals(tx, rows);
  if (rows.length) await takeMarks(tx);
}

/** The metrics of the dashboard's trend (single-year rows only), summed at each mark. */
export const TREND_METRICS = ['hh_poor', 'hh_near_poor', 'activity', 'resource'] as const;

/** Ledger rows between two marks (KN_DASHBOARD_MARK_EVERY overrides it, for tests). */
function markEvery(): number {
  const n = Number(process.env.KN_DASHBOARD_MARK_EVERY);
  return Number.isInteger(n) && n > 0 ? n : 50_000;
}

/**
 * While the ledger has grown by a whole interval past the last mark: the next mark's trend sums
 * are the last mark's plus the rows in between (the ledger's ids follow log order and rows are
 * never changed, so a mark never changes either). Each mark costs one interval, never the ledger.
 */
async function takeMarks(tx: EntityManager): Promise<void> {
  const every = markEvery();
  const [{ last, top }]: { last: string; top: string }[] = await tx.query(
    `select (select coalesce(max(mark), 0) from dashboard_marks) as last, (select coalesce(max(id), 0) from dashboard_facts) as top`,
  );
  for (let prev = Number(last), mark = prev + every; mark <= Number(top); prev = mark, mark += every) {
    await tx.query(
      `insert into dashboard_mark_sums (mark, year, metric, commune_id, value)
       select $1::bigint, year, metric, commune_id, sum(value) from (
         select year, metric, commune_id, value from dashboard_mark_sums where mark = $2
         union all
         select year_from, metric, commune_id, value from dashboard_facts
          where id > $2 and id <= $1 and year_from = year_to and metric = any($3)
       ) s group by year, metric, commune_id having sum(value) <> 0`,
      [mark, prev, TREND_METRICS],
    );
    await tx.query(
      `insert into dashboard_marks (mark, commit, position)
       select $1::bigint, commit, position from dashboard_facts where id <= $1 order by id desc limit 1`,
      [mark],
    );
  }
}

async function writeEntities(tx: EntityManager, state: State): Promise<void> {
  const touched = state.changed().map(([key, s]) => ({
    key,
    doc: s.doc,
    facts: s.facts === STALE ? KINDS[categoryOf(key)].facts(s.doc as Entity) : s.facts,
  }));
  await insertRows(
    tx,
    'dashboard_entities',
    ENTITY_COLUMNS,
    touched,
    'on conflict (key) do update set doc = excluded.doc, facts = excluded.facts',
  );
  await writePoorHouseholds(
    tx,
    touched.filter((t) => categoryOf(t.key) === 'household'),
  );
  state.written();
}

/** The touched households' poor years, replacing what rm.dashboard_poor_households held for them. */
async function writePoorHouseholds(tx: EntityManager, households: readonly { key: string; doc: Entity | null }[]) {
  if (!households.length) return;
  await tx.query(`delete from dashboard_poor_households where key = any($1)`, [households.map((h) => h.key)]);
  const rows = households.flatMap(({ key, doc }) => {
    const h = (doc as { household: HouseholdEntity | null } | null)?.household;
    return h ? poorYears(h).map((p) => ({ key, ...p })) : [];
  });
  await insertRows(
    tx,
    'dashboard_poor_households',
    POOR_COLUMNS,
    rows.map((r) => ({
      key: r.key,
      year: r.year,
      code: r.code,
      commune_id: r.communeId,
      first_commitment: r.firstCommitment,
    })),
    '',
  );
}

/** The ledger rows in event order (their ids follow it), each with its event's stream, 2,000 per insert, each column one array parameter. */
async function insertFacts(tx: EntityManager, facts: readonly Fact[], stamps: readonly RecordedEvent[]): Promise<void> {
  for (let i = 0; i < facts.length; i += 2000) {
    const chunk = facts.slice(i, i + 2000);
    const at = stamps.slice(i, i + 2000);
    await tx.query(
      `insert into dashboard_facts (commit, position, metric, commune_id, year_from, year_to, dim1, dim2, value, stream_id)
       select * from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::bigint[], $10::text[])`,
      [
        at.map((e) => e.checkpoint.commit),
        at.map((e) => e.position),
        chunk.map((f) => f.metric),
        chunk.map((f) => f.communeId),
        chunk.map((f) => f.yearFrom),
        chunk.map((f) => f.yearTo),
        chunk.map((f) => f.dim1),
        chunk.map((f) => f.dim2),
        chunk.map((f) => f.value),
        at.map((e) => e.streamId),
      ],
    );
  }
}

/** Facts not kept up to date during a batch (deltas were written instead): computed once before the entity is stored. */
const STALE: Fact[] = [];

/** The batch's differences summed per group and added to rm.dashboard_totals (the live dashboard's source). */
async function addToTotals(tx: EntityManager, facts: readonly Fact[]): Promise<void> {
  const sums = new Map<string, Fact>();
  for (const f of facts) {
    const key = [f.metric, f.communeId, f.yearFrom, f.yearTo, f.dim1, f.dim2].join('\u0000');
    const prev = sums.get(key);
    sums.set(key, prev ? { ...prev, value: prev.value + f.value } : f);
  }
  const groups = [...sums.values()].filter((f) => f.value !== 0);
  for (let i = 0; i < groups.length; i += 2000) {
    const chunk = groups.slice(i, i + 2000);
    await tx.query(
      `insert into dashboard_totals (metric, commune_id, year_from, year_to, dim1, dim2, value)
       select * from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::bigint[])
       on conflict (metric, commune_id, year_from, year_to, dim1, dim2) do update set value = dashboard_totals.value + excluded.value`,
      [
        chunk.map((f) => f.metric),
        chunk.map((f) => f.communeId),
        chunk.map((f) => f.yearFrom),
        chunk.map((f) => f.yearTo),
        chunk.map((f) => f.dim1),
        chunk.map((f) => f.dim2),
        chunk.map((f) => f.value),
      ],
    );
  }
}

const ENTITY_COLUMNS = { key: 'text', doc: 'jsonb', facts: 'jsonb' } as const;
const POOR_COLUMNS = { key: 'text', year: 'int', code: 'text', commune_id: 'text', first_commitment: 'text' } as const;
