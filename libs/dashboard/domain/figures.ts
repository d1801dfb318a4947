/** One summed group of the fact ledger for a year. */
export interface FactSum {
  readonly metric: string;
  readonly communeId: string;
  readonly dim1: string;
  readonly dim2: string;
  readonly value: number;
}

export interface Named {
  readonly id: string;
  readonly name: string;
}

export interface PovertyRate {
  /** Poor households per 100 households, over the communes whose count for the year is known; null when none is. */
  readonly percent: number | null;
  readonly ethnicMinorityPercent: number | null;
  readonly poorCounted: number;
  readonly totalHouseholds: number;
  readonly ethnicMinorityHouseholds: number;
  /** Communes with poor households (or targets) whose household count for the year was never recorded. */
  readonly communesMissingCounts: Named[];
}

export interface Dashboard {
  readonly year: number;
  readonly communeId: string | null;
  /** The day "supported" and "overdue" are judged on: the as-of day, never after the year's end. */
  readonly reportDate: string;
  readonly coverage: { targetCommunes: number; pairedCommunes: number; percent: number; unpaired: Named[] };
  readonly villages: { targetVillages: number; pairedVillages: number; percent: number; unpaired: Named[] };
  readonly activities: {
    total: number;
    byKind: Record<string, number>;
    byQuarter: number[];
    fourTogetherShare: number;
    communeInitiatedShare: number;
    studyTours: number;
  };
  readonly resources: { totalVnd: number; bySource: Record<string, number> };
  readonly projects: {
    byStatus: Record<string, number>;
    byCategory: Record<string, number>;
    completedValueVnd: number;
  };
  readonly households: {
    poor: number;
    poorEthnicMinority: number;
    nearPoor: number;
    nearPoorEthnicMinority: number;
    /** Poor households of the year's review with a commitment made by `reportDate`, not cancelled before the year began. */
    supported: number;
    supportedShare: number;
    unsupported: number;
    nearPoorSupported: number;
    /** The first 100 poor households without one (filled by the query side). */
    withoutCommitment: { id: string; code: string }[];
    newlyPoor: number;
    exitedPoverty: number;
    relapsed: number;
    exitsWithSupport: number;
    exitsWithoutSupport: number;
    sustainedExits: number;
    povertyRate: PovertyRate;
  };
  readonly commitments: { open: number; overdue: number; fulfilled: number; cancelled: number };
  readonly pairings: {
    active: number;
    withoutActivity: { id: string; organizationName: string; adminUnitName: string }[];
  };
  /** The seed's goals (Thông báo kết luận 2015), each with its definition in `kpiDefinitions`. */
  readonly kpis: {
    targetCommunesPaired: number;
    mixedVillagesPaired: number;
    poorWithCommitment: number;
    immersionStays: { year: number; previousYear: number };
    studyTours: { year: number; previousYear: number };
  };
}

export interface FigureOptions {
  readonly year: number;
  readonly communeId: string | null;
  readonly reportDate: string;
  readonly names: ReadonlyMap<string, string>;
  /** The previous year's sums, for the KPIs measured against it. */
  readonly previous?: readonly FactSum[];
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);
const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

class Sums {
  constructor(private readonly sums: readonly FactSum[]) {}
  total(metric: string, where: (s: FactSum) => boolean = () => true): number {
    return this.sums.filter((s) => s.metric === metric && where(s)).reduce((n, s) => n + s.value, 0);
  }
  by(metric: string, dim: 'dim1' | 'dim2' = 'dim1'): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.sums) if (s.metric === metric && s.value) out[s[dim]] = (out[s[dim]] ?? 0) + s.value;
    return out;
  }
  keysWith(metric: string, key: 'communeId' | 'dim1' = 'communeId'): Set<string> {
    return new Set(this.sums.filter((s) => s.metric === metric && s.value > 0).map((s) => s[key]));
  }
}

function coverageOf(targets: ReadonlySet<string>, paired: ReadonlySet<string>, names: ReadonlyMap<string, string>) {
  const unpaired = [...targets]
    .filter((id) => !paired.has(id))
    .map((id) => ({ id, name: names.get(id) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const covered = targets.size - unpaired.length;
  return { targets: targets.size, covered, percent: percent(covered, targets.size), unpaired };
}

/** Tỷ lệ hộ nghèo: only communes whose count is known enter the rate; the others are named. */
export function povertyRate(s: Sums, names: ReadonlyMap<string, string>): PovertyRate {
  const counts = s.by('hh_count');
  const counted = s.keysWith('hh_count');
  const poorOf = (dim: (f: FactSum) => boolean) => s.total('hh_poor', (f) => counted.has(f.communeId) && dim(f));
  const totalHouseholds = s.total('hh_count', (f) => f.dim1 === 'total');
  const emHouseholds = s.total('hh_count', (f) => f.dim1 === 'em');
  const missing = [...new Set([...s.keysWith('hh_poor'), ...s.keysWith('target')])].filter((id) => !counted.has(id));
  return {
    percent: counts.total ? Math.round((poorOf(() => true) / totalHouseholds) * 10_000) / 100 : null,
    ethnicMinorityPercent: emHouseholds
      ? Math.round((poorOf((f) => f.dim1 === 'em') / emHouseholds) * 10_000) / 100
      : null,
    poorCounted: poorOf(() => true),
    totalHouseholds,
    ethnicMinorityHouseholds: emHouseholds,
    communesMissingCounts: missing
      .map((id) => ({ id, name: names.get(id) ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

function households(s: Sums, opts: FigureOptions): Dashboard['households'] {
  const supportedBy = (f: FactSum) => f.dim2 !== '' && f.dim2 <= opts.reportDate;
  const poor = s.total('hh_poor');
  const supported = s.total('hh_poor', supportedBy);
  const transitions = (t: string) => s.total('hh_transition', (f) => f.dim1 === t);
  return {
    poor,
    poorEthnicMinority: s.total('hh_poor', (f) => f.dim1 === 'em'),
    nearPoor: s.total('hh_near_poor'),
    nearPoorEthnicMinority: s.total('hh_near_poor', (f) => f.dim1 === 'em'),
    supported,
    supportedShare: share(supported, poor),
    unsupported: poor - supported,
    nearPoorSupported: s.total('hh_near_poor', supportedBy),
    withoutCommitment: [],
    newlyPoor: transitions('newly_poor'),
    exitedPoverty: transitions('exited_poverty'),
    relapsed: transitions('relapsed'),
    exitsWithSupport: s.total('hh_exit', (f) => f.dim1 === 'supported'),
    exitsWithoutSupport: s.total('hh_exit', (f) => f.dim1 === 'unsupported'),
    sustainedExits: s.total('hh_sustained_exit'),
    povertyRate: povertyRate(s, opts.names),
  };
}

function activities(s: Sums): Dashboard['activities'] {
  const total = s.total('activity');
  return {
    total,
    byKind: s.by('activity'),
    byQuarter: [1, 2, 3, 4].map((q) => s.total('activity', (f) => f.dim2 === String(q))),
    fourTogetherShare: share(
      s.total('activity', (f) => f.dim1 === 'immersion_stay'),
      total,
    ),
    communeInitiatedShare: share(
      s.total('activity_initiator', (f) => f.dim1 === 'commune'),
      total,
    ),
    studyTours: s.total('activity', (f) => f.dim1 === 'study_tour'),
  };
}

/**
 * The dashboard of a year from the summed ledger. `reportDate` decides which open commitments
 * are overdue and which commitments count as made; `names` labels the unpaired units.
 */
export function dashboardFigures(sums: readonly FactSum[], opts: FigureOptions): Dashboard {
  const s = new Sums(sums);
  const paired = s.keysWith('paired');
  const communes = coverageOf(s.keysWith('target'), paired, opts.names);
  const villages = coverageOf(s.keysWith('target_village'), paired, opts.names);
  const bySource = s.by('resource');
  const commitments = (status: string, where: (f: FactSum) => boolean = () => true) =>
    s.total('commitment', (f) => f.dim1 === status && where(f));
  const hh = households(s, opts);
  const acts = activities(s);
  const prev = new Sums(opts.previous ?? []);
  const active = s.keysWith('pairing_active', 'dim1');
  return {
    year: opts.year,
    communeId: opts.communeId,
    reportDate: opts.reportDate,
    coverage: {
      targetCommunes: communes.targets,
      pairedCommunes: communes.covered,
      percent: communes.percent,
      unpaired: communes.unpaired,
    },
    villages: {
      targetVillages: villages.targets,
      pairedVillages: villages.covered,
      percent: villages.percent,
      unpaired: villages.unpaired,
    },
    activities: acts,
    resources: { totalVnd: Object.values(bySource).reduce((a, b) => a + b, 0), bySource },
    projects: {
      byStatus: s.by('project_status'),
      byCategory: s.by('project_category'),
      completedValueVnd: s.total('project_completed_value'),
    },
    households: hh,
    commitments: {
      open: commitments('open', (f) => f.dim2 >= opts.reportDate),
      overdue: commitments('open', (f) => f.dim2 < opts.reportDate),
      fulfilled: commitments('fulfilled'),
      cancelled: commitments('cancelled'),
    },
    pairings: { active: active.size, withoutActivity: [] },
    kpis: {
      targetCommunesPaired: communes.percent,
      mixedVillagesPaired: villages.percent,
      poorWithCommitment: percent(hh.supported, hh.poor),
      immersionStays: {
        year: s.total('activity', (f) => f.dim1 === 'immersion_stay'),
        previousYear: prev.total('activity', (f) => f.dim1 === 'immersion_stay'),
      },
      studyTours: { year: acts.studyTours, previousYear: prev.total('activity', (f) => f.dim1 === 'study_tour') },
    },
  };
}

/** Active pairings of the year with no activity in it (ids; the query side names them). */
export function pairingsWithoutActivity(sums: readonly FactSum[]): string[] {
  const s = new Sums(sums);
  const busy = s.keysWith('pairing_activity', 'dim1');
  return [...s.keysWith('pairing_active', 'dim1')].filter((id) => !busy.has(id)).sort();
}

/** The day figures of `year` are judged on: the given day, but never after the year's last day. */
export function reportDateFor(year: number, day: string): string {
  const end = `${year}-12-31`;
  return day < end ? day : end;
}

/** How each KPI is defined (shown with it; one definition per figure). */
export const KPI_DEFINITIONS: Readonly<Record<keyof Dashboard['kpis'], { vi: string; en: string }>> = {
  targetCommunesPaired: {
    vi: '% xã thuần đồng bào DTTS (phân loại của năm) có cơ quan, đơn vị kết nghĩa vào cuối năm',
    en: '% of target communes (as classified that year) paired at year end',
  },
  mixedVillagesPaired: {
    vi: '% thôn xen ghép có cơ quan, đơn vị kết nghĩa trực tiếp vào cuối năm',
    en: '% of mixed villages with a pairing of their own at year end',
  },
  poorWithCommitment: {
    vi: '% hộ nghèo của kỳ rà soát năm có cam kết hỗ trợ cụ thể lập đến ngày báo cáo, không bị hủy trước đầu năm',
    en: "% of the year's poor households with a commitment made by the report date and not cancelled before the year began",
  },
  immersionStays: {
    vi: 'Số đợt "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm" trong năm so với năm trước',
    en: 'Immersion stays in the year against the previous year',
  },
  studyTours: {
    vi: 'Số chuyến đi học tập mô hình ở địa bàn khác trong năm so với năm trước',
    en: 'Study tours in the year against the previous year',
  },
};
