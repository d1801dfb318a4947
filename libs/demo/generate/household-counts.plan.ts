import type { RecordHouseholdCount } from '@kn/households';
import type { DemoCast } from './cast.js';
import { planHousehold } from './households.plan.js';
import type { DemoPairing } from './pairings.plan.js';
import { MERGER_ON, type Territory } from './territory.plan.js';
import type { Step } from '../load/stream-writer.js';

/**
 * The demo's households are those on the review lists; a commune has about four times as many
 * households in all. Each commune's count for a year is four times its demo households
 * registered by then (ethnic-minority ones likewise), recorded at the year's end (the current
 * year's today); from the 2025 merger the successor counts its predecessors' households.
 */
export const HOUSEHOLDS_PER_REVIEWED = 4;
const FIRST_YEAR = 2013;

export function householdCountSteps(
  seed: number,
  households: number,
  t: Territory,
  sponsors: ReadonlyMap<string, readonly DemoPairing[]>,
  cast: DemoCast,
  today: string,
): { communeId: string; steps: Step<RecordHouseholdCount>[] }[] {
  const lastYear = Number(today.slice(0, 4));
  const registered = new Map<string, { on: string; em: boolean }[]>();
  for (let i = 0; i < households; i++) {
    const h = planHousehold(seed, i, t, sponsors, cast, today);
    const register = h.steps.find((s) => s.command.type === 'RegisterHousehold');
    const em = register?.command.type === 'RegisterHousehold' && register.command.data.ethnicity !== 'Kinh';
    registered.set(h.commune.id, [...(registered.get(h.commune.id) ?? []), { on: h.registeredOn, em }]);
  }
  const successorOf = new Map(t.merges.flatMap((m) => m.predecessorIds.map((p) => [p, m.successor.id] as const)));
  const out = new Map<string, Step<RecordHouseholdCount>[]>();
  const record = (communeId: string, year: number, list: readonly { on: string; em: boolean }[]) => {
    const by = list.filter((h) => h.on <= `${year}-12-31`);
    if (!by.length) return;
    const date = `${year}-12-31` <= today ? `${year}-12-31` : today;
    const step: Step<RecordHouseholdCount> = {
      date,
      actor: cast.supervisor,
      command: {
        type: 'RecordHouseholdCount',
        data: {
          communeId,
          year,
          totalHouseholds: by.length * HOUSEHOLDS_PER_REVIEWED,
          ethnicMinorityHouseholds: by.filter((h) => h.em).length * HOUSEHOLDS_PER_REVIEWED,
          source: `Số hộ dân cư toàn xã năm ${year} (dữ liệu minh họa)`,
          today: date,
        },
      },
    };
    out.set(communeId, [...(out.get(communeId) ?? []), step]);
  };
  const mergerYear = Number(MERGER_ON.slice(0, 4));
  for (const [communeId, list] of registered) {
    const successor = successorOf.get(communeId);
    for (let year = FIRST_YEAR; year <= lastYear; year++)
      if (!successor || year < mergerYear) record(communeId, year, list);
  }
  for (let year = mergerYear; year <= lastYear; year++)
    for (const m of t.merges)
      record(
        m.successor.id,
        year,
        m.predecessorIds.flatMap((p) => registered.get(p) ?? []),
      );
  return [...out].map(([communeId, steps]) => ({ communeId, steps }));
}
