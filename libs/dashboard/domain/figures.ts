/** One summed group of the fact ledger for a year. */
export interface FactSum {
  readonly metric: string;
  readonly communeId: string;
  readonly dim1: string;
  readonly dim2: string;
  readonly value: number;
}

export interface Dashboard {
  readonly year: number;
  readonly communeId: string | null;
  readonly coverage: { targetCommunes: number; pairedCommunes: number; percent: number; unpaired: { id: string; name: string }[] };
  readonly activities: {
    total: number; byKind: Record<string, number>; byQuarter: number[]; fourTogetherShare: number; communeInitiatedShare: number; studyTours: number;
  };
  readonly resources: { totalVnd: number; bySource: Record<string, number> };
  readonly projects: { byStatus: Record<string, number>; byCategory: Record<string, number>; completedValueVnd: number };
  readonly households: {
    poor: number; poorEthnicMinority: number; nearPoor: number; nearPoorEthnicMinority: number; withCommitment: number; withoutCommitment: number;
    newlyPoor: number; exitedPoverty: number; relapsed: number; sustainedExits: number;
  };
  readonly commitments: { open: number; overdue: number; fulfilled: number; cancelled: number };
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);

/**
 * The dashboard of a year from the summed ledger. `today` decides which open commitments are
 * overdue (the as-of date for a past view); `names` labels the unpaired communes.
 */
export function dashboardFigures(sums: readonly FactSum[], opts: { year: number; communeId: string | null; today: string; names: ReadonlyMap<string, string> }): Dashboard {
  const total = (metric: string, where: (s: FactSum) => boolean = () => true) => sums.filter((s) => s.metric === metric && where(s)).reduce((n, s) => n + s.value, 0);
  const by = (metric: string, dim: 'dim1' | 'dim2' = 'dim1') => {
    const out: Record<string, number> = {};
    for (const s of sums) if (s.metric === metric && s.value) out[s[dim]] = (out[s[dim]] ?? 0) + s.value;
    return out;
  };
  const communesWith = (metric: string) => new Set(sums.filter((s) => s.metric === metric && s.value > 0).map((s) => s.communeId));
  const targets = communesWith('target');
  const paired = communesWith('paired');
  const unpaired = [...targets].filter((id) => !paired.has(id)).map((id) => ({ id, name: opts.names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const pairedTargets = targets.size - unpaired.length;

  const activityTotal = total('activity');
  const byQuarter = [1, 2, 3, 4].map((q) => total('activity', (s) => s.dim2 === String(q)));
  const bySource = by('resource');
  const transitions = (t: string) => total('hh_transition', (s) => s.dim1 === t);
  const commitments = (status: string, where: (s: FactSum) => boolean = () => true) => total('commitment', (s) => s.dim1 === status && where(s));

  return {
    year: opts.year,
    communeId: opts.communeId,
    coverage: { targetCommunes: targets.size, pairedCommunes: pairedTargets, percent: targets.size ? Math.round((pairedTargets / targets.size) * 1000) / 10 : 0, unpaired },
    activities: {
      total: activityTotal,
      byKind: by('activity'),
      byQuarter,
      fourTogetherShare: share(total('activity', (s) => s.dim1 === 'immersion_stay'), activityTotal),
      communeInitiatedShare: share(total('activity_initiator', (s) => s.dim1 === 'commune'), activityTotal),
      studyTours: total('activity', (s) => s.dim1 === 'study_tour'),
    },
    resources: { totalVnd: Object.values(bySource).reduce((a, b) => a + b, 0), bySource },
    projects: { byStatus: by('project_status'), byCategory: by('project_category'), completedValueVnd: total('project_completed_value') },
    households: {
      poor: total('hh_poor'),
      poorEthnicMinority: total('hh_poor', (s) => s.dim1 === 'em'),
      nearPoor: total('hh_near_poor'),
      nearPoorEthnicMinority: total('hh_near_poor', (s) => s.dim1 === 'em'),
      withCommitment: total('hh_poor_with_commitment'),
      withoutCommitment: total('hh_poor_without_commitment'),
      newlyPoor: transitions('newly_poor'),
      exitedPoverty: transitions('exited_poverty'),
      relapsed: transitions('relapsed'),
      sustainedExits: total('hh_sustained_exit'),
    },
    commitments: {
      open: commitments('open', (s) => s.dim2 >= opts.today),
      overdue: commitments('open', (s) => s.dim2 < opts.today),
      fulfilled: commitments('fulfilled'),
      cancelled: commitments('cancelled'),
    },
  };
}
