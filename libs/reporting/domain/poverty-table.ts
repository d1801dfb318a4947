import type { PovertyDynamicsRow } from '@kn/households';
import type { Figure, Movements, PovertyTableRow, ReportInput } from './report.types.js';

const ZERO: Figure = { total: 0, ethnicMinority: 0 };
const EMPTY: Movements = { start: ZERO, newly: ZERO, exited: ZERO, relapsed: ZERO, end: ZERO };
const add = (a: Figure, b: Figure): Figure => ({
  total: a.total + b.total,
  ethnicMinority: a.ethnicMinority + b.ethnicMinority,
});

function poorOf(r: PovertyDynamicsRow): Movements {
  return {
    start: r.poor.start,
    newly: r.poor.newlyPoor,
    exited: r.poor.exitedPoverty,
    relapsed: r.poor.relapsed,
    end: r.poor.end,
  };
}
function nearPoorOf(r: PovertyDynamicsRow): Movements {
  return {
    start: r.nearPoor.start,
    newly: r.nearPoor.newlyNearPoor,
    exited: r.nearPoor.exitedNearPoverty,
    relapsed: r.nearPoor.relapsed,
    end: r.nearPoor.end,
  };
}

/**
 * Movements of the whole period: the start of its first year, the flows of every year, the end
 * of its last year. For one year this is that year's row unchanged.
 */
function over(years: readonly (Movements | undefined)[]): Movements {
  const first = years[0] ?? EMPTY;
  const last = years.at(-1) ?? EMPTY;
  const flows = years.map((m) => m ?? EMPTY);
  return {
    start: first.start,
    newly: flows.reduce((f, m) => add(f, m.newly), ZERO),
    exited: flows.reduce((f, m) => add(f, m.exited), ZERO),
    relapsed: flows.reduce((f, m) => add(f, m.relapsed), ZERO),
    end: last.end,
  };
}

function sumRows(rows: readonly Movements[]): Movements {
  return rows.reduce(
    (t, m) => ({
      start: add(t.start, m.start),
      newly: add(t.newly, m.newly),
      exited: add(t.exited, m.exited),
      relapsed: add(t.relapsed, m.relapsed),
      end: add(t.end, m.end),
    }),
    EMPTY,
  );
}

/**
 * "Diễn biến trong năm" per commune (poor and near-poor, each with its DTTS column), communes
 * by name, and the province's total. A commune without households in a year counts zero there.
 */
export function povertyTable(input: ReportInput): { rows: PovertyTableRow[]; total: PovertyTableRow } {
  const communes = new Set(input.years.flatMap((y) => y.poverty.map((r) => r.communeId)));
  const rows = [...communes].map((communeId) => {
    const perYear = input.years.map((y) => y.poverty.find((r) => r.communeId === communeId));
    return {
      communeId,
      communeName: input.communeNames[communeId] ?? communeId,
      poor: over(perYear.map((r) => (r ? poorOf(r) : undefined))),
      nearPoor: over(perYear.map((r) => (r ? nearPoorOf(r) : undefined))),
    };
  });
  rows.sort((a, b) => a.communeName.localeCompare(b.communeName, 'vi') || a.communeId.localeCompare(b.communeId));
  return {
    rows,
    total: {
      communeId: '',
      communeName: 'Toàn tỉnh',
      poor: sumRows(rows.map((r) => r.poor)),
      nearPoor: sumRows(rows.map((r) => r.nearPoor)),
    },
  };
}
