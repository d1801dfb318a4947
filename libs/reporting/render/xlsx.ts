import ExcelJS from 'exceljs';
import type { Cell, CellKind, ReportDocument, Table } from '../domain/document.types.js';

const FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  year: '0',
  vnd: '#,##0',
  percent: '0.0%',
  rate: '0.00',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm:ss',
};

/**
 * Typed cell values: numbers stay numbers, dates become Date. Spreadsheets have no time zone, so
 * an instant is written as its wall-clock time in Vietnam (UTC+7), as the PDF shows it.
 */
function valueOf(cell: Cell, kind: CellKind): ExcelJS.CellValue {
  if (cell === null) return null;
  if ((kind === 'date' || kind === 'datetime') && typeof cell === 'string') {
    const d = new Date(kind === 'date' ? `${cell}T00:00:00Z` : Date.parse(cell) + 7 * 3600_000);
    return Number.isNaN(d.getTime()) ? cell : d;
  }
  return cell;
}

const BOLD = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

function writeTable(ws: ExcelJS.Worksheet, t: Table, startRow: number): number {
  let row = startRow;
  ws.getCell(row, 1).value = t.title;
  ws.getCell(row, 1).font = { bold: true, italic: true };
  row += 1;
  if (t.groups) {
    let col = 1;
    for (const g of t.groups) {
      ws.getCell(row, col).value = g.label;
      if (g.span > 1) ws.mergeCells(row, col, row, col + g.span - 1);
      ws.getCell(row, col).font = BOLD;
      ws.getCell(row, col).alignment = { horizontal: 'center', wrapText: true };
      col += g.span;
    }
    row += 1;
  }
  t.columns.forEach((c, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = c.header;
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  row += 1;
  const put = (cells: readonly Cell[], bold: boolean) => {
    t.columns.forEach((c, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = valueOf(cells[i] ?? null, c.kind);
      const fmt = FORMATS[c.kind];
      if (fmt) cell.numFmt = fmt;
      if (bold) cell.font = BOLD;
    });
    row += 1;
  };
  for (const r of t.rows) put(r, false);
  if (t.totalRow) put(t.totalRow, true);
  if (!t.rows.length && !t.totalRow) {
    ws.getCell(row, 1).value = '(không có)';
    row += 1;
  }
  return row + 1;
}

/** One sheet per section: heading, its paragraphs, then its tables; a cover sheet first. */
export async function renderXlsx(doc: ReportDocument, issuedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kết Nghĩa';
  wb.created = issuedAt;
  const cover = wb.addWorksheet('Báo cáo');
  cover.getColumn(1).width = 120;
  cover.getColumn(2).width = 60;
  const h = doc.header;
  const rows = Math.max(h.left.length + 1, h.right.length + 1);
  [...h.left, h.number].forEach((line, i) => {
    cover.getCell(i + 1, 1).value = line;
  });
  [...h.right, h.placeDate].forEach((line, i) => {
    cover.getCell(i + 1, 2).value = line;
  });
  for (let r = 1; r <= rows; r += 1) for (const c of [1, 2]) cover.getCell(r, c).alignment = { horizontal: 'center' };
  [doc.title, ...doc.subtitle].forEach((line, i) => {
    const cell = cover.getCell(rows + 2 + i, 1);
    cell.value = line;
    cell.font = { bold: true, size: i ? 12 : 14 };
  });
  let next = rows + 3 + doc.subtitle.length;
  if (doc.closing) {
    cover.getCell(next, 1).value = 'Nơi nhận:';
    doc.closing.recipients.forEach((r, i) => {
      cover.getCell(next + 1 + i, 1).value = r;
    });
    doc.closing.signature.forEach((line, i) => {
      cover.getCell(next + i, 2).value = line;
    });
    next += Math.max(doc.closing.recipients.length + 1, doc.closing.signature.length) + 1;
  }
  doc.notes.forEach((n, i) => {
    cover.getCell(next + i, 1).value = n;
  });
  for (const section of doc.sections) {
    const ws = wb.addWorksheet(section.sheet);
    const widest = Math.max(...section.tables.map((t) => t.columns.length), 1);
    ws.getColumn(1).width = 48;
    for (let c = 2; c <= widest; c += 1) ws.getColumn(c).width = 16;
    ws.getCell(1, 1).value = section.heading;
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    let row = 2;
    for (const p of section.paragraphs) {
      ws.getCell(row, 1).value = p.text;
      row += 1;
    }
    row += 1;
    for (const t of section.tables) row = writeTable(ws, t, row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
