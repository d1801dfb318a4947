import {
  CATEGORY_LABELS,
  COMMITMENT_LABELS,
  KIND_LABELS,
  KIND_ORDER,
  labelOf,
  ordered,
  SOURCE_LABELS,
  SOURCE_ORDER,
} from './report.labels.js';
import type { Cell, Column, Table } from './document.types.js';
import type { Movements, PovertyTableRow, Report, ReportFigures } from './report.types.js';

export const text = (header: string, width?: number): Column => ({ header, kind: 'text', width });
export const int = (header: string): Column => ({ header, kind: 'int' });
const vnd = (header: string): Column => ({ header, kind: 'vnd' });
const pct = (header: string): Column => ({ header, kind: 'percent' });
const rate = (header: string): Column => ({ header, kind: 'rate' });

/** A table whose cells name the figures they show ([value, key] pairs; a bare value names none). */
type Keyed = Cell | readonly [Cell, string];
function keyed(
  title: string,
  columns: readonly Column[],
  rows: readonly (readonly Keyed[])[],
  total?: readonly Keyed[],
  groups?: Table['groups'],
): Table {
  const cells = (r: readonly Keyed[]) =>
    r.map((c) => (Array.isArray(c) ? (c as readonly [Cell, string])[0] : (c as Cell)));
  const keys = (r: readonly Keyed[]) => r.map((c) => (Array.isArray(c) ? (c as readonly [Cell, string])[1] : null));
  return {
    title,
    columns,
    rows: rows.map(cells),
    keys: rows.map(keys),
    ...(groups ? { groups } : {}),
    ...(total ? { totalRow: cells(total), totalKeys: keys(total) } : {}),
  };
}

export function coverageTable(r: Report): Table {
  const f = r.figures;
  const lastYear = f.coverageByYear.at(-1)?.year;
  return keyed(
    'Độ bao phủ kết nghĩa',
    [{ header: 'Năm', kind: 'year' }, int('Xã thuần DTTS'), int('Xã có đơn vị kết nghĩa'), pct('Tỷ lệ')],
    f.coverageByYear.map((c) =>
      c.year === lastYear
        ? [
            c.year,
            [c.targetCommunes, 'coverage.targetCommunes'],
            [c.pairedCommunes, 'coverage.pairedCommunes'],
            [c.percent / 100, 'coverage.share'],
          ]
        : [c.year, c.targetCommunes, c.pairedCommunes, c.percent / 100],
    ),
  );
}

export function villagesTable(f: ReportFigures): Table {
  return keyed(
    'Thôn xen ghép',
    [text('Chỉ số', 3), int('Số lượng')],
    [
      ['Thôn xen ghép', [f.villages.targetVillages, 'villages.target']],
      ['Có đơn vị kết nghĩa', [f.villages.pairedVillages, 'villages.paired']],
    ],
  );
}

export function organizationTable(f: ReportFigures): Table {
  const cells = (o: ReportFigures['byOrganization']['total']) => [
    o.name,
    o.pairings,
    o.activities,
    o.immersionStays,
    o.studyTours,
    o.resourcesVnd,
  ];
  const t = f.byOrganization.total;
  return keyed(
    'Kết quả theo cơ quan, đơn vị',
    [
      text('Cơ quan, đơn vị', 3),
      int('Cặp kết nghĩa'),
      int('Hoạt động (kể cả phối hợp)'),
      int('Cùng ăn, cùng ở'),
      int('Học tập mô hình'),
      vnd('Nguồn lực (đồng)'),
    ],
    f.byOrganization.rows.map(cells),
    [
      'Tổng cộng',
      t.pairings,
      [t.activities, 'activities.total'],
      [t.immersionStays, 'activities.byKind.immersion_stay'],
      [t.studyTours, 'activities.byKind.study_tour'],
      [t.resourcesVnd, 'resources.totalVnd'],
    ],
  );
}

export function communeTable(f: ReportFigures): Table {
  const cells = (c: ReportFigures['byCommune']['total']): Keyed[] => [
    c.name,
    c.target ? 'x' : '',
    c.pairings,
    c.activities,
    c.households,
    c.poorEnd,
    c.povertyRate,
    c.exited,
    c.exitsWithSupport,
  ];
  const t = f.byCommune.total;
  return keyed(
    'Kết quả theo xã',
    [
      text('Xã', 3),
      text('Xã thuần DTTS', 1),
      int('Đơn vị kết nghĩa'),
      int('Hoạt động'),
      int('Số hộ'),
      int('Hộ nghèo cuối kỳ'),
      rate('Tỷ lệ hộ nghèo'),
      int('Thoát nghèo'),
      int('Trong đó có hỗ trợ'),
    ],
    f.byCommune.rows.map(cells),
    [
      'Toàn tỉnh',
      '',
      t.pairings,
      t.activities,
      t.households,
      t.poorEnd,
      t.povertyRate === null ? null : [t.povertyRate, 'byCommune.total.povertyRate'],
      t.exited,
      [t.exitsWithSupport, 'households.exitsWithSupport'],
    ],
  );
}

export function activityTable(f: ReportFigures): Table {
  const a = f.activities;
  const count = (code: string) => a.byKind.find((k) => k.code === code)?.count ?? 0;
  const codes = ordered([...KIND_ORDER, ...a.byKind.map((k) => k.code)], KIND_ORDER);
  return keyed(
    'Hoạt động theo hình thức',
    [text('Hình thức', 3), int('Số hoạt động'), int('Trong đó do xã chủ động')],
    codes.map((code) => [
      labelOf(KIND_LABELS, code),
      [count(code), `activities.byKind.${code}`],
      a.communeInitiatedByKind.find((c) => c.code === code)?.count ?? 0,
    ]),
    ['Tổng cộng', [a.total, 'activities.total'], [a.communeInitiated.count, 'activities.communeInitiated']],
  );
}

export function resourceTable(f: ReportFigures): Table {
  const r = f.resources;
  const value = (code: string) => r.bySource.find((s) => s.code === code)?.valueVnd ?? 0;
  const share = (v: number) => (r.totalVnd ? v / r.totalVnd : 0);
  const codes = ordered([...SOURCE_ORDER, ...r.bySource.map((s) => s.code)], SOURCE_ORDER);
  return keyed(
    'Nguồn lực huy động theo nguồn',
    [text('Nguồn', 3), vnd('Giá trị (đồng)'), pct('Tỷ lệ')],
    [
      ...codes.map((code): Keyed[] => [
        labelOf(SOURCE_LABELS, code),
        [value(code), `resources.bySource.${code}`],
        share(value(code)),
      ]),
      [
        'Trong đó nguồn xã hội hóa (xã hội hóa, doanh nghiệp, cá nhân)',
        [r.socialMobilizationVnd, 'resources.socialMobilizationVnd'],
        [r.socialMobilizationShare, 'resources.socialMobilizationShare'],
      ],
    ],
    ['Tổng cộng', [r.totalVnd, 'resources.totalVnd'], r.totalVnd ? 1 : 0],
  );
}

export function projectTable(f: ReportFigures): Table {
  const p = f.projects;
  const sum = (k: 'completed' | 'plannedBudgetVnd' | 'receivedVnd') => p.byCategory.reduce((n, c) => n + c[k], 0);
  return keyed(
    'Công trình theo loại',
    [
      text('Loại công trình', 3),
      int('Số công trình'),
      int('Hoàn thành'),
      vnd('Dự toán (đồng)'),
      vnd('Đã nhận (đồng)'),
      vnd('Giá trị hoàn thành (đồng)'),
    ],
    p.byCategory.map((c) => [
      labelOf(CATEGORY_LABELS, c.code),
      [c.count, `projects.byCategory.${c.code}.count`],
      c.completed,
      c.plannedBudgetVnd,
      c.receivedVnd,
      c.completedValueVnd,
    ]),
    [
      'Tổng cộng',
      [p.total, 'projects.total'],
      sum('completed'),
      sum('plannedBudgetVnd'),
      sum('receivedVnd'),
      [p.completedValueVnd, 'projects.completedValueVnd'],
    ],
  );
}

const MOVES: (keyof Movements)[] = ['start', 'newly', 'exited', 'relapsed', 'end'];
export function dynamicsTable(
  title: string,
  list: 'poor' | 'nearPoor',
  rows: readonly PovertyTableRow[],
  total: PovertyTableRow,
): Table {
  const cells = (row: PovertyTableRow, key?: string): Keyed[] => [
    row.communeName,
    ...MOVES.flatMap((m): Keyed[] =>
      key
        ? [
            [row[list][m].total, `${key}.${m}`],
            [row[list][m].ethnicMinority, `${key}.${m}.em`],
          ]
        : [row[list][m].total, row[list][m].ethnicMinority],
    ),
  ];
  const label =
    list === 'poor'
      ? ['Hộ nghèo đầu kỳ', 'Phát sinh mới', 'Thoát nghèo', 'Tái nghèo', 'Hộ nghèo cuối kỳ']
      : ['Hộ cận nghèo đầu kỳ', 'Phát sinh mới', 'Thoát cận nghèo', 'Tái cận nghèo', 'Hộ cận nghèo cuối kỳ'];
  return keyed(
    title,
    [text('Xã', 2), ...MOVES.flatMap(() => [int('Tổng'), int('DTTS')])],
    rows.map((r) => cells(r)),
    cells(total, `poverty.province.${list}`),
    [{ label: '', span: 1 }, ...label.map((l) => ({ label: l, span: 2 }))],
  );
}

export function householdTable(f: ReportFigures): Table {
  const h = f.households;
  return keyed(
    'Hộ nghèo và hỗ trợ',
    [text('Chỉ số', 4), int('Số hộ')],
    [
      ['Hộ nghèo (kỳ rà soát của năm cuối kỳ)', [h.poor, 'households.poor']],
      ['Có cam kết hỗ trợ cụ thể (lập đến ngày báo cáo)', [h.supported, 'households.supported']],
      ['Chưa có cam kết hỗ trợ', [h.unsupported, 'households.unsupported']],
      ['Thoát nghèo có cam kết hỗ trợ trong 12 tháng trước', [h.exitsWithSupport, 'households.exitsWithSupport']],
      ['Thoát nghèo không có cam kết hỗ trợ', [h.exitsWithoutSupport, 'households.exitsWithoutSupport']],
      ['Thoát nghèo bền vững (không tái nghèo qua hai kỳ tiếp theo)', [h.sustainedExits, 'households.sustainedExits']],
    ],
  );
}

export function commitmentTable(f: ReportFigures): Table {
  const c = f.commitments;
  return keyed(
    'Cam kết hỗ trợ hộ nghèo',
    [text('Tình trạng', 3), int('Số cam kết')],
    (['open', 'overdue', 'fulfilled', 'cancelled'] as const).map((k) => [
      COMMITMENT_LABELS[k],
      [c[k], `commitments.${k}`],
    ]),
  );
}

export function indicatorTable(f: ReportFigures): Table {
  const l = f.limitations;
  const a = f.activities;
  return keyed(
    'Chỉ số hạn chế',
    [text('Chỉ số', 4), int('Số lượng'), int('Trên tổng số'), pct('Tỷ lệ')],
    [
      [
        'Hoạt động một chiều (do đơn vị ở tỉnh tổ chức)',
        [l.oneWay.count, 'limitations.oneWay'],
        [l.oneWay.of, 'activities.total'],
        [l.oneWay.share, 'limitations.oneWayShare'],
      ],
      [
        'Cặp kết nghĩa chỉ thăm hỏi, tặng quà',
        [l.giftOnly.count, 'limitations.giftOnlyPairings'],
        [l.giftOnly.of, 'limitations.pairingsWithActivities'],
        [l.giftOnly.share, 'limitations.giftOnlyShare'],
      ],
      [
        'Hoạt động "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm"',
        [a.fourTogether.count, 'activities.byKind.immersion_stay'],
        a.fourTogether.of,
        [a.fourTogether.share, 'activities.fourTogetherShare'],
      ],
    ],
  );
}

export function listTable(title: string, header: string, names: readonly string[], key: string): Table {
  return keyed(
    title,
    [int('STT'), text(header, 4)],
    names.map((n, i) => [i + 1, n]),
    [[names.length, key], 'Tổng số'],
  );
}

/** Poor and near-poor households by ethnic group (cuối kỳ); the totals are the poverty table's. */
export function ethnicGroupsTable(f: ReportFigures): Table | null {
  const e = f.byEthnicity;
  if (!e) return null;
  return keyed(
    'Hộ nghèo, hộ cận nghèo theo dân tộc (cuối kỳ)',
    [text('Dân tộc', 3), int('Hộ nghèo'), int('Hộ cận nghèo')],
    e.rows.map((r) => [r.ethnicity, r.poor, r.nearPoor]),
    ['Tổng cộng', [e.total.poor, 'poverty.province.poor.end'], [e.total.nearPoor, 'poverty.province.nearPoor.end']],
  );
}
