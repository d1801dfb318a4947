import type { Classification } from '../../domain/poverty-standards/poverty-standard.types.js';

/** One review of one household, as the projection stores it. */
export interface AssessmentHistoryRow {
  readonly householdId: string;
  /** The household's commune at that review. */
  readonly communeId: string;
  readonly ethnicMinority: boolean;
  readonly reviewYear: number;
  readonly classification: Classification;
}

export interface Figure {
  readonly total: number;
  readonly ethnicMinority: number;
}

export interface PoorDynamics {
  readonly start: Figure;
  readonly newlyPoor: Figure;
  readonly exitedPoverty: Figure;
  readonly relapsed: Figure;
  readonly end: Figure;
}
export interface NearPoorDynamics {
  readonly start: Figure;
  readonly newlyNearPoor: Figure;
  readonly exitedNearPoverty: Figure;
  readonly relapsed: Figure;
  readonly end: Figure;
}

/** "Diễn biến trong năm" for one commune and year: start + newly + relapsed − exited = end. */
export interface PovertyDynamicsRow {
  readonly year: number;
  readonly communeId: string;
  readonly poor: PoorDynamics;
  readonly nearPoor: NearPoorDynamics;
}

type Movement = 'start' | 'newly' | 'exited' | 'relapsed' | 'end';
type Tally = Record<Movement, { total: number; ethnicMinority: number }>;

const emptyTally = (): Tally => ({
  start: { total: 0, ethnicMinority: 0 },
  newly: { total: 0, ethnicMinority: 0 },
  exited: { total: 0, ethnicMinority: 0 },
  relapsed: { total: 0, ethnicMinority: 0 },
  end: { total: 0, ethnicMinority: 0 },
});

/**
 * A household's movements on one list (poor or near-poor) in `year`. Status carries forward
 * between reviews, so an unreviewed household stays on its list. Re-entering a list the
 * household once left is a relapse — for the poor list exactly the decider's `relapsed`.
 */
function movements(history: readonly AssessmentHistoryRow[], year: number, list: Classification): Movement[] {
  const before = history.filter((r) => r.reviewYear < year);
  const current = history.filter((r) => r.reviewYear <= year).at(-1);
  const previous = before.at(-1);
  const wasIn = previous?.classification === list;
  const isIn = current?.classification === list;
  const found: Movement[] = [...(wasIn ? ['start' as const] : []), ...(isIn ? ['end' as const] : [])];
  if (current?.reviewYear !== year || wasIn === isIn) return found;
  if (wasIn) return [...found, 'exited'];
  const leftBefore = before.some(
    (r, i) => r.classification === list && before[i + 1] !== undefined && before[i + 1]!.classification !== list,
  );
  return [...found, leftBefore ? 'relapsed' : 'newly'];
}

function byHousehold(rows: readonly AssessmentHistoryRow[]): AssessmentHistoryRow[][] {
  const groups = new Map<string, Map<number, AssessmentHistoryRow>>();
  for (const row of rows) {
    const years = groups.get(row.householdId) ?? new Map<number, AssessmentHistoryRow>();
    years.set(row.reviewYear, row); // a repeated year: the later row wins
    groups.set(row.householdId, years);
  }
  return [...groups.values()].map((years) => [...years.values()].sort((a, b) => a.reviewYear - b.reviewYear));
}

function count(tally: Tally, moves: readonly Movement[], ethnicMinority: boolean): void {
  for (const m of moves) {
    tally[m].total += 1;
    if (ethnicMinority) tally[m].ethnicMinority += 1;
  }
}

/**
 * The year's dynamics per commune from every household's review history. A household counts
 * in the commune of its latest review up to that year, so each commune's row balances.
 */
export function povertyDynamics(rows: readonly AssessmentHistoryRow[], year: number): PovertyDynamicsRow[] {
  const communes = new Map<string, { poor: Tally; nearPoor: Tally }>();
  for (const history of byHousehold(rows)) {
    const current = history.filter((r) => r.reviewYear <= year).at(-1);
    if (!current) continue;
    const tallies = communes.get(current.communeId) ?? { poor: emptyTally(), nearPoor: emptyTally() };
    count(tallies.poor, movements(history, year, 'poor'), current.ethnicMinority);
    count(tallies.nearPoor, movements(history, year, 'near_poor'), current.ethnicMinority);
    communes.set(current.communeId, tallies);
  }
  return [...communes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([communeId, { poor, nearPoor }]) => ({
      year,
      communeId,
      poor: {
        start: poor.start,
        newlyPoor: poor.newly,
        exitedPoverty: poor.exited,
        relapsed: poor.relapsed,
        end: poor.end,
      },
      nearPoor: {
        start: nearPoor.start,
        newlyNearPoor: nearPoor.newly,
        exitedNearPoverty: nearPoor.exited,
        relapsed: nearPoor.relapsed,
        end: nearPoor.end,
      },
    }));
}
