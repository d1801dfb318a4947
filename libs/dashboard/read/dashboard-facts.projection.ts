import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@kn/event-store';
import type { Projection } from '@kn/platform';
import { categoryOf, idOf } from '@kn/shared';
import { evolveAdminUnit, type AdminUnitTreeDoc } from '@kn/territory';
import { evolveActivityLog, evolvePairingSummary, evolveProjectBoard, type ActivityLog, type PairingSummary, type ProjectBoardEntry } from '@kn/twinning';
import { diffFacts, type Fact } from '../domain/facts.js';
import { activityFacts, pairingFacts, projectFacts, unitFacts } from '../domain/contributions.js';
import { evolveHouseholdEntity, householdFacts, type HouseholdEntity } from '../domain/household-entity.js';

type Entity = { unit: AdminUnitTreeDoc | null } | { log: ActivityLog | null; summary: PairingSummary | null } | { project: ProjectBoardEntry | null } | { household: HouseholdEntity | null };

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
const KINDS: Record<string, { evolve(e: Entity | null, ev: RecordedEvent): Entity; same(a: Entity | null, b: Entity): boolean; facts(e: Entity): Fact[] }> = {
  adminunit: {
    evolve: (e, ev) => ({ unit: evolveAdminUnit((e as { unit: AdminUnitTreeDoc | null } | null)?.unit ?? null, ev) }),
    same: (a, b) => a !== null && (a as { unit: unknown }).unit === (b as { unit: unknown }).unit,
    facts: (e) => {
      const u = (e as { unit: AdminUnitTreeDoc | null }).unit;
      return u ? unitFacts(u) : [];
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
      return [...Object.values(log.rows).flatMap(activityFactsOf), ...pairingFacts({ establishedOn: summary.establishedOn, endedOn: summary.endedOn, unitHistory: log.unitHistory })];
    },
  },
  project: {
    evolve: (e, ev) => ({ project: evolveProjectBoard((e as { project: ProjectBoardEntry | null } | null)?.project ?? null, ev) }),
    same: (a, b) => a !== null && (a as { project: unknown }).project === (b as { project: unknown }).project,
    facts: (e) => {
      const p = (e as { project: ProjectBoardEntry | null }).project;
      return p ? projectFacts(p) : [];
    },
  },
  household: {
    evolve: (e, ev) => ({ household: evolveHouseholdEntity((e as { household: HouseholdEntity | null } | null)?.household ?? null, ev.type, ev.data) }),
    same: (a, b) => a !== null && (a as { household: unknown }).household === (b as { household: unknown }).household,
    facts: (e) => {
      const h = (e as { household: HouseholdEntity | null }).household;
      return h ? householdFacts(h) : [];
    },
  },
};

/**
 * rm.dashboard_facts: the ledger of signed contributions stamped with the log position of the
 * event that caused them (ADR 0007). rm.dashboard_entities keeps each entity's folded document
 * and its current facts, so the next event only appends the difference.
 */
export const dashboardFactsProjection: Projection = {
  name: 'dashboard_facts',
  categories: Object.keys(KINDS),
  async apply(events, tx) {
    const keys = [...new Set(events.map((e) => e.streamId))];
    const stored: { key: string; doc: Entity; facts: Fact[] }[] = await tx.query(`select key, doc, facts from dashboard_entities where key = any($1)`, [keys]);
    const state = new Map(stored.map((r) => [r.key, { doc: r.doc as Entity | null, facts: r.facts, dirty: false }]));
    const rows: Fact[] = [];
    const stamps: RecordedEvent[] = [];
    for (const ev of events) {
      const kind = KINDS[categoryOf(ev.streamId)];
      if (!kind || !idOf(ev.streamId)) continue;
      const before = state.get(ev.streamId) ?? { doc: null, facts: [], dirty: false };
      const doc = kind.evolve(before.doc, ev);
      // Facts folded in this batch are facts(doc): an event that left the documents as they were
      // leaves them too. Stored facts are recomputed once (they may predate a change of rules).
      const facts = before.dirty && kind.same(before.doc, doc) ? before.facts : kind.facts(doc);
      if (facts !== before.facts) {
        for (const f of diffFacts(before.facts, facts)) {
          rows.push(f);
          stamps.push(ev);
        }
      }
      state.set(ev.streamId, { doc, facts, dirty: true });
    }
    await insertFacts(tx, rows, stamps);
    const touched = [...state].filter(([, s]) => s.dirty).map(([key, { doc, facts }]) => ({ key, doc, facts }));
    await insertRows(tx, 'dashboard_entities', ENTITY_COLUMNS, touched, 'on conflict (key) do update set doc = excluded.doc, facts = excluded.facts');
  },
};

/** The ledger rows in event order (their ids follow it), 2,000 per insert, each column one array parameter. */
async function insertFacts(tx: EntityManager, facts: readonly Fact[], stamps: readonly RecordedEvent[]): Promise<void> {
  for (let i = 0; i < facts.length; i += 2000) {
    const chunk = facts.slice(i, i + 2000);
    const at = stamps.slice(i, i + 2000);
    await tx.query(
      `insert into dashboard_facts (commit, position, metric, commune_id, year_from, year_to, dim1, dim2, value)
       select * from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::bigint[])`,
      [at.map((e) => e.checkpoint.commit), at.map((e) => e.position), chunk.map((f) => f.metric), chunk.map((f) => f.communeId), chunk.map((f) => f.yearFrom),
        chunk.map((f) => f.yearTo), chunk.map((f) => f.dim1), chunk.map((f) => f.dim2), chunk.map((f) => f.value)],
    );
  }
}

const ENTITY_COLUMNS = { key: 'text', doc: 'jsonb', facts: 'jsonb' } as const;
const CHUNK = 500;

/** One multi-row insert per 500 rows, each chunk one JSON parameter expanded by `json_to_recordset`. */
async function insertRows(tx: EntityManager, table: string, columns: Readonly<Record<string, string>>, rows: readonly Record<string, unknown>[], tail: string): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const shape = Object.entries(columns).map(([name, type]) => `${name} ${type}`).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(`insert into ${table} (${names}) select ${names} from json_to_recordset($1::json) as r(${shape}) ${tail}`, [JSON.stringify(rows.slice(i, i + CHUNK))]);
  }
}
