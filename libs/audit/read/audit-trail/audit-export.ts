import ExcelJS from 'exceljs';
import type { AuditItem } from './audit-trail.query.js';

const HEADERS: readonly (readonly [string, (i: AuditItem) => string | number])[] = [
  ['Vị trí / Position', (i) => i.position],
  ['Thời điểm ghi (UTC) / Recorded at (UTC)', (i) => i.recordedAt.toISOString()],
  ['Nội dung', (i) => i.title],
  ['Event', (i) => i.titleEn],
  ['Loại sự kiện / Event type', (i) => i.type],
  ['Luồng / Stream', (i) => i.streamId],
  ['Phiên bản / Revision', (i) => i.revision],
  ['Người thực hiện / Actor', (i) => i.actor.username ?? ''],
  ['Vai trò / Role', (i) => i.actor.role ?? ''],
  ['Lệnh / Command', (i) => i.commandName ?? ''],
  ['Lý do / Reason', (i) => i.reason ?? ''],
  ['Hash', (i) => i.hash ?? ''],
  ['Hash trước / Previous hash', (i) => i.prevHash ?? ''],
];

const quote = (v: string | number) =>
  typeof v === 'number' ? String(v) : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

/** The trail as CSV (UTF-8 with a BOM, so spreadsheets read Vietnamese right), one event per line with its hashes. */
export function auditCsv(items: readonly AuditItem[]): Buffer {
  const lines = [
    HEADERS.map(([h]) => quote(h)).join(','),
    ...items.map((i) => HEADERS.map(([, f]) => quote(f(i))).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The trail as one worksheet, the same columns as the CSV. */
export async function auditXlsx(items: readonly AuditItem[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhật ký kiểm toán');
  ws.addRow(HEADERS.map(([h]) => h)).font = { bold: true };
  for (const i of items) ws.addRow(HEADERS.map(([, f]) => f(i)));
  ws.columns.forEach((c, n) => {
    c.width = [10, 24, 60, 60, 28, 48, 10, 16, 16, 28, 30, 66, 66][n] ?? 20;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
