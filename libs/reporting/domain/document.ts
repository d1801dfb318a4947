import { DRAFTED_SECTIONS, type DraftedSection } from './annual-report.events.js';
import {
  activityTable,
  commitmentTable,
  communeTable,
  coverageTable,
  dynamicsTable,
  ethnicGroupsTable,
  householdTable,
  indicatorTable,
  int,
  listTable,
  organizationTable,
  projectTable,
  resourceTable,
  text,
  villagesTable,
} from './document-tables.js';
import { issuerOn } from './issuers.data.js';
import { limitationsParagraphs, periodText, resultsParagraphs, vietnamTime } from './narrative.js';
import type { DocumentClosing, DocumentHeader, Paragraph, ReportDocument, Section, Table } from './document.types.js';
import type { Report, ReportHeader } from './report.types.js';

export const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const plain = (t: string): Paragraph => ({ text: t, figures: [] });
/** A drafted section's text as paragraphs (one per line), or a placeholder while it is not written. */
const written = (r: Report, k: DraftedSection): Paragraph[] => {
  const t = r.sections?.[k]?.trim();
  return t
    ? t
        .split(/\n+/)
        .map((line) => plain(line.trim()))
        .filter((p) => p.text)
    : [plain('(Chưa soạn thảo.)')];
};

/** "Phan Thiết, ngày 20 tháng 12 năm 2025" (36-HD/VPTW: days and months below 10 written with a leading zero). */
export function placeDate(place: string | null, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${place ?? '……'}, ngày ${d} tháng ${m} năm ${y}`;
}

/** The report's header data for a date: the issuer in force then, number and place when issued. */
export function reportHeader(date: string, issued: { number: string; place: string } | null): ReportHeader {
  const issuer = issuerOn(date);
  return {
    party: PARTY,
    issuer: [issuer.committee, issuer.body],
    issuerName: issuer.bodyName,
    abbreviation: issuer.abbreviation,
    number: issued?.number ?? null,
    place: issued?.place ?? null,
    date,
  };
}

function documentHeader(h: ReportHeader): DocumentHeader {
  return {
    left: [...h.issuer, '*'],
    right: [h.party],
    number: `Số ${h.number ?? `     -BC/${h.abbreviation}`}`,
    placeDate: placeDate(h.place, h.date),
  };
}

/** The signature block: the head signs "TRƯỞNG BAN"; a deputy signs for the head ("K/T TRƯỞNG BAN", then the deputy's title). */
function closing(r: Report): DocumentClosing {
  const signer = r.signer ?? null;
  const deputy = signer && /phó/i.test(signer.title);
  const signature = signer
    ? [...(deputy ? ['K/T TRƯỞNG BAN'] : []), signer.title.toUpperCase(), '', '', signer.name]
    : ['TRƯỞNG BAN', '', '', '(chưa ký)'];
  return { recipients: [...(r.recipients ?? []).map((x) => `- ${x};`), '- Lưu Văn phòng Ban.'], signature };
}

function resultsSection(r: Report): Section {
  const f = r.figures;
  return {
    heading: 'I. KẾT QUẢ ĐẠT ĐƯỢC',
    sheet: 'I. Kết quả',
    paragraphs: resultsParagraphs(f, r.period),
    tables: [
      coverageTable(r),
      ...(f.villages.targetVillages ? [villagesTable(f)] : []),
      organizationTable(f),
      communeTable(f),
      activityTable(f),
      resourceTable(f),
      projectTable(f),
      dynamicsTable('Diễn biến hộ nghèo', 'poor', f.poverty.rows, f.poverty.total),
      dynamicsTable('Diễn biến hộ cận nghèo', 'nearPoor', f.poverty.rows, f.poverty.total),
      ...[ethnicGroupsTable(f)].filter((t): t is Table => t !== null),
      householdTable(f),
      commitmentTable(f),
    ],
  };
}

function limitationsSection(r: Report): Section {
  const l = r.figures.limitations;
  return {
    heading: 'II. HẠN CHẾ, NGUYÊN NHÂN',
    sheet: 'II. Hạn chế',
    paragraphs: [
      plain('1. Hạn chế'),
      ...limitationsParagraphs(r.figures),
      ...written(r, 'limitations'),
      plain('2. Nguyên nhân'),
      ...written(r, 'causes'),
    ],
    tables: [
      indicatorTable(r.figures),
      listTable(
        'Xã đã kết nghĩa chưa chủ động tổ chức hoạt động',
        'Xã',
        l.communesWithoutInitiative.map((c) => c.name),
        'limitations.communesWithoutInitiative',
      ),
      listTable(
        'Xã thuần đồng bào DTTS chưa có đơn vị kết nghĩa',
        'Xã',
        l.unpairedCommunes.map((c) => c.name),
        'limitations.unpairedCommunes',
      ),
      listTable(
        'Cặp kết nghĩa không có hoạt động trong năm',
        'Cơ quan, đơn vị — xã',
        r.figures.pairings.withoutActivity.map((p) => `${p.organizationName} — ${p.adminUnitName}`),
        'pairings.withoutActivity',
      ),
    ],
  };
}

const previousName = (p: NonNullable<Report['restatement']['previous']>) =>
  p.documentNumber
    ? `Báo cáo số ${p.documentNumber} năm ${p.year} đã ban hành`
    : `báo cáo đã ban hành (lần ${p.issueNumber})`;

function restatementSection(r: Report): Section {
  const s = r.restatement;
  const paragraphs = !s.previous
    ? ['Chưa có báo cáo đã ban hành của kỳ trước để đối chiếu; chưa có số liệu điều chỉnh.']
    : s.changes.length
      ? [
          `So với ${previousName(s.previous)} (vị trí nhật ký ${s.previous.position}), ${s.changes.length} số liệu đã được điều chỉnh do các đính chính, hủy bản ghi, tính lại kết quả rà soát được ghi nhận sau đó${s.lateEntries ? ` và ${s.lateEntries} bản ghi bổ sung muộn` : ''}.`,
        ]
      : [`Số liệu của ${previousName(s.previous)} không thay đổi.`];
  return {
    heading: 'PHỤ LỤC. SỐ LIỆU ĐIỀU CHỈNH SO VỚI BÁO CÁO ĐÃ BAN HÀNH',
    sheet: 'Phụ lục điều chỉnh',
    paragraphs: paragraphs.map(plain),
    tables: [
      {
        title: 'Số liệu thay đổi',
        columns: [text('Số liệu', 4), int('Báo cáo trước'), int('Hiện nay'), int('Chênh lệch')],
        rows: s.changes.map((c) => [c.label, c.before ?? 0, c.after ?? 0, (c.after ?? 0) - (c.before ?? 0)]),
      },
      {
        title: 'Lý do điều chỉnh',
        columns: [
          { header: 'Thời điểm ghi nhận (giờ Việt Nam)', kind: 'datetime' },
          text('Loại', 2),
          text('Lý do', 3),
          text('Người ghi', 1),
          { header: 'Vị trí', kind: 'year' },
        ],
        rows: s.reasons.map((x) => [x.recordedAt, x.typeLabel, x.reason, x.actor, x.position]),
      },
    ],
  };
}

const drafted = (heading: string, sheet: string, r: Report, k: DraftedSection): Section => ({
  heading,
  sheet,
  paragraphs: written(r, k),
  tables: [],
});

/**
 * The document both renderers draw, as a Party report reads (Hướng dẫn 36-HD/VPTW): issuer and
 * "ĐẢNG CỘNG SẢN VIỆT NAM", number, place and date, "BÁO CÁO" and its subject, sections I–IV, the
 * restatement appendix, "Nơi nhận" and the signature; the pin in small print.
 */
export function reportDocument(r: Report): ReportDocument {
  const p = r.pinned;
  const header = r.header ?? reportHeader(r.issuedAt.slice(0, 10), null);
  const annual = r.kind === 'annual';
  const status = r.status === 'draft' ? 'DỰ THẢO — chưa ban hành. ' : '';
  return {
    header: documentHeader(header),
    title: 'BÁO CÁO',
    subtitle: [
      annual
        ? `Kết quả công tác giao lưu, kết nghĩa ${periodText(r.period)}`
        : r.title
            .replace(/^BÁO CÁO /, '')
            .toLowerCase()
            .replace(/^./, (c) => c.toUpperCase()),
    ],
    sections: [
      resultsSection(r),
      limitationsSection(r),
      drafted('III. PHƯƠNG HƯỚNG, NHIỆM VỤ', 'III. Phương hướng', r, 'directions'),
      drafted('IV. ĐỀ XUẤT, KIẾN NGHỊ', 'IV. Kiến nghị', r, 'recommendations'),
      restatementSection(r),
    ],
    closing: closing(r),
    notes: [
      `${status}Số liệu tính tại vị trí nhật ký sự kiện ${p.position} (lập lúc ${vietnamTime(r.issuedAt)}); mã băm đầu chuỗi kiểm toán ${p.headHash ?? '(chưa niêm phong)'}${p.chainVerified ? ' (đã kiểm tra toàn vẹn)' : ' (KIỂM TRA TOÀN VẸN KHÔNG ĐẠT)'}.`,
    ],
  };
}

export { DRAFTED_SECTIONS };
