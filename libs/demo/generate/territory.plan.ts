import type { Classification, CommuneType } from '@kn/territory';
import { demoId, Random } from './random.js';
import {
  communeTypeOf,
  COMMUNES,
  DISTRICTS,
  LATE_PAIRED_COMMUNE,
  MERGED_PROVINCE,
  OTHER_PROVINCES,
  PROVINCE,
  UNPAIRED_COMMUNE,
  VILLAGE_NAMES,
  SUCCESSOR_COMMUNE_TYPES,
  VILLAGE_TRANSFER,
  type CommuneRow,
} from './territory.data.js';

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
  /** Communes only: xã, phường or thị trấn. */
  readonly communeType?: CommuneType;
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
  /** Bình Thuận, the story's province until 2025-07-01. */
  readonly province: DemoUnit;
  /** The provinces merged with it (no communes in the demo), and Lâm Đồng, the province from 2025-07-01. */
  readonly otherProvinces: readonly DemoUnit[];
  readonly mergedProvince: DemoUnit;
  /** Thôn Nha Mé, moved from Phong Phú to Chí Công on 2025-07-01. */
  readonly villageTransfer: { readonly village: DemoVillage; readonly from: DemoCommune; readonly to: DemoCommune };
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
  return row.extremelyDifficult
    ? ['ethnic_minority_commune', 'extremely_difficult', 'region_III']
    : ['ethnic_minority_commune', 'region_II'];
}

function villagesOf(seed: number, commune: DemoUnit, row: CommuneRow, index: number): DemoVillage[] {
  const random = Random.for(seed, `villages:${commune.id}`);
  const count = row.target ? random.int(4, 6) : random.int(2, 4);
  const mixedIndex = !row.target && row.ethnic.length === 0 && index % 3 === 0 ? random.int(0, count - 1) : -1;
  const names: string[] = random.sample(VILLAGE_NAMES, count);
  if (row.name === VILLAGE_TRANSFER.from) names[0] = VILLAGE_TRANSFER.village;
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
  const province: DemoUnit = {
    id: demoId(seed, 'province'),
    kind: 'province',
    ...PROVINCE,
    parentId: null,
    classifications: [],
    establishedOn: PROGRAM_START,
  };
  const districts: DemoUnit[] = DISTRICTS.map((d) => ({
    id: demoId(seed, `district:${d.code}`),
    kind: 'district',
    ...d,
    parentId: province.id,
    classifications: [],
    establishedOn: PROGRAM_START,
  }));
  const communes: DemoCommune[] = COMMUNES.map((row, i) => {
    const code = String(22870 + i * 3);
    const unit: DemoUnit = {
      id: demoId(seed, `commune:${code}`),
      kind: 'commune',
      name: row.name,
      code,
      parentId: districts[row.district].id,
      classifications: classificationsOf(row),
      establishedOn: PROGRAM_START,
      communeType: communeTypeOf(row),
    };
    return { ...unit, row, villages: villagesOf(seed, unit, row, i), successorId: unit.id };
  });
  const otherProvinces: DemoUnit[] = OTHER_PROVINCES.map((p) => ({
    id: demoId(seed, `province:${p.code}`),
    kind: 'province',
    ...p,
    parentId: null,
    classifications: [],
    establishedOn: PROGRAM_START,
  }));
  const mergedProvince: DemoUnit = {
    id: demoId(seed, 'province-2025'),
    kind: 'province',
    ...MERGED_PROVINCE,
    parentId: null,
    classifications: [],
    establishedOn: MERGER_ON,
  };
  const merges = planMerges(seed, mergedProvince, communes);
  let upTo = 0;
  const villages = communes.flatMap((commune) =>
    commune.villages.map((village) => ({ village, commune, upTo: (upTo += village.weight) })),
  );
  const byName = (name: string) => communes.find((c) => c.name === name) as DemoCommune;
  const from = byName(VILLAGE_TRANSFER.from);
  const villageTransfer = { village: from.villages[0], from, to: byName(VILLAGE_TRANSFER.to) };
  return {
    province,
    otherProvinces,
    mergedProvince,
    villageTransfer,
    districts,
    communes,
    merges,
    targets: communes.filter((c) => c.row.target),
    unpaired: byName(UNPAIRED_COMMUNE),
    latePaired: byName(LATE_PAIRED_COMMUNE),
    villages,
  };
}

function planMerges(seed: number, province: DemoUnit, communes: DemoCommune[]): DemoMerge[] {
  const groups = new Map<string, DemoCommune[]>();
  for (const c of communes)
    if (c.row.mergeGroup) groups.set(c.row.mergeGroup, [...(groups.get(c.row.mergeGroup) ?? []), c]);
  return [...groups.entries()].map(([name, members], i) => {
    const code = String(23500 + i * 7);
    const inherited = new Set(members.flatMap((m) => m.classifications));
    const successor: DemoUnit = {
      id: demoId(seed, `commune-2025:${code}`),
      kind: 'commune',
      name,
      code,
      parentId: province.id,
      // Sent explicitly, as a merge decision names the new commune's classification.
      classifications: inherited.has('extremely_difficult')
        ? ['ethnic_minority_commune', 'extremely_difficult', 'region_III']
        : inherited.has('ethnic_minority_commune')
          ? ['ethnic_minority_commune', 'region_II']
          : ['region_I'],
      establishedOn: MERGER_ON,
      communeType: SUCCESSOR_COMMUNE_TYPES[name] ?? 'xa',
    };
    for (const m of members) m.successorId = successor.id;
    return { successor, predecessorIds: members.map((m) => m.id) };
  });
}
