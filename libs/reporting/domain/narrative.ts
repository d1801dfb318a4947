import type { Period, ReportFigures } from './report.types.js';

/** 35000000 → "35.000.000" (Vietnamese grouping). */
export const vnNumber = (n: number): string => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 0.256 → "25,6%". */
export const vnPercent = (share: number): string => `${(Math.round(share * 1000) / 10).toString().replace('.', ',')}%`;
/** An ISO instant as "26/11/2015 14:20" in Vietnam time (UTC+7). */
export function vietnamTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const vn = new Date(t + 7 * 3600_000).toISOString();
  return `${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)} ${vn.slice(11, 16)}`;
}
const names = (list: readonly { name: string }[]) => list.map((c) => c.name).join(', ');

export function periodText(p: Period): string {
  if (p.from === p.to) return `năm ${p.to}`;
  const years = String(p.to - p.from + 1).padStart(2, '0');
  return `${years} năm (${p.from} - ${p.to})`;
}

export function reportTitle(kind: 'annual' | 'review', p: Period): string {
  return kind === 'annual'
    ? `BÁO CÁO KẾT QUẢ CÔNG TÁC GIAO LƯU, KẾT NGHĨA NĂM ${p.to}`
    : `BÁO CÁO SƠ KẾT ${periodText(p).toUpperCase()} THỰC HIỆN CÔNG TÁC GIAO LƯU, KẾT NGHĨA VỚI CÁC XÃ THUẦN ĐỒNG BÀO DÂN TỘC THIỂU SỐ`;
}

/** "Những kết quả đạt được": the seed's bullets, with this period's figures. */
export function resultsText(f: ReportFigures, p: Period): string[] {
  const a = f.activities;
  const kinds = a.byKind.map((k) => `${k.label.toLowerCase()} ${vnNumber(k.count)}`).join('; ');
  const r = f.resources;
  const out = [
    `- Có ${vnNumber(f.coverage.pairedCommunes)}/${vnNumber(f.coverage.targetCommunes)} xã thuần đồng bào dân tộc thiểu số (${vnPercent(f.coverage.percent / 100)}) có cơ quan, đơn vị ở tỉnh giao lưu, kết nghĩa.`,
    `- Trong ${periodText(p)} đã tổ chức được ${vnNumber(a.total)} hoạt động giao lưu, kết nghĩa${kinds ? ` (${kinds})` : ''}.`,
    `- Có ${vnNumber(a.fourTogether.count)} đợt "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm" (${vnPercent(a.fourTogether.share)} tổng số hoạt động); ${vnNumber(a.studyTours)} chuyến đi học tập mô hình ở địa bàn khác; ${vnNumber(a.communeInitiated.count)} hoạt động do các xã chủ động tổ chức.`,
    `- Huy động được ${vnNumber(r.totalVnd)} đồng, trong đó ngân sách nhà nước ${vnNumber(r.stateBudgetVnd)} đồng, nguồn xã hội hóa ${vnNumber(r.socialMobilizationVnd)} đồng (${vnPercent(r.socialMobilizationShare)}), kinh phí của các đơn vị ${vnNumber(r.organizationFundVnd)} đồng.`,
  ];
  if (f.projects.total) {
    const cats = f.projects.byCategory.map((c) => `${c.label} ${vnNumber(c.count)}`).join('; ');
    out.push(`- Thực hiện ${vnNumber(f.projects.total)} công trình (${cats}); giá trị các công trình hoàn thành trong kỳ ${vnNumber(f.projects.completedValueVnd)} đồng.`);
  }
  const t = f.poverty.total.poor;
  out.push(`- Toàn tỉnh đầu kỳ có ${vnNumber(t.start.total)} hộ nghèo (DTTS ${vnNumber(t.start.ethnicMinority)}), cuối kỳ còn ${vnNumber(t.end.total)} hộ (DTTS ${vnNumber(t.end.ethnicMinority)}); thoát nghèo ${vnNumber(t.exited.total)}, phát sinh ${vnNumber(t.newly.total)}, tái nghèo ${vnNumber(t.relapsed.total)}.`);
  const h = f.households;
  out.push(`- Hộ nghèo được tập thể, cá nhân cam kết hỗ trợ cụ thể: ${vnNumber(h.supported)}/${vnNumber(h.supported + h.unsupported)} hộ; cam kết đã hoàn thành ${vnNumber(f.commitments.fulfilled)}, đang thực hiện ${vnNumber(f.commitments.open)}, quá hạn ${vnNumber(f.commitments.overdue)}.`);
  out.push(`- Trong ${vnNumber(h.exitsWithSupport + h.exitsWithoutSupport)} hộ thoát nghèo, ${vnNumber(h.exitsWithSupport)} hộ có cam kết hỗ trợ trong 12 tháng trước kỳ rà soát; ${vnNumber(h.sustainedExits)} hộ thoát nghèo bền vững (không tái nghèo qua hai kỳ rà soát tiếp theo).`);
  return out;
}

/** "Hạn chế": the seed's concerns, measured. */
export function limitationsText(f: ReportFigures): string[] {
  const l = f.limitations;
  const out = [
    `- Hoạt động giao lưu, kết nghĩa còn xuất phát một chiều: ${vnPercent(l.oneWay.share)} hoạt động (${vnNumber(l.oneWay.count)}/${vnNumber(l.oneWay.of)}) do các đơn vị ở tỉnh tổ chức.`,
    `- Các hoạt động chủ yếu dưới hình thức thăm hỏi, tặng quà: ${vnNumber(l.giftOnly.count)}/${vnNumber(l.giftOnly.of)} cặp kết nghĩa có hoạt động (${vnPercent(l.giftOnly.share)}) chỉ thăm hỏi, tặng quà; hoạt động "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm" chiếm ${vnPercent(f.activities.fourTogether.share)}.`,
  ];
  out.push(l.communesWithoutInitiative.length
    ? `- Tính chủ động của các xã còn hạn chế: ${vnNumber(l.communesWithoutInitiative.length)} xã đã kết nghĩa chưa chủ động tổ chức hoạt động nào (${names(l.communesWithoutInitiative)}).`
    : '- Các xã đã kết nghĩa đều có hoạt động do xã chủ động tổ chức.');
  out.push(l.unpairedCommunes.length
    ? `- Còn ${vnNumber(l.unpairedCommunes.length)} xã thuần đồng bào dân tộc thiểu số chưa có đơn vị kết nghĩa (${names(l.unpairedCommunes)}).`
    : '- 100% xã thuần đồng bào dân tộc thiểu số đã có cơ quan, đơn vị ở tỉnh giao lưu, kết nghĩa.');
  if (f.households.unsupported) out.push(`- Còn ${vnNumber(f.households.unsupported)} hộ nghèo chưa nhận được cam kết hỗ trợ cụ thể.`);
  if (f.commitments.overdue) out.push(`- ${vnNumber(f.commitments.overdue)} cam kết hỗ trợ đã quá hạn mà chưa hoàn thành.`);
  return out;
}
