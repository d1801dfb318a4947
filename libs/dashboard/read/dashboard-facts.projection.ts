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

/** How each category's entity is folded and what it contributes; built on the contexts' own folds. */
const KINDS: Record<string, { evolve(e: Entity | null, ev: RecordedEvent): Entity; facts(e: Entity): Fact[] }> = {
  adminunit: {
    evolve: (e, ev) => ({ unit: evolveAdminUnit((e as { unit: AdminUnitTreeDoc | null } | null)?.unit ?? null, ev) }),
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
    facts: (e) => {
      const { log, summary } = e as { log: ActivityLog | null; summary: PairingSummary | null };
      if (!log || !summary) return [];
      return [...Object.values(log.rows).flatMap(activityFacts), ...pairingFacts({ establishedOn: summary.establishedOn, endedOn: summary.endedOn, unitHistory: log.unitHistory })];
    },
  },
  project: {
    evolve: (e, ev) => ({ project: evolveProjectBoard((e as { project: ProjectBoardEntry | null } | null)?.project ?? null, ev) }),
    facts: (e) => {
      const p = (e as { project: ProjectBoardEntry | null }).project;
      return p ? projectFacts(p) : [];
    },
  },
  household: {
    evolve: (e, ev) => ({ household: evolveHouseholdEntity((e as { household: HouseholdEntity | null } | null)?.household ?? null, ev.type, ev.data) }),
    facts: (e) => {
      const h = (e as { household: HouseholdEntity | null }).household;
      return h ? householdFacts(h) : [];
    },
  },
};

interface Row { commit: number; position: number; f: Fact }

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
    const state = new Map(stored.map((r) => [r.key, { doc: r.doc as Entity | null, facts: r.facts }]));
    const rows: Row[] = [];
    for (const ev of events) {
      const kind = KINDS[categoryOf(ev.streamId)];
      if (!kind || !idOf(ev.streamId)) continue;
      const before = state.get(ev.streamId) ?? { doc: null, facts: [] };
      const doc = kind.evolve(before.doc, ev);
      const facts = kind.facts(doc);
      for (const f of diffFacts(before.facts, facts)) rows.push({ commit: ev.checkpoint.commit, position: ev.position, f });
      state.set(ev.streamId, { doc, facts });
    }
    await insertFacts(tx, rows);
    const touched = [...state].filter(([key]) => keys.includes(key));
    for (let i = 0; i < touched.length; i += 500) {
      const chunk = touched.slice(i, i + 500);
      await tx.query(
        `insert into dashboard_entities (key, doc, facts) values ${chunk.map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3})`).join(', ')}
         on conflict (key) do update set doc = excluded.doc, facts = excluded.facts`,
        chunk.flatMap(([key, { doc, facts }]) => [key, JSON.stringify(doc), JSON.stringify(facts)]),
      );
    }
  },
};

async function insertFacts(tx: EntityManager, rows: readonly Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = chunk.map(({ commit, position, f }, j) => {
      values.push(commit, position, f.metric, f.communeId, f.yearFrom, f.yearTo, f.dim1, f.dim2, f.value);
      return `(${Array.from({ length: 9 }, (_, k) => `$${j * 9 + k + 1}`).join(', ')})`;
    });
    await tx.query(`insert into dashboard_facts (commit, position, metric, commune_id, year_from, year_to, dim1, dim2, value) values ${tuples.join(', ')}`, values);
  }
}
