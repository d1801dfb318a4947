import ExcelJS from 'exceljs';
import { ProblemException } from '@kn/platform';
import { IMPORT_COLUMNS } from './import-columns.js';
import { planImport, readImportSheet, type ImportLookups } from './import-parser.js';
import { importTemplate } from './import-template.js';

const COMMUNE = '11111111-1111-4111-8111-111111111111';
const VILLAGE = '22222222-2222-4222-8222-222222222222';
const EXISTING = '33333333-3333-4333-8333-333333333333';
const TODAY = '2025-06-30';

async function workbook(
  headers: readonly string[],
  rows: readonly (string | number | Date | null)[][],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HOUSEHOLD_HEADERS = IMPORT_COLUMNS.households.map((c) => c.vi);
const lookups = (households: ImportLookups['households'] = new Map()): ImportLookups => ({
  communeId: COMMUNE,
  villages: new Map([['thon 1', VILLAGE]]),
  households,
  householdIdFor: (row) => `00000000-0000-4000-8000-${String(row).padStart(12, '0')}`,
});

async function problemOf(p: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ProblemException) return { status: e.problem.status, code: e.problem.code };
    throw e;
  }
  throw new Error('expected a problem');
}

describe('spreadsheet import: reading and checking rows', () => {
  it('the template reads back: headers found, the English row skipped, the example row valid', async () => {
    const sheet = await readImportSheet(await importTemplate('households'), 'households');
    expect(sheet.rows.map((r) => r.row)).toEqual([3]);
    expect(sheet.columns.ethnicity).toEqual({ letter: 'G', header: 'Dân tộc' });
    const plan = await planImport('households', sheet, lookups(), TODAY);
    expect(plan.errors).toEqual([]);
    expect(plan.planned[0]).toMatchObject({ kind: 'register', row: 3, code: 'PD-0001' });
  });

  it('the review template has its drop-down lists and reads back', async () => {
    const buffer = await importTemplate('review');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const classification = IMPORT_COLUMNS.review.findIndex((c) => c.key === 'classification') + 1;
    expect(wb.worksheets[0].getRow(3).getCell(classification).dataValidation).toMatchObject({ type: 'list' });
    expect(wb.worksheets[1].name).toBe('Danh mục');
    const sheet = await readImportSheet(buffer, 'review');
    expect(sheet.rows).toHaveLength(1);
  });

  it('every bad cell is an error of its row and column, in Vietnamese; good rows are planned', async () => {
    const file = await workbook(HOUSEHOLD_HEADERS, [
      [1, 'PD-1', 'Nguyễn Văn A', 1970, 'Nam', null, 'Kinh', 'Thôn 1', 4, 'Nông thôn', '15/01/2024'],
      [2, 'PD-2', 'Trần Thị B', 'năm ngoái', 'Nữ', null, 'Ê Đê', null, 0, 'Nông thôn', new Date('2024-02-01')],
      [3, 'PD-3', null, null, null, null, 'Người Sao Hỏa', 'Thôn 9', 3, 'Miền núi', '31/02/2024'],
      [4, 'PD-1', 'Lê Văn C', null, null, null, 'Kinh', null, 2, 'Thành thị', '2024-03-01'],
      [null, null, null, null, null, null, null, null, null, null, null],
    ]);
    const plan = await planImport('households', await readImportSheet(file, 'households'), lookups(), TODAY);
    expect(plan.rows).toBe(4);
    expect(plan.planned.map((p) => p.row)).toEqual([2]);
    const at = (row: number) => plan.errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.header}`);
    expect(at(3)).toEqual(['D:Năm sinh', 'I:Số nhân khẩu']);
    expect(at(4).sort()).toEqual(['C:Họ và tên chủ hộ', 'G:Dân tộc', 'H:Thôn', 'J:Khu vực', 'K:Ngày đăng ký'].sort());
    expect(at(5)).toEqual(['B:Mã hộ']);
    expect(plan.errors.find((e) => e.row === 5)?.message).toBe('Mã hộ "PD-1" trùng với dòng 2');
    expect(plan.errors.find((e) => e.row === 4 && e.column === 'G')?.message).toContain(
      'không phải một trong 54 dân tộc',
    );
    expect(plan.errors.find((e) => e.row === 4 && e.column === 'C')?.message).toMatch(/^Bắt buộc/);
    const first = plan.planned[0];
    expect(first.kind === 'register' && first.dto).toMatchObject({
      villageId: VILLAGE,
      head: { fullName: 'Nguyễn Văn A', birthYear: 1970, gender: 'male' },
      area: 'rural',
      registeredOn: '2024-01-15',
    });
  });

  it('a code already in the commune is refused, unless this very row registered it (a second upload)', async () => {
    const file = await workbook(HOUSEHOLD_HEADERS, [
      [1, 'PD-1', 'Nguyễn Văn A', null, null, null, 'Kinh', null, 4, 'Nông thôn', '15/01/2024'],
      [2, 'PD-2', 'Trần Thị B', null, null, null, 'Kinh', null, 4, 'Nông thôn', '15/01/2024'],
    ]);
    const l = lookups(
      new Map([
        ['PD-1', { id: '00000000-0000-4000-8000-000000000002', area: 'rural' as const }],
        ['PD-2', { id: EXISTING, area: 'rural' as const }],
      ]),
    );
    const plan = await planImport('households', await readImportSheet(file, 'households'), l, TODAY);
    expect(plan.alreadyImported).toBe(1);
    expect(plan.errors).toEqual([{ row: 3, column: 'B', header: 'Mã hộ', message: 'Mã hộ "PD-2" đã có trong xã' }]);
  });

  it('review rows: indicators by name or code, unknown households and a stated result that the figures contradict', async () => {
    const headers = IMPORT_COLUMNS.review.map((c) => c.vi);
    const file = await workbook(headers, [
      [1, 'PD-1', null, null, 2024, '20/11/2024', '1.000.000', 'Việc làm; health_insurance', null],
      [2, 'PD-9', null, null, 2024, '20/11/2024', 500000, '', null],
      [3, 'PD-1', null, null, 2024, '20/11/2024', 5_000_000, 'Bay lượn', 'Hộ nghèo'],
    ]);
    const l = lookups(new Map([['PD-1', { id: EXISTING, area: 'rural' as const }]]));
    const plan = await planImport('review', await readImportSheet(file, 'review'), l, TODAY);
    expect(plan.planned).toHaveLength(1);
    expect(plan.planned[0]).toMatchObject({ householdId: EXISTING, dto: { incomePerCapitaVnd: 1_000_000 } });
    expect(plan.planned[0].kind === 'assess' && plan.planned[0].dto.deprivations).toEqual([
      'employment',
      'health_insurance',
    ]);
    expect(plan.errors.map((e) => [e.row, e.header])).toEqual([
      [3, 'Mã hộ'],
      [4, 'Mã hộ'],
      [4, 'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản'],
    ]);
  });

  it('a stated classification that the figures contradict is an error of that column', async () => {
    const headers = IMPORT_COLUMNS.review.map((c) => c.vi);
    const file = await workbook(headers, [[1, 'PD-1', null, null, 2024, '20/11/2024', 9_000_000, '', 'Hộ nghèo']]);
    const l = lookups(new Map([['PD-1', { id: EXISTING, area: 'rural' as const }]]));
    const plan = await planImport('review', await readImportSheet(file, 'review'), l, TODAY);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ row: 2, header: 'Kết quả phân loại' });
    expect(plan.errors[0].message).toContain('Hộ không nghèo');
  });

  it('more than 2,000 rows with data is a 400; rows only formatted far down do not count', async () => {
    const row = [1, 'PD-1', 'A', null, null, null, 'Kinh', null, 1, 'Nông thôn', '01/01/2024'];
    const long = await workbook(
      HOUSEHOLD_HEADERS,
      Array.from({ length: 2001 }, () => row),
    );
    expect(await problemOf(readImportSheet(long, 'households'))).toEqual({ status: 400, code: 'import.too_many_rows' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(HOUSEHOLD_HEADERS);
    ws.addRow(row);
    for (let r = 3; r < 4000; r++) ws.getCell(`B${r}`).font = { bold: true };
    const sheet = await readImportSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'households');
    expect(sheet.rows.map((x) => x.row)).toEqual([2]);
  });

  it('a file that is not a workbook, or lacks a required header, is a 400', async () => {
    expect(await problemOf(readImportSheet(Buffer.from('STT,Mã hộ\n1,PD-1'), 'households'))).toEqual({
      status: 400,
      code: 'import.not_xlsx',
    });
    const wrong = await workbook(['STT', 'Mã hộ', 'Tên'], [[1, 'PD-1', 'A']]);
    expect(await problemOf(readImportSheet(wrong, 'households'))).toEqual({
      status: 400,
      code: 'import.wrong_headers',
    });
  });
});
