import { COMMITMENT_LABELS } from './labels.js';
import { periodText, vietnamTime, vnNumber } from './narrative.js';
import type { Cell, Column, ReportDocument, Section, Table } from './document.types.js';
import type { Movements, PovertyTableRow, Report } from './report.types.js';

const text = (header: string, width?: number): Column => ({ header, kind: 'text', width });
const int = (header: string): Column => ({ header, kind: 'int' });
const vnd = (header: string): Column => ({ header, kind: 'vnd' });
const pct = (header: string): Column => ({ header, kind: 'percent' });

function resultsSection(r: Report): Section {
  const f = r.figures;
  const tables: Table[] = [
    { title: 'Độ bao phủ kết nghĩa', columns: [{ header: 'Năm', kind: 'year' }, int('Xã thuần DTTS'), int('Xã có đơn vị kết nghĩa'), pct('Tỷ lệ')],
      rows: f.coverageByYear.map((c) => [c.year, c.targetCommunes, c.pairedCommunes, c.percent / 100]) },
    { title: 'Hoạt động theo hình thức', columns: [text('Hình thức', 3), int('Số hoạt động'), int('Trong đó do xã chủ động')],
      rows: f.activities.byKind.map((k) => [k.label, k.count, f.activities.communeInitiatedByKind.find((c) => c.code === k.code)?.count ?? 0]),
      totalRow: ['Tổng cộng', f.activities.total, f.activities.communeInitiated.count] },
    { title: 'Nguồn lực huy động theo nguồn', columns: [text('Nguồn', 3), vnd('Giá trị (đồng)'), pct('Tỷ lệ')],
      rows: f.resources.bySource.map((s) => [s.label, s.valueVnd, f.resources.totalVnd ? s.valueVnd / f.resources.totalVnd : 0]),
      totalRow: ['Tổng cộng', f.resources.totalVnd, f.resources.totalVnd ? 1 : 0] },
    { title: 'Công trình theo loại', columns: [text('Loại công trình', 3), int('Số công trình'), int('Hoàn thành'), vnd('Dự toán (đồng)'), vnd('Đã nhận (đồng)'), vnd('Giá trị hoàn thành (đồng)')],
      rows: f.projects.byCategory.map((c) => [c.label, c.count, c.completed, c.plannedBudgetVnd, c.receivedVnd, c.completedValueVnd]),
      totalRow: ['Tổng cộng', f.projects.total, f.projects.byCategory.reduce((n, c) => n + c.completed, 0), f.projects.byCategory.reduce((n, c) => n + c.plannedBudgetVnd, 0),
        f.projects.byCategory.reduce((n, c) => n + c.receivedVnd, 0), f.projects.completedValueVnd] },
    { title: 'Công trình theo tình trạng', columns: [text('Tình trạng', 3), int('Số công trình')], rows: f.projects.byStatus.map((s) => [s.label, s.count]) },
  ];
  return { heading: `I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC`, sheet: 'Kết quả', paragraphs: r.narrative.results, tables };
}

function limitationsSection(r: Report): Section {
  const l = r.figures.limitations;
  const list = (title: string, communes: readonly { name: string }[]): Table => ({ title, columns: [int('STT'), text('Xã', 4)], rows: communes.map((c, i) => [i + 1, c.name]) });
  return {
    heading: 'II. HẠN CHẾ', sheet: 'Hạn chế', paragraphs: r.narrative.limitations,
    tables: [
      { title: 'Chỉ số hạn chế', columns: [text('Chỉ số', 4), int('Số lượng'), int('Trên tổng số'), pct('Tỷ lệ')], rows: [
        ['Hoạt động một chiều (do đơn vị ở tỉnh tổ chức)', l.oneWay.count, l.oneWay.of, l.oneWay.share],
        ['Cặp kết nghĩa chỉ thăm hỏi, tặng quà', l.giftOnly.count, l.giftOnly.of, l.giftOnly.share],
        ['Hoạt động "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm"', r.figures.activities.fourTogether.count, r.figures.activities.fourTogether.of, r.figures.activities.fourTogether.share],
      ] },
      list('Xã đã kết nghĩa chưa chủ động tổ chức hoạt động', l.communesWithoutInitiative),
      list('Xã thuần đồng bào DTTS chưa có đơn vị kết nghĩa', l.unpairedCommunes),
    ],
  };
}

const MOVES: [keyof Movements, string][] = [['start', 'Đầu kỳ'], ['newly', 'Phát sinh'], ['exited', 'Thoát'], ['relapsed', 'Tái'], ['end', 'Cuối kỳ']];
function dynamics(title: string, list: 'poor' | 'nearPoor', rows: readonly PovertyTableRow[], total: PovertyTableRow): Table {
  const cells = (row: PovertyTableRow): Cell[] => [row.communeName, ...MOVES.flatMap(([m]) => [row[list][m].total, row[list][m].ethnicMinority])];
  const label = list === 'poor' ? ['Hộ nghèo đầu kỳ', 'Phát sinh mới', 'Thoát nghèo', 'Tái nghèo', 'Hộ nghèo cuối kỳ'] : ['Hộ cận nghèo đầu kỳ', 'Phát sinh mới', 'Thoát cận nghèo', 'Tái cận nghèo', 'Hộ cận nghèo cuối kỳ'];
  return {
    title,
    groups: [{ label: '', span: 1 }, ...label.map((l) => ({ label: l, span: 2 }))],
    columns: [text('Xã', 2), ...MOVES.flatMap(() => [int('Tổng'), int('DTTS')])],
    rows: rows.map(cells),
    totalRow: cells(total),
  };
}

function figuresSection(r: Report): Section {
  const { rows, total } = r.figures.poverty;
  const c = r.figures.commitments;
  return {
    heading: 'III. SỐ LIỆU', sheet: 'Số liệu',
    paragraphs: [`Diễn biến hộ nghèo, hộ cận nghèo trong ${periodText(r.period)} theo từng xã (DTTS: hộ đồng bào dân tộc thiểu số).`],
    tables: [
      dynamics('Diễn biến hộ nghèo', 'poor', rows, total),
      dynamics('Diễn biến hộ cận nghèo', 'nearPoor', rows, total),
      { title: 'Cam kết hỗ trợ hộ nghèo', columns: [text('Tình trạng', 3), int('Số cam kết')],
        rows: (['open', 'overdue', 'fulfilled', 'cancelled'] as const).map((k) => [COMMITMENT_LABELS[k], c[k]]) },
    ],
  };
}

function restatementSection(r: Report): Section {
  const s = r.restatement;
  const paragraphs = !s.previous
    ? ['Đây là lần đầu báo cáo kỳ này được lập; chưa có số liệu điều chỉnh.']
    : s.changes.length
      ? [`So với báo cáo lần ${s.previous.issueNumber} (vị trí nhật ký ${s.previous.position}), ${s.changes.length} số liệu đã được điều chỉnh do các đính chính, hủy bản ghi được ghi nhận sau đó${s.lateEntries ? ` và ${s.lateEntries} bản ghi bổ sung muộn` : ''}.`]
      : [`Số liệu không thay đổi so với báo cáo lần ${s.previous.issueNumber}.`];
  return {
    heading: 'IV. SỐ LIỆU ĐIỀU CHỈNH SO VỚI BÁO CÁO TRƯỚC', sheet: 'Điều chỉnh', paragraphs,
    tables: [
      { title: 'Số liệu thay đổi', columns: [text('Số liệu', 4), int('Báo cáo trước'), int('Báo cáo này'), int('Chênh lệch')],
        rows: s.changes.map((c) => [c.label, c.before ?? 0, c.after ?? 0, (c.after ?? 0) - (c.before ?? 0)]) },
      { title: 'Lý do điều chỉnh', columns: [{ header: 'Thời điểm ghi nhận (giờ Việt Nam)', kind: 'datetime' }, text('Loại', 2), text('Lý do', 3), text('Người ghi', 1), { header: 'Vị trí', kind: 'year' }],
        rows: s.reasons.map((x) => [x.recordedAt, x.typeLabel, x.reason, x.actor, x.position]) },
    ],
  };
}

/** The document both renderers draw: the seed's layout (kết quả, hạn chế), then the figures and the restatement. */
export function reportDocument(r: Report): ReportDocument {
  const p = r.pinned;
  return {
    header: ['BAN DÂN VẬN TỈNH ỦY', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc'],
    title: r.title,
    subtitle: [
      `Lập lúc ${vietnamTime(r.issuedAt)} — lần thứ ${r.issueNumber}`,
      `Số liệu tính tại vị trí nhật ký sự kiện ${p.position}; mã băm đầu chuỗi kiểm toán ${p.headHash ?? '(chưa niêm phong)'}${p.chainVerified ? ' (đã kiểm tra toàn vẹn)' : ' (KIỂM TRA TOÀN VẸN KHÔNG ĐẠT)'}.`,
    ],
    sections: [resultsSection(r), limitationsSection(r), figuresSection(r), restatementSection(r)],
  };
}
