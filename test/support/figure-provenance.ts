import type { Client } from './api-harness.js';

/** Every numeric leaf of the dashboard JSON, by dotted path (the trend and the echoes of the query left out). */
export function dashboardNumbers(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number')
    return path && path !== 'year' && path !== 'position' && !path.startsWith('trend.') ? [[path, v]] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => dashboardNumbers(x, `${path}.${i}`));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => dashboardNumbers(x, path ? `${path}.${k}` : k));
  return [];
}

/** Ratios of two figures: no items of their own (the API says 404). */
export const RATIO =
  /\.percent$|Share$|\.ethnicMinorityPercent$|^kpis\.(targetCommunesPaired|mixedVillagesPaired|poorWithCommitment)$/;

export interface Item {
  streamId: string;
  value: number;
  events: { position: number; type: string }[];
}

/** Every item of a figure's provenance, page by page. */
export async function allItems(
  client: Client,
  path: string,
  limit = 1000,
): Promise<{ body: { value: number; position: number }; items: Item[] }> {
  const items: Item[] = [];
  for (let after = ''; ;) {
    const r = await client.get(
      `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${after ? `&after=${after}` : ''}`,
    );
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
    items.push(...r.body.items);
    if (!r.body.next) return { body: r.body, items };
    after = r.body.next;
  }
}

/**
 * For each number of the dashboard of `year` (as of `asOf`): its provenance has that value and
 * its items add up to it, every event at or before the position read; ratios answer 404.
 * Returns the dashboard and how many non-zero figures were traced.
 */
export async function checkEveryFigure(
  client: Client,
  year: number,
  asOf: string | null,
  limit = 1000,
): Promise<{ dashboard: any; traced: number; mismatches: unknown[] }> {
  const q = `year=${year}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
  const dashboard = (await client.get(`/api/dashboard?${q}`)).body;
  const mismatches: unknown[] = [];
  let traced = 0;
  for (const [path, value] of dashboardNumbers(dashboard)) {
    if (RATIO.test(path)) {
      const status = (await client.get(`/api/dashboard/figures/${path}?${q}`)).status;
      if (status !== 404) mismatches.push({ path, status });
      continue;
    }
    const { body, items } = await allItems(client, `/api/dashboard/figures/${path}?${q}`, limit);
    const sum = items.reduce((n, i) => n + i.value, 0);
    const late = asOf ? items.some((i) => i.events.some((e) => e.position > body.position)) : false;
    if (body.value !== value || sum !== value || late)
      mismatches.push({ path, dashboard: value, figure: body.value, items: sum, late });
    if (value) traced += 1;
  }
  return { dashboard, traced, mismatches };
}
