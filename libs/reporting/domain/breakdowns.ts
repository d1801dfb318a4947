import type { FactSum } from '@kn/dashboard';
import type { CommuneRow, OrganizationRow, ReportInput, YearInput } from './report.types.js';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'vi');
const rate = (poor: number, households: number | null) =>
  households ? Math.round((poor / households) * 10_000) / 100 : null;

/**
 * Section I by organisation: pairings in force at the period's end, activities of the period (an
 * activity counts once for the pairing's organisation and once for each co-organiser), resources.
 */
export function byOrganization(
  input: ReportInput,
  last: YearInput,
): { rows: OrganizationRow[]; total: OrganizationRow } {
  const rows = new Map<
    string,
    { pairings: number; activities: number; immersionStays: number; studyTours: number; resourcesVnd: number }
  >();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { pairings: 0, activities: 0, immersionStays: 0, studyTours: 0, resourcesVnd: 0 }));
    return r;
  };
  for (const p of last.activePairings) row(p.organizationId).pairings += 1;
  for (const a of input.activities) {
    const organisers = [...new Set([a.organizationId, ...a.coOrganizerIds])];
    for (const id of organisers) {
      const r = row(id);
      r.activities += 1;
      if (a.kind === 'immersion_stay') r.immersionStays += 1;
      if (a.kind === 'study_tour') r.studyTours += 1;
    }
    // Resources are counted once, for the pairing's organisation.
    row(a.organizationId).resourcesVnd += a.resourcesVnd;
  }
  const out = [...rows]
    .map(([organizationId, r]) => ({
      organizationId,
      name: input.organizationNames[organizationId] ?? organizationId,
      ...r,
    }))
    .sort(byName);
  const sum = (k: keyof (typeof out)[number] & ('pairings' | 'immersionStays' | 'studyTours' | 'resourcesVnd')) =>
    out.reduce((n, r) => n + r[k], 0);
  return {
    rows: out,
    total: {
      organizationId: '',
      name: 'Tổng cộng',
      pairings: sum('pairings'),
      activities: input.activities.length,
      immersionStays: input.activities.filter((a) => a.kind === 'immersion_stay').length,
      studyTours: input.activities.filter((a) => a.kind === 'study_tour').length,
      resourcesVnd: sum('resourcesVnd'),
    },
  };
}

const perCommune = (sums: readonly FactSum[], metric: string, where: (s: FactSum) => boolean = () => true) => {
  const out = new Map<string, number>();
  for (const s of sums)
    if (s.metric === metric && where(s)) out.set(s.communeId, (out.get(s.communeId) ?? 0) + s.value);
  return out;
};

/**
 * Section I by commune: target communes of the period's last year and every commune with poor
 * households or activities; coverage, activities, households counted, poor at the end, the rate
 * (only where the count is known), exits and exits with support in the 12 months before.
 */
export function byCommune(input: ReportInput, last: YearInput): { rows: CommuneRow[]; total: CommuneRow } {
  const targets = new Set(last.sums.filter((s) => s.metric === 'target' && s.value > 0).map((s) => s.communeId));
  const counts = perCommune(last.sums, 'hh_count', (s) => s.dim1 === 'total');
  const exitsWithSupport = new Map<string, number>();
  for (const y of input.years)
    for (const [id, n] of perCommune(y.sums, 'hh_exit', (s) => s.dim1 === 'supported'))
      exitsWithSupport.set(id, (exitsWithSupport.get(id) ?? 0) + n);
  const activities = new Map<string, number>();
  for (const a of input.activities) activities.set(a.communeId, (activities.get(a.communeId) ?? 0) + 1);
  const pairings = new Map<string, number>();
  for (const p of last.activePairings) pairings.set(p.communeId, (pairings.get(p.communeId) ?? 0) + 1);
  const poverty = new Map(input.years.length ? povertyByCommune(input) : []);
  const ids = new Set([...targets, ...poverty.keys(), ...activities.keys()]);
  const rows: CommuneRow[] = [...ids]
    .map((communeId) => {
      const p = poverty.get(communeId) ?? { end: 0, exited: 0 };
      const households = counts.get(communeId) ?? null;
      return {
        communeId,
        name: input.communeNames[communeId] ?? communeId,
        target: targets.has(communeId),
        pairings: pairings.get(communeId) ?? 0,
        activities: activities.get(communeId) ?? 0,
        households,
        poorEnd: p.end,
        povertyRate: rate(p.end, households),
        exited: p.exited,
        exitsWithSupport: exitsWithSupport.get(communeId) ?? 0,
      };
    })
    .sort(byName);
  const counted = rows.filter((r) => r.households !== null);
  const sum = (k: 'pairings' | 'activities' | 'poorEnd' | 'exited' | 'exitsWithSupport') =>
    rows.reduce((n, r) => n + r[k], 0);
  const households = counted.length ? counted.reduce((n, r) => n + (r.households ?? 0), 0) : null;
  return {
    rows,
    total: {
      communeId: '',
      name: 'Toàn tỉnh',
      target: false,
      pairings: sum('pairings'),
      activities: sum('activities'),
      households,
      poorEnd: sum('poorEnd'),
      povertyRate: rate(
        counted.reduce((n, r) => n + r.poorEnd, 0),
        households,
      ),
      exited: sum('exited'),
      exitsWithSupport: sum('exitsWithSupport'),
    },
  };
}

function povertyByCommune(input: ReportInput): [string, { end: number; exited: number }][] {
  const last = input.years.at(-1)!;
  const exited = new Map<string, number>();
  for (const y of input.years)
    for (const r of y.poverty) exited.set(r.communeId, (exited.get(r.communeId) ?? 0) + r.poor.exitedPoverty.total);
  const ids = new Set([...exited.keys(), ...last.poverty.map((r) => r.communeId)]);
  return [...ids].map((id) => [
    id,
    { end: last.poverty.find((r) => r.communeId === id)?.poor.end.total ?? 0, exited: exited.get(id) ?? 0 },
  ]);
}
