import ExcelJS from 'exceljs';
import { startApi, type ApiResponse, type Client, type Harness } from '../support/api-harness.js';

const HOUSEHOLD_HEADERS = [
  'STT',
  'Mã hộ',
  'Họ và tên chủ hộ',
  'Năm sinh',
  'Giới tính',
  'Số CCCD/định danh cá nhân',
  'Dân tộc',
  'Thôn',
  'Số nhân khẩu',
  'Khu vực',
  'Ngày đăng ký',
];
const REVIEW_HEADERS = [
  'STT',
  'Mã hộ',
  'Họ và tên chủ hộ',
  'Thôn',
  'Năm rà soát',
  'Ngày rà soát',
  'Thu nhập bình quân đầu người (đồng/người/tháng)',
  'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản',
  'Kết quả phân loại',
];

/** A workbook as a commune fills it in: Vietnamese headers, then the rows. */
export async function sampleWorkbook(headers: readonly string[], rows: readonly unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(c: Client, path: string, file: Buffer, name = 'danh-sach.xlsx'): Promise<ApiResponse> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return c.raw(path, { method: 'POST', body: form });
}

describe('spreadsheet imports over HTTP', () => {
  let h: Harness;
  let communeId: string;
  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);
  const waitDone = async (importId: string) => {
    for (let i = 0; i < 200; i++) {
      const r = await h.admin.get(`/api/imports/${importId}`);
      if (r.body.status === 'completed') return r.body;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('import did not complete');
  };

  beforeAll(async () => {
    h = await startApi();
    const c = await h.admin.post('/api/admin-units', {
      kind: 'commune',
      name: 'Phan Sơn',
      code: '22912',
      parentId: null,
      classifications: [],
      establishedOn: '2013-01-01',
    });
    communeId = c.body.id;
    const v = await h.admin.post('/api/admin-units', {
      kind: 'village',
      name: 'Thôn Bầu Ốc',
      code: '2291201',
      parentId: communeId,
      classifications: [],
      establishedOn: '2013-01-01',
    });
    expect(v.status).toBe(201);
    await h.settle();
  });
  afterAll(async () => h?.close());

  const householdRows = () => [
    [1, 'PS-1', 'Katơr Thị Hoa', 1978, 'Nữ', '060178000123', 'Raglai', 'Thôn Bầu Ốc', 5, 'Nông thôn', '01/09/2013'],
    [2, 'PS-2', 'Bố Thị Lan', 'một chín tám mươi', 'Nữ', null, 'Raglai', null, 4, 'Nông thôn', '01/09/2013'],
    [3, 'PS-3', 'Mang Văn Sáu', 1965, 'Nam', null, 'Raglai', null, 6, 'Nông thôn', '01/09/2013'],
    [4, 'PS-4', 'Ka Tơ Nhung', 1990, 'Nữ', null, 'Người Sao Hỏa', null, 3, 'Nông thôn', '01/09/2013'],
    [5, 'PS-5', 'Chamaléa Bốn', 1982, 'Nam', null, 'Raglai', null, 7, 'Nông thôn', '02/09/2013'],
  ];

  it('the templates download as workbooks with the forms’ headers; an unknown kind is a 400', async () => {
    const r = await h.admin.raw('/api/imports/templates/households', { method: 'GET' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    const res = await fetch(`${h.baseUrl}/api/imports/templates/review`, {
      headers: { authorization: `Bearer ${h.admin.token}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, ...REVIEW_HEADERS]);
    const bad = await h.admin.get('/api/imports/templates/people');
    expect([bad.status, bad.headers.get('content-type')]).toEqual([400, 'application/problem+json; charset=utf-8']);
  });

  it('a dry run shows both bad rows by row and column and changes nothing; the import applies the rest once', async () => {
    const file = await sampleWorkbook(HOUSEHOLD_HEADERS, householdRows());
    const before = await eventCount();
    const dry = await upload(h.admin, `/api/imports/households?dryRun=true&communeId=${communeId}`, file);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rows: 5, valid: 3, alreadyImported: 0 });
    expect(dry.body.errors.map((e: { row: number; column: string }) => `${e.row}${e.column}`)).toEqual(['3D', '5G']);
    expect(await eventCount()).toBe(before);

    const started = await upload(h.admin, `/api/imports/households?dryRun=false&communeId=${communeId}`, file);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ commands: 3, status: 'running', valid: 3 });
    const done = await waitDone(started.body.importId);
    expect(done).toMatchObject({ status: 'completed', total: 3, done: 3, applied: 3, errors: [] });
    await h.settle();
    const listed = await h.admin.get(`/api/households?communeId=${communeId}&limit=50`);
    expect(listed.body.items.map((x: { code: string }) => x.code).sort()).toEqual(['PS-1', 'PS-3', 'PS-5']);
    const withVillage = listed.body.items.find((x: { code: string }) => x.code === 'PS-1');
    expect(withVillage.villageId).not.toBeNull();

    // One operation: Started, a row event per row, Completed on import-<id>; the row commands carry its correlation.
    const importEvents = await h.infra.dataSource.query(
      `select type from event_store.events where stream_id = $1 order by revision`,
      [`import-${started.body.importId}`],
    );
    expect(importEvents.map((e: { type: string }) => e.type)).toEqual([
      'SpreadsheetImportStarted',
      'SpreadsheetImportRowApplied',
      'SpreadsheetImportRowApplied',
      'SpreadsheetImportRowApplied',
      'SpreadsheetImportCompleted',
    ]);
    const correlated = await h.infra.dataSource.query(
      `select count(*)::int as n from event_store.events where type = 'HouseholdRegistered' and metadata->>'correlationId' = $1`,
      [started.body.importId],
    );
    expect(correlated[0].n).toBe(3);

    // The same file again: a replay, nothing appended; the dry run says the rows are in already.
    const after = await eventCount();
    const again = await upload(
      h.admin,
      `/api/imports/households?dryRun=false&communeId=${communeId}`,
      file,
      'lan-2.xlsx',
    );
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ importId: started.body.importId, commands: 0, status: 'completed' });
    const dryAgain = await upload(h.admin, `/api/imports/households?communeId=${communeId}`, file);
    expect(dryAgain.body).toMatchObject({ valid: 3, alreadyImported: 3 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await eventCount()).toBe(after);
  });

  it('review results: each row assesses its household; a refusal of the domain is reported by row', async () => {
    const rows = [
      [1, 'PS-1', null, null, 2024, '20/11/2024', '1.200.000', 'Việc làm; Bảo hiểm y tế', null],
      [2, 'PS-3', null, null, 2024, '20/11/2024', 9_000_000, '', 'Hộ nghèo'],
      [3, 'PS-5', null, null, 2024, '20/11/2024', 9_000_000, '', 'Hộ không nghèo'],
    ];
    const file = await sampleWorkbook(REVIEW_HEADERS, rows);
    const dry = await upload(h.admin, `/api/imports/review?communeId=${communeId}`, file, 'ra-soat.xlsx');
    expect(dry.body).toMatchObject({ rows: 3, valid: 2 });
    expect(dry.body.errors).toEqual([expect.objectContaining({ row: 3, column: 'I', header: 'Kết quả phân loại' })]);
    const started = await upload(h.admin, `/api/imports/review?dryRun=false&communeId=${communeId}`, file);
    const done = await waitDone(started.body.importId);
    expect(done).toMatchObject({ applied: 2, errors: [] });
    await h.settle();
    const nearPoor = await h.admin.get(`/api/households?communeId=${communeId}&status=near_poor`);
    expect(nearPoor.body.items.map((x: { code: string }) => x.code)).toEqual(['PS-1']);
    const notPoor = await h.admin.get(`/api/households?communeId=${communeId}&status=not_poor`);
    expect(notPoor.body.items.map((x: { code: string }) => x.code)).toEqual(['PS-5']);

    // The same review year again from another file: the domain refuses each row, reported by row.
    const second = await sampleWorkbook(REVIEW_HEADERS, [rows[0]]);
    const again = await upload(h.admin, `/api/imports/review?dryRun=false&communeId=${communeId}`, second);
    const refused = await waitDone(again.body.importId);
    expect(refused).toMatchObject({ applied: 0, done: 1 });
    expect(refused.errors).toEqual([
      expect.objectContaining({ row: 2, code: 'household.one_assessment_per_review_year' }),
    ]);
  });

  it('hostile cells are errors of their cells or plain text, never a 5xx, and a dry run appends nothing', async () => {
    const hostile = [
      "'; drop table app.users; --",
      '<script>alert(1)</script>',
      '\u0000',
      '\ud800',
      'A'.repeat(5000),
      '${7*7}',
    ];
    const rows = hostile.map((x, i) => [i + 1, `HX-${i}`, x, x, x, x, x, x, x, x, x]);
    rows.push(
      hostile
        .map((x) => x)
        .concat(hostile)
        .slice(0, 11),
    );
    const before = await eventCount();
    const r = await upload(
      h.admin,
      `/api/imports/households?communeId=${communeId}`,
      await sampleWorkbook(HOUSEHOLD_HEADERS, rows),
    );
    expect(r.status).toBe(200);
    expect(r.body.rows).toBe(7);
    expect(r.body.valid).toBe(0);
    const rowsWithErrors = new Set(r.body.errors.map((e: { row: number }) => e.row));
    expect(rowsWithErrors.size).toBe(7);
    expect(await eventCount()).toBe(before);
  });

  it('bad requests are 400 problems and append nothing; a commune officer imports only into their commune', async () => {
    const other = await h.admin.post('/api/admin-units', {
      kind: 'commune',
      name: 'Phan Lâm',
      code: '22915',
      parentId: null,
      classifications: [],
      establishedOn: '2013-01-01',
    });
    const officer = await h.userWith('commune_officer', { communeId: other.body.id });
    const before = await eventCount();
    const path = `/api/imports/households?communeId=${communeId}`;
    const notXlsx = await upload(h.admin, path, Buffer.from('a,b\n1,2'), 'x.csv');
    expect([notXlsx.status, notXlsx.body.code]).toEqual([400, 'import.not_xlsx']);
    const wrong = await upload(h.admin, path, await sampleWorkbook(['STT', 'Tên'], [[1, 'x']]));
    expect([wrong.status, wrong.body.code]).toEqual([400, 'import.wrong_headers']);
    const none = await h.admin.post(path, {});
    expect([none.status, none.body.code]).toEqual([400, 'import.file_required']);
    const noCommune = await upload(h.admin, '/api/imports/households', await sampleWorkbook(HOUSEHOLD_HEADERS, []));
    expect(noCommune.status).toBe(400);
    const big = await upload(h.admin, path, Buffer.alloc(6 * 1024 * 1024, 1));
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await h.admin.get('/api/imports/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d');
    expect(unknown.status).toBe(404);

    const forbidden = await upload(officer, path, await sampleWorkbook(HOUSEHOLD_HEADERS, householdRows()));
    expect(forbidden.status).toBe(403);
    expect(await eventCount()).toBe(before);
  });
});
