import type { FigureRef, Paragraph } from './document.types.js';
import type { Period, ReportFigures } from './report.types.js';

/** 35000000 → "35.000.000" (Vietnamese grouping). */
export const vnNumber = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
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

/** 2.35 (per 100) → "2,35%". */
export const vnRate = (points: number): string => `${(Math.round(points * 100) / 100).toString().replace('.', ',')}%`;

const ref = (key: string, value: number, kind: FigureRef['kind'] = 'int'): FigureRef => ({ key, value, kind });
const formatRef = (r: FigureRef): string =>
  r.kind === 'percent' ? vnPercent(r.value) : r.kind === 'rate' ? vnRate(r.value) : vnNumber(r.value);

/** A sentence from text and figure references: the figures are written from the references, never retyped. */
export function para(...parts: (string | FigureRef)[]): Paragraph {
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : formatRef(p))).join(''),
    figures: parts.filter((p): p is FigureRef => typeof p !== 'string'),
  };
}

function coverageParagraph(f: ReportFigures): Paragraph {
  const c = f.coverage;
  const v = f.villages;
  return para(
    '- Có ',
    ref('coverage.pairedCommunes', c.pairedCommunes),
    '/',
    ref('coverage.targetCommunes', c.targetCommunes),
    ' xã thuần đồng bào dân tộc thiểu số (',
    ref('coverage.share', c.percent / 100, 'percent'),
    ') có cơ quan, đơn vị ở tỉnh giao lưu, kết nghĩa',
    ...(v.targetVillages
      ? [
          '; ',
          ref('villages.paired', v.pairedVillages),
          '/',
          ref('villages.target', v.targetVillages),
          ' thôn xen ghép có đơn vị kết nghĩa',
        ]
      : []),
    '.',
  );
}

function activityParagraphs(f: ReportFigures, p: Period): Paragraph[] {
  const a = f.activities;
  const kinds = a.byKind.flatMap((k, i) => [
    i ? '; ' : '',
    `${k.label.toLowerCase()} `,
    ref(`activities.byKind.${k.code}`, k.count),
  ]);
  return [
    para(
      `- Trong ${periodText(p)} đã tổ chức được `,
      ref('activities.total', a.total),
      ' hoạt động giao lưu, kết nghĩa',
      ...(kinds.length ? [' (', ...kinds, ')'] : []),
      '.',
    ),
    para(
      '- Có ',
      ref('activities.byKind.immersion_stay', a.fourTogether.count),
      ' đợt "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm" (',
      ref('activities.fourTogetherShare', a.fourTogether.share, 'percent'),
      ' tổng số hoạt động); ',
      ref('activities.byKind.study_tour', a.studyTours),
      ' chuyến đi học tập mô hình ở địa bàn khác; ',
      ref('activities.communeInitiated', a.communeInitiated.count),
      ' hoạt động do các xã chủ động tổ chức.',
    ),
  ];
}

function resourcesParagraph(f: ReportFigures): Paragraph {
  const r = f.resources;
  return para(
    '- Huy động được ',
    ref('resources.totalVnd', r.totalVnd, 'vnd'),
    ' đồng, trong đó ngân sách nhà nước ',
    ref('resources.bySource.state_budget', r.stateBudgetVnd, 'vnd'),
    ' đồng, nguồn xã hội hóa (xã hội hóa, doanh nghiệp, cá nhân) ',
    ref('resources.socialMobilizationVnd', r.socialMobilizationVnd, 'vnd'),
    ' đồng (',
    ref('resources.socialMobilizationShare', r.socialMobilizationShare, 'percent'),
    '), kinh phí của các đơn vị ',
    ref('resources.bySource.organization_fund', r.organizationFundVnd, 'vnd'),
    ' đồng.',
  );
}

function povertyParagraphs(f: ReportFigures): Paragraph[] {
  const t = f.poverty.total.poor;
  const k = (m: string, v: number) => ref(`poverty.province.poor.${m}`, v);
  const out = [
    para(
      '- Toàn tỉnh đầu kỳ có ',
      k('start', t.start.total),
      ' hộ nghèo (DTTS ',
      k('start.em', t.start.ethnicMinority),
      '), cuối kỳ còn ',
      k('end', t.end.total),
      ' hộ (DTTS ',
      k('end.em', t.end.ethnicMinority),
      '); thoát nghèo ',
      k('exited', t.exited.total),
      ', phát sinh ',
      k('newly', t.newly.total),
      ', tái nghèo ',
      k('relapsed', t.relapsed.total),
      '.',
    ),
  ];
  const rate = f.byCommune.total.povertyRate;
  const missing = f.povertyRate.communesMissingCounts;
  out.push(
    rate === null
      ? para('- Chưa có số hộ dân cư của các xã để tính tỷ lệ hộ nghèo.')
      : para(
          '- Tỷ lệ hộ nghèo cuối kỳ ở các xã đã có số hộ dân cư: ',
          ref('byCommune.total.povertyRate', rate, 'rate'),
          missing.length
            ? `; chưa có số hộ dân cư của ${missing.length} xã (${names(missing)}), không tính vào tỷ lệ.`
            : '.',
        ),
  );
  return out;
}

function householdParagraph(f: ReportFigures): Paragraph[] {
  const h = f.households;
  const c = f.commitments;
  return [
    para(
      '- Hộ nghèo được tập thể, cá nhân cam kết hỗ trợ cụ thể: ',
      ref('households.supported', h.supported),
      '/',
      ref('households.poor', h.poor),
      ' hộ; cam kết đã hoàn thành ',
      ref('commitments.fulfilled', c.fulfilled),
      ', đang thực hiện ',
      ref('commitments.open', c.open),
      ', quá hạn ',
      ref('commitments.overdue', c.overdue),
      '.',
    ),
    para(
      '- Trong số hộ thoát nghèo, ',
      ref('households.exitsWithSupport', h.exitsWithSupport),
      ' hộ có cam kết hỗ trợ trong 12 tháng trước kỳ rà soát, ',
      ref('households.exitsWithoutSupport', h.exitsWithoutSupport),
      ' hộ không có; ',
      ref('households.sustainedExits', h.sustainedExits),
      ' hộ thoát nghèo bền vững (không tái nghèo qua hai kỳ rà soát tiếp theo).',
    ),
  ];
}

/** "Những kết quả đạt được": the seed's bullets, with this period's figures. */
export function resultsParagraphs(f: ReportFigures, p: Period): Paragraph[] {
  const out = [coverageParagraph(f), ...activityParagraphs(f, p), resourcesParagraph(f)];
  if (f.projects.total) {
    const cats = f.projects.byCategory.flatMap((c, i) => [
      i ? '; ' : '',
      `${c.label} `,
      ref(`projects.byCategory.${c.code}.count`, c.count),
    ]);
    out.push(
      para(
        '- Thực hiện ',
        ref('projects.total', f.projects.total),
        ' công trình (',
        ...cats,
        '); giá trị các công trình hoàn thành trong kỳ ',
        ref('projects.completedValueVnd', f.projects.completedValueVnd, 'vnd'),
        ' đồng.',
      ),
    );
  }
  return [...out, ...povertyParagraphs(f), ...householdParagraph(f)];
}

/** "Hạn chế": the seed's concerns, measured. */
export function limitationsParagraphs(f: ReportFigures): Paragraph[] {
  const l = f.limitations;
  const out = [
    para(
      '- Hoạt động giao lưu, kết nghĩa còn xuất phát một chiều: ',
      ref('limitations.oneWayShare', l.oneWay.share, 'percent'),
      ' hoạt động (',
      ref('limitations.oneWay', l.oneWay.count),
      '/',
      ref('activities.total', l.oneWay.of),
      ') do các đơn vị ở tỉnh tổ chức.',
    ),
    para(
      '- Các hoạt động chủ yếu dưới hình thức thăm hỏi, tặng quà: ',
      ref('limitations.giftOnlyPairings', l.giftOnly.count),
      '/',
      ref('limitations.pairingsWithActivities', l.giftOnly.of),
      ' cặp kết nghĩa có hoạt động (',
      ref('limitations.giftOnlyShare', l.giftOnly.share, 'percent'),
      ') chỉ thăm hỏi, tặng quà; hoạt động "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm" chiếm ',
      ref('activities.fourTogetherShare', f.activities.fourTogether.share, 'percent'),
      '.',
    ),
  ];
  out.push(
    l.communesWithoutInitiative.length
      ? para(
          '- Tính chủ động của các xã còn hạn chế: ',
          ref('limitations.communesWithoutInitiative', l.communesWithoutInitiative.length),
          ` xã đã kết nghĩa chưa chủ động tổ chức hoạt động nào (${names(l.communesWithoutInitiative)}).`,
        )
      : para('- Các xã đã kết nghĩa đều có hoạt động do xã chủ động tổ chức.'),
  );
  out.push(
    l.unpairedCommunes.length
      ? para(
          '- Còn ',
          ref('limitations.unpairedCommunes', l.unpairedCommunes.length),
          ` xã thuần đồng bào dân tộc thiểu số chưa có đơn vị kết nghĩa (${names(l.unpairedCommunes)}).`,
        )
      : para('- 100% xã thuần đồng bào dân tộc thiểu số đã có cơ quan, đơn vị ở tỉnh giao lưu, kết nghĩa.'),
  );
  if (f.pairings.withoutActivity.length)
    out.push(
      para(
        '- ',
        ref('pairings.withoutActivity', f.pairings.withoutActivity.length),
        ' cặp kết nghĩa không có hoạt động nào trong năm.',
      ),
    );
  if (f.households.unsupported)
    out.push(
      para(
        '- Còn ',
        ref('households.unsupported', f.households.unsupported),
        ' hộ nghèo chưa nhận được cam kết hỗ trợ cụ thể.',
      ),
    );
  if (f.commitments.overdue)
    out.push(
      para('- ', ref('commitments.overdue', f.commitments.overdue), ' cam kết hỗ trợ đã quá hạn mà chưa hoàn thành.'),
    );
  return out;
}

export const resultsText = (f: ReportFigures, p: Period): string[] => resultsParagraphs(f, p).map((x) => x.text);
export const limitationsText = (f: ReportFigures): string[] => limitationsParagraphs(f).map((x) => x.text);
