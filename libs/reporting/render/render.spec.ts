import ExcelJS from 'exceljs';
import { reportDocument } from '../domain/document.js';
import { buildReport } from '../domain/report.js';
import { input2015, PIN } from '../domain/report.fixtures.js';
import { formatCell, renderPdf } from './pdf.js';
import { renderXlsx } from './xlsx.js';

const reason = {
  position: 50,
  type: 'ActivityRecordVoided',
  typeLabel: 'Hủy bản ghi hoạt động',
  reason: 'Ghi trùng',
  recordedAt: '2016-01-05T02:00:00.000Z',
  streamId: 'pairing-1',
  actor: 'staff',
  affectsPeriod: true,
};
const issue = { issueNumber: 1, issuedAt: '2015-12-31T03:00:00.000Z', position: 40, headHash: null };
const { report } = buildReport(input2015(), {
  kind: 'annual',
  issuedAt: '2016-01-06T03:00:00.000Z',
  pin: PIN,
  previous: { issue, figures: { 'activities.total': 7 } },
  reasons: [reason],
  lateEntries: 0,
});
const doc = reportDocument(report);

describe('rendering the report', () => {
  it('writes a workbook with one sheet per section, Vietnamese headings and typed cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc, new Date('2016-01-06T03:00:00Z'))) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Báo cáo',
      'I. Kết quả',
      'II. Hạn chế',
      'III. Phương hướng',
      'IV. Kiến nghị',
      'Phụ lục điều chỉnh',
    ]);
    const cover = wb.getWorksheet('Báo cáo')!;
    expect([cover.getCell(1, 2).value, cover.getCell(6, 1).value]).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO']);
    const cells = (name: string) => {
      const out: ExcelJS.Cell[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => out.push(c)));
      return out;
    };
    const results = cells('I. Kết quả');
    const state = results.find((c) => c.value === 'Ngân sách nhà nước')!;
    const value = wb.getWorksheet('I. Kết quả')!.getCell(Number(state.row), 2);
    expect(value.value).toBe(30_000_000);
    expect(value.type).toBe(ExcelJS.ValueType.Number);
    expect(value.numFmt).toBe('#,##0');
    const share = wb.getWorksheet('I. Kết quả')!.getCell(Number(state.row), 3);
    expect([share.value, share.numFmt]).toEqual([30 / 35, '0.0%']);
    const dates = cells('Phụ lục điều chỉnh').filter((c) => c.type === ExcelJS.ValueType.Date);
    expect(dates.map((c) => (c.value as Date).toISOString())).toEqual(['2016-01-05T09:00:00.000Z']); // 09:00 in Vietnam
    const poverty = cells('I. Kết quả');
    expect(poverty.some((c) => c.value === 'Hộ nghèo đầu kỳ')).toBe(true);
    expect(poverty.filter((c) => c.value === 'DTTS').length).toBe(10); // five movements × (poor, near-poor)
    const raGlai = poverty.find((c) => c.value === 'Ra Glai')!;
    const raGlaiPoor = wb.getWorksheet('I. Kết quả')!.getCell(Number(raGlai.row), Number(raGlai.col) + 1);
    expect([raGlaiPoor.value, raGlaiPoor.type]).toEqual([6, ExcelJS.ValueType.Number]);
  });

  it('writes a PDF with the DejaVu fonts embedded', async () => {
    const pdf = await renderPdf(doc, new Date('2016-01-06T03:00:00Z'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/DejaVuSans-Bold/);
    expect(raw).toMatch(/DejaVuSans\b/);
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('formats numbers, shares and instants the Vietnamese way', () => {
    expect(formatCell(118_000_000, 'vnd')).toBe('118.000.000');
    expect(formatCell(0.667, 'percent')).toBe('66,7%');
    expect(formatCell('2016-01-05T02:00:00.000Z', 'datetime')).toBe('05/01/2016 09:00');
    expect(formatCell('2015-11-26', 'date')).toBe('26/11/2015');
  });
});
