import type { EthnicGroupRow, ReportFigures, ReportInput } from './report.types.js';

const UNKNOWN = 'Chưa rõ dân tộc';

/**
 * Poor and near-poor households by ethnic group at the end of the period: each household counts
 * once, under the classification of its latest review up to the period's last year (the same rule
 * as the poverty table's "cuối kỳ", so the totals agree). Groups in the official list's order,
 * then any name the list does not know; groups without a poor or near-poor household are left out.
 */
export function ethnicGroupTable(input: ReportInput): NonNullable<ReportFigures['byEthnicity']> {
  const latest = new Map<string, NonNullable<ReportInput['reviews']>[number]>();
  for (const r of input.reviews ?? []) {
    if (r.reviewYear > input.period.to) continue;
    const seen = latest.get(r.householdId);
    if (!seen || r.reviewYear > seen.reviewYear) latest.set(r.householdId, r);
  }
  const byName = new Map<string, { poor: number; nearPoor: number }>();
  for (const r of latest.values()) {
    if (r.classification !== 'poor' && r.classification !== 'near_poor') continue;
    const name = r.ethnicity?.trim() || UNKNOWN;
    const row = byName.get(name) ?? { poor: 0, nearPoor: 0 };
    if (r.classification === 'poor') row.poor += 1;
    else row.nearPoor += 1;
    byName.set(name, row);
  }
  const codes = new Map<string, string>();
  for (const r of latest.values()) if (r.ethnicity && r.ethnicCode) codes.set(r.ethnicity.trim(), r.ethnicCode);
  const codeOf = (name: string) => codes.get(name) ?? null;
  const rows: EthnicGroupRow[] = [...byName.entries()].map(([ethnicity, n]) => ({
    code: codeOf(ethnicity),
    ethnicity,
    ...n,
  }));
  rows.sort((a, b) => (a.code ?? '99').localeCompare(b.code ?? '99') || a.ethnicity.localeCompare(b.ethnicity, 'vi'));
  return {
    rows,
    total: { poor: rows.reduce((s, r) => s + r.poor, 0), nearPoor: rows.reduce((s, r) => s + r.nearPoor, 0) },
  };
}
