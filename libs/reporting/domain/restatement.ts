import {
  CATEGORY_LABELS,
  COMMITMENT_LABELS,
  KIND_LABELS,
  labelOf,
  SOURCE_LABELS,
  STATUS_LABELS,
} from './report.labels.js';
import type { FigureChange, Movements, ReportFigures } from './report.types.js';

/** The figures of an issued report, flat: stable key → number. What the next report compares with. */
export type FlatFigures = Record<string, number>;

const MOVES: (keyof Movements)[] = ['start', 'newly', 'exited', 'relapsed', 'end'];
const MOVE_LABELS: Record<string, string> = {
  start: 'đầu kỳ',
  newly: 'phát sinh',
  exited: 'thoát',
  relapsed: 'tái',
  end: 'cuối kỳ',
};

export function flattenFigures(f: ReportFigures): FlatFigures {
  const out: FlatFigures = {
    'coverage.targetCommunes': f.coverage.targetCommunes,
    'coverage.pairedCommunes': f.coverage.pairedCommunes,
    'activities.total': f.activities.total,
    'activities.communeInitiated': f.activities.communeInitiated.count,
    'resources.totalVnd': f.resources.totalVnd,
    'projects.total': f.projects.total,
    'projects.completedValueVnd': f.projects.completedValueVnd,
    'limitations.giftOnlyPairings': f.limitations.giftOnly.count,
    'limitations.pairingsWithActivities': f.limitations.giftOnly.of,
    'limitations.communesWithoutInitiative': f.limitations.communesWithoutInitiative.length,
  };
  for (const k of f.activities.byKind) out[`activities.byKind.${k.code}`] = k.count;
  for (const s of f.resources.bySource) out[`resources.bySource.${s.code}`] = s.valueVnd;
  for (const s of f.projects.byStatus) out[`projects.byStatus.${s.code}`] = s.count;
  for (const c of f.projects.byCategory) {
    out[`projects.byCategory.${c.code}.count`] = c.count;
    out[`projects.byCategory.${c.code}.completedValueVnd`] = c.completedValueVnd;
  }
  for (const [k, v] of Object.entries(f.commitments)) out[`commitments.${k}`] = v;
  for (const [k, v] of Object.entries(f.households)) out[`households.${k}`] = v;
  for (const row of [...f.poverty.rows, f.poverty.total]) {
    const id = row.communeId || 'province';
    for (const list of ['poor', 'nearPoor'] as const) {
      for (const m of MOVES) {
        out[`poverty.${id}.${list}.${m}`] = row[list][m].total;
        out[`poverty.${id}.${list}.${m}.em`] = row[list][m].ethnicMinority;
      }
    }
  }
  return out;
}

const FIXED: Record<string, string> = {
  'coverage.targetCommunes': 'Số xã thuần đồng bào DTTS',
  'coverage.pairedCommunes': 'Số xã có đơn vị kết nghĩa',
  'activities.total': 'Tổng số hoạt động',
  'activities.communeInitiated': 'Hoạt động do xã chủ động tổ chức',
  'resources.totalVnd': 'Tổng nguồn lực huy động (đồng)',
  'projects.total': 'Số công trình',
  'projects.completedValueVnd': 'Giá trị công trình hoàn thành (đồng)',
  'limitations.giftOnlyPairings': 'Cặp kết nghĩa chỉ thăm hỏi, tặng quà',
  'limitations.pairingsWithActivities': 'Cặp kết nghĩa có hoạt động',
  'limitations.communesWithoutInitiative': 'Xã chưa chủ động tổ chức hoạt động',
  'households.poor': 'Hộ nghèo (cuối kỳ)',
  'households.poorEthnicMinority': 'Hộ nghèo DTTS (cuối kỳ)',
  'households.nearPoor': 'Hộ cận nghèo (cuối kỳ)',
  'households.supported': 'Hộ nghèo có cam kết hỗ trợ',
  'households.unsupported': 'Hộ nghèo chưa có cam kết hỗ trợ',
  'households.nearPoorSupported': 'Hộ cận nghèo có cam kết hỗ trợ',
  'households.exitsWithSupport': 'Hộ thoát nghèo có hỗ trợ trong 12 tháng trước',
  'households.exitsWithoutSupport': 'Hộ thoát nghèo không có hỗ trợ trong 12 tháng trước',
  'households.sustainedExits': 'Hộ thoát nghèo bền vững',
};

/** Vietnamese name of a flat figure; `names` resolves commune ids. */
export function figureLabel(key: string, names: Readonly<Record<string, string>>): string {
  if (FIXED[key]) return FIXED[key];
  const [group, a, b, c, d] = key.split('.');
  if (group === 'activities' && a === 'byKind') return `Hoạt động: ${labelOf(KIND_LABELS, b)}`;
  if (group === 'resources') return `Nguồn lực: ${labelOf(SOURCE_LABELS, b)} (đồng)`;
  if (group === 'projects' && a === 'byStatus') return `Công trình: ${labelOf(STATUS_LABELS, b)}`;
  if (group === 'projects')
    return `Công trình ${labelOf(CATEGORY_LABELS, b)}: ${c === 'count' ? 'số lượng' : 'giá trị hoàn thành (đồng)'}`;
  if (group === 'commitments') return `Cam kết hỗ trợ: ${labelOf(COMMITMENT_LABELS, a)}`;
  if (group === 'poverty') {
    const where = a === 'province' ? 'toàn tỉnh' : `xã ${names[a] ?? a}`;
    return `${b === 'poor' ? 'Hộ nghèo' : 'Hộ cận nghèo'} ${MOVE_LABELS[c] ?? c}${d === 'em' ? ' (DTTS)' : ''}, ${where}`;
  }
  return key;
}

/** The figures that differ from the last issued report (a figure missing on one side counts as absent). */
export function compareFigures(
  before: FlatFigures,
  after: FlatFigures,
  names: Readonly<Record<string, string>>,
): FigureChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => (before[k] ?? 0) !== (after[k] ?? 0))
    .map((k) => ({ key: k, label: figureLabel(k, names), before: before[k] ?? null, after: after[k] ?? null }));
}
