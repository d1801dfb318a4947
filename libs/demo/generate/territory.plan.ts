import type { Classification } from '@kn/territory';
import { demoId, Random } from './random.js';
import { COMMUNES, DISTRICTS, LATE_PAIRED_COMMUNE, PROVINCE, UNPAIRED_COMMUNE, VILLAGE_NAMES, type CommuneRow } from './territory.data.js';

export const PROGRAM_START = '2013-01-01';
export const MERGER_ON = '2025-07-01';

export interface DemoUnit {
  readonly id: string;
  readonly kind: 'province' | 'district' | 'commune' | 'village';
  readonly name: string;
  readonly code: string;
  readonly parentId: string | null;
  readonly classifications: readonly Classification[];
  readonly establishedOn: string;
}

export interface DemoVillage extends DemoUnit {
  readonly mixed: boolean;
  /** Relative share of the demo households living here. */
  readonly weight: number;
}

export interface DemoCommune extends DemoUnit {
  readonly row: CommuneRow;
  readonly villages: readonly DemoVillage[];
  /** The commune it becomes part of on 2025-07-01, or itself. */
  successorId: string;
}

export interface DemoMerge {
  readonly successor: DemoUnit;
  readonly predecessorIds: readonly string[];
}

export interface Territory {
  readonly province: DemoUnit;
  readonly districts: readonly DemoUnit[];
  readonly communes: readonly DemoCommune[];
  readonly merges: readonly DemoMerge[];
  readonly targets: readonly DemoCommune[];
  readonly unpaired: DemoCommune;
  readonly latePaired: DemoCommune;
  /** Every village, with cumulative weights for placing households. */
  readonly villages: readonly { village: DemoVillage; commune: DemoCommune; upTo: number }[];
}

function classificationsOf(row: CommuneRow): Classification[] {
  if (!row.target) return ['region_I'];
  return row.extremelyDifficult ? ['ethnic_minority_commune', 'extremely_difficult', 'region_III'] : ['ethnic_minority_commune', 'region_II'];
}

function villagesOf(seed: number, commune: DemoUnit, row: CommuneRow, index: number): DemoVillage[] {
  const random = Random.for(seed, `villages:${commune.id}`);
  const count = row.target ? random.int(4, 6) : random.int(2, 4);
  const mixedIndex = !row.target && row.ethnic.length === 0 && index % 3 === 0 ? random.int(0, count - 1) : -1;
  const names = random.sample(VILLAGE_NAMES, count);
  return names.map((name, i) => ({
    id: demoId(seed, `village:${commune.code}:${i}`),
    kind: 'village' as const,
    name,
    code: `${commune.code}-${String(i + 1).padStart(2, '0')}`,
    parentId: commune.id,
    classifications: i === mixedIndex ? (['mixed_village'] as Classification[]) : [],
    establishedOn: PROGRAM_START,
    mixed: i === mixedIndex,
    weight: row.target ? random.int(70, 130) : i === mixedIndex ? random.int(60, 110) : random.int(2, 6),
  }));
}

export function planTerritory(seed: number): Territory {
  const province: DemoUnit = { id: demoId(seed, 'province'), kind: 'province', ...PROVINCE, parentId: null, classifications: [], establishedOn: PROGRAM_START };
  const districts: DemoUnit[] = DISTRICTS.map((d) => ({ id: demoId(seed, `district:${d.code}`), kind: 'district', ...d, parentId: province.id, classifications: [], establishedOn: PROGRAM_START }));
  const communes: DemoCommune[] = COMMUNES.map((row, i) => {
    const code = String(22870 + i * 3);
    const unit: DemoUnit = { id: demoId(seed, `commune:${code}`), kind: 'commune', name: row.name, code, parentId: districts[row.district].id, classifications: classificationsOf(row), establishedOn: PROGRAM_START };
    return { ...unit, row, villages: villagesOf(seed, unit, row, i), successorId: unit.id };
  });
  const merges = planMerges(seed, province, communes);
  let upTo = 0;
  const villages = communes.flatMap((commune) => commune.villages.map((village) => ({ village, commune, upTo: (upTo += village.weight) })));
  const byName = (name: string) => communes.find((c) => c.name === name) as DemoCommune;
  return { province, districts, communes, merges, targets: communes.filter((c) => c.row.target), unpaired: byName(UNPAIRED_COMMUNE), latePaired: byName(LATE_PAIRED_COMMUNE), villages };
}

function planMerges(seed: number, province: DemoUnit, communes: DemoCommune[]): DemoMerge[] {
  const groups = new Map<string, DemoCommune[]>();
  for (const c of communes) if (c.row.mergeGroup) groups.set(c.row.mergeGroup, [...(groups.get(c.row.mergeGroup) ?? []), c]);
  return [...groups.entries()].map(([name, members], i) => {
    const code = String(23500 + i * 7);
    const inherited = new Set(members.flatMap((m) => m.classifications));
    const successor: DemoUnit = {
      id: demoId(seed, `commune-2025:${code}`), kind: 'commune', name, code, parentId: province.id,
      // Sent explicitly, as a merge decision names the new commune's classification.
      classifications: inherited.has('extremely_difficult') ? ['ethnic_minority_commune', 'extremely_difficult', 'region_III']
        : inherited.has('ethnic_minority_commune') ? ['ethnic_minority_commune', 'region_II'] : ['region_I'],
      establishedOn: MERGER_ON,
    };
    for (const m of members) m.successorId = successor.id;
    return { successor, predecessorIds: members.map((m) => m.id) };
  });
}
