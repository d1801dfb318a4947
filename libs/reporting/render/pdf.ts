import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { vietnamTime, vnNumber, vnPercent, vnRate } from '../domain/narrative.js';
import type {
  Cell,
  CellKind,
  Column,
  DocumentClosing,
  DocumentHeader,
  ReportDocument,
  Table,
} from '../domain/document.types.js';

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const REGULAR = 'DejaVu';
const BOLD = 'DejaVu-Bold';
const MARGIN = 50;

/** Dates and instants as Vietnamese readers write them (instants in Vietnam time, UTC+7). */
export function formatCell(cell: Cell, kind: CellKind): string {
  if (cell === null) return kind === 'rate' ? '—' : '';
  if (typeof cell === 'number')
    return kind === 'percent'
      ? vnPercent(cell)
      : kind === 'rate'
        ? vnRate(cell)
        : kind === 'year'
          ? String(cell)
          : vnNumber(cell);
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return cell.split('-').reverse().join('/');
  if (kind === 'datetime') return vietnamTime(cell);
  return cell;
}

const weight = (c: Column) =>
  c.kind === 'text' ? (c.width ?? 2) : c.kind === 'vnd' || c.kind === 'datetime' ? 1.4 : 1;

class TableWriter {
  constructor(private readonly pdf: PDFKit.PDFDocument) {}

  private get width() {
    return this.pdf.page.width - 2 * MARGIN;
  }
  private get bottom() {
    return this.pdf.page.height - MARGIN;
  }

  private widths(t: Table): number[] {
    const total = t.columns.reduce((n, c) => n + weight(c), 0);
    return t.columns.map((c) => (weight(c) / total) * this.width);
  }

  private row(
    cells: readonly string[],
    widths: readonly number[],
    opts: { bold?: boolean; fill?: string; align?: (i: number) => 'left' | 'right' | 'center' } = {},
  ): void {
    const pdf = this.pdf;
    pdf.font(opts.bold ? BOLD : REGULAR).fontSize(8);
    const h = Math.max(...cells.map((c, i) => pdf.heightOfString(c || ' ', { width: widths[i] - 6 }))) + 6;
    if (pdf.y + h > this.bottom) pdf.addPage();
    const y = pdf.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      if (opts.fill) pdf.rect(x, y, widths[i], h).fillAndStroke(opts.fill, '#888888');
      else pdf.rect(x, y, widths[i], h).stroke('#888888');
      pdf.fillColor('#000000').text(c, x + 3, y + 3, { width: widths[i] - 6, align: opts.align?.(i) ?? 'left' });
      x += widths[i];
    });
    pdf.x = MARGIN;
    pdf.y = y + h;
  }

  write(t: Table): void {
    const pdf = this.pdf;
    if (pdf.y + 60 > this.bottom) pdf.addPage();
    pdf.font(BOLD).fontSize(9.5).text(t.title, MARGIN, pdf.y, { width: this.width });
    pdf.moveDown(0.3);
    const widths = this.widths(t);
    if (t.groups) {
      let i = 0;
      const groupWidths = t.groups.map((g) => widths.slice(i, (i += g.span)).reduce((a, b) => a + b, 0));
      this.row(
        t.groups.map((g) => g.label),
        groupWidths,
        { bold: true, fill: '#e8eef7', align: () => 'center' },
      );
    }
    this.row(
      t.columns.map((c) => c.header),
      widths,
      { bold: true, fill: '#e8eef7', align: () => 'center' },
    );
    const align = (i: number) => (t.columns[i].kind === 'text' ? 'left' : 'right');
    const cells = (r: readonly Cell[]) => t.columns.map((c, i) => formatCell(r[i] ?? null, c.kind));
    for (const r of t.rows) this.row(cells(r), widths, { align });
    if (t.totalRow) this.row(cells(t.totalRow), widths, { bold: true, align });
    if (!t.rows.length && !t.totalRow) this.row([`(không có)`], [this.width]);
    pdf.moveDown(0.8);
  }
}

const ITALIC = 'DejaVu-Oblique';

/** Two columns as 36-HD/VPTW places them: issuer (left) and the party title (right), each centred in its half. */
function writeHeader(pdf: PDFKit.PDFDocument, h: DocumentHeader): void {
  const width = pdf.page.width - 2 * MARGIN;
  const left = width * 0.42;
  const right = width - left;
  const top = pdf.y;
  pdf
    .font(REGULAR)
    .fontSize(11)
    .text(h.left[0] ?? '', MARGIN, top, { width: left, align: 'center' });
  pdf.font(BOLD).fontSize(11);
  for (const line of h.left.slice(1)) pdf.text(line, MARGIN, pdf.y, { width: left, align: 'center' });
  pdf
    .font(REGULAR)
    .fontSize(11)
    .text(h.number, MARGIN, pdf.y + 2, { width: left, align: 'center' });
  const leftBottom = pdf.y;
  pdf
    .font(BOLD)
    .fontSize(12)
    .text(h.right.join('\n'), MARGIN + left, top, { width: right, align: 'center' });
  const lineY = pdf.y + 1;
  const titleWidth = pdf.widthOfString(h.right[0] ?? '');
  pdf
    .moveTo(MARGIN + left + (right - titleWidth) / 2, lineY)
    .lineTo(MARGIN + left + (right + titleWidth) / 2, lineY)
    .stroke('#000000');
  pdf
    .font(ITALIC)
    .fontSize(11)
    .text(h.placeDate, MARGIN + left, lineY + 12, { width: right, align: 'center' });
  pdf.x = MARGIN;
  pdf.y = Math.max(leftBottom, pdf.y) + 14;
}

/** "Nơi nhận" at the left, the signature block at the right, side by side. */
function writeClosing(pdf: PDFKit.PDFDocument, c: DocumentClosing): void {
  const width = pdf.page.width - 2 * MARGIN;
  if (pdf.y + 140 > pdf.page.height - MARGIN) pdf.addPage();
  const top = pdf.y + 10;
  pdf
    .font(BOLD)
    .fontSize(10)
    .text('Nơi nhận:', MARGIN, top, { width: width * 0.5, underline: true });
  pdf.font(REGULAR).fontSize(9);
  for (const r of c.recipients) pdf.text(r, MARGIN, pdf.y, { width: width * 0.5 });
  const leftBottom = pdf.y;
  pdf.font(BOLD).fontSize(11);
  let y = top;
  for (const line of c.signature) {
    pdf.text(line || ' ', MARGIN + width * 0.5, y, { width: width * 0.5, align: 'center' });
    y = pdf.y;
  }
  pdf.x = MARGIN;
  pdf.y = Math.max(leftBottom, y) + 16;
}

/** A4 portrait, DejaVu Sans (full Vietnamese glyphs): the Party header, title, sections, closing and notes. */
export function renderPdf(doc: ReportDocument, issuedAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${doc.title} ${doc.subtitle.join(' ')}`, Creator: 'Kết Nghĩa', CreationDate: issuedAt },
  });
  pdf.registerFont(REGULAR, path.join(FONT_DIR, 'DejaVuSans.ttf'));
  pdf.registerFont(BOLD, path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  pdf.registerFont(ITALIC, path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * MARGIN;
  writeHeader(pdf, doc.header);
  pdf.font(BOLD).fontSize(15).text(doc.title, MARGIN, pdf.y, { width, align: 'center' });
  pdf.font(BOLD).fontSize(12);
  for (const line of doc.subtitle) pdf.text(line, { width, align: 'center' });
  pdf.text('-----', { width, align: 'center' });
  pdf.fillColor('#000000').moveDown(0.8);
  const tables = new TableWriter(pdf);
  for (const section of doc.sections) {
    if (pdf.y + 80 > pdf.page.height - MARGIN) pdf.addPage();
    pdf.font(BOLD).fontSize(12).text(section.heading, MARGIN, pdf.y, { width });
    pdf.moveDown(0.4);
    pdf.font(REGULAR).fontSize(10.5);
    for (const p of section.paragraphs) pdf.text(p.text, MARGIN, pdf.y, { width, align: 'justify' }).moveDown(0.3);
    pdf.moveDown(0.5);
    for (const t of section.tables) tables.write(t);
  }
  if (doc.closing) writeClosing(pdf, doc.closing);
  pdf.font(REGULAR).fontSize(7.5).fillColor('#444444');
  for (const n of doc.notes) pdf.text(n, MARGIN, pdf.y, { width });
  pdf.end();
  return done;
}
