import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { startApi, type Harness } from '../../support/api-harness.js';
import { ensureCreated, launchBrowser, shot, signedIn, uiUser } from './ui-support.js';

const HEADERS = [
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

/** The commune's list: rows 3 and 5 of the sheet are wrong (a birth year in words, an unknown ethnic group). */
async function sampleList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách hộ');
  ws.addRow(HEADERS);
  ws.addRow([1, 'PD-101', 'Katơr Thị Hoa', 1978, 'Nữ', null, 'Raglai', null, 5, 'Nông thôn', '01/09/2013']);
  ws.addRow([2, 'PD-102', 'Bố Thị Lan', 'một chín tám mươi', 'Nữ', null, 'Raglai', null, 4, 'Nông thôn', '01/09/2013']);
  ws.addRow([3, 'PD-103', 'Mang Văn Sáu', 1965, 'Nam', null, 'Raglai', null, 6, 'Nông thôn', '01/09/2013']);
  ws.addRow([4, 'PD-104', 'Ka Tơ Nhung', 1990, 'Nữ', null, 'Người Sao Hỏa', null, 3, 'Nông thôn', '01/09/2013']);
  ws.addRow([5, 'PD-105', 'Chamaléa Bốn', 1982, 'Nam', null, 'Raglai', null, 7, 'Nông thôn', '02/09/2013']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Issue 17 item 4 in the browser: a commune officer uploads a list with two bad rows, sees both
 * errors by row and column, imports the rest with a progress bar, and a second upload appends nothing.
 */
describe('import from Excel (Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  let communeId: string;
  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);

  beforeAll(async () => {
    h = await startApi();
    browser = await launchBrowser();
    communeId = (
      await ensureCreated(
        h.admin.post('/api/admin-units', {
          kind: 'commune',
          name: 'Phan Dũng',
          code: '22915',
          parentId: null,
          classifications: ['ethnic_minority_commune'],
          establishedOn: '2013-01-01',
        }),
      )
    ).id;
    await h.settle();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function chooseFile(page: Page, buffer: Buffer): Promise<void> {
    await page.locator('input[type=file]').setInputFiles({
      name: 'danh-sach-ho-phan-dung.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
  }

  it('shows both bad rows, imports the rest, and a second upload changes nothing', async () => {
    const officer = await uiUser(h, 'commune_officer', { communeId });
    const page = await signedIn(browser, h.baseUrl, officer.username, officer.password);
    await page.getByRole('menuitem', { name: 'Nhập từ Excel' }).click();
    await page.getByRole('heading', { name: 'Nhập từ Excel' }).waitFor();

    // The template downloads as a workbook.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải mẫu' }).click();
    expect((await download).suggestedFilename()).toBe('mau-danh-sach-ho.xlsx');

    const file = await sampleList();
    await chooseFile(page, file);
    const dry = page.getByTestId('dry-run');
    await dry.getByText('5 dòng, 3 dòng hợp lệ, 2 dòng có lỗi').waitFor();
    const errors = dry.getByRole('table');
    const cells = async () =>
      (await errors.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').slice(0, 3).join(' '));
    expect(await cells()).toEqual(['3 D Năm sinh', '5 G Dân tộc']);
    await shot(page, 'import-dry-run');

    const before = await eventCount();
    await page.getByRole('button', { name: 'Nhập 3 dòng hợp lệ' }).click();
    const result = page.getByTestId('import-result');
    await result.getByText('Đã nhập 3 dòng, 0 dòng bị từ chối.').waitFor({ timeout: 30_000 });
    await result.locator('.ant-progress-status-success').waitFor();
    await shot(page, 'import-done');
    // Three registrations and the import's own five events (started, three rows, completed).
    expect(await eventCount()).toBe(before + 3 + 5);
    await h.settle();
    const listed = await h.admin.get(`/api/households?communeId=${communeId}`);
    expect(listed.body.items.map((x: { code: string }) => x.code).sort()).toEqual(['PD-101', 'PD-103', 'PD-105']);

    // The same file again: the dry run says the rows are in, the import issues nothing.
    const after = await eventCount();
    await chooseFile(page, file);
    await dry.getByText('(3 dòng đã nhập trước đây)').waitFor();
    await page.getByRole('button', { name: 'Nhập 3 dòng hợp lệ' }).click();
    await result.getByText('Tệp này đã được nhập trước đây: không có gì thay đổi.').waitFor();
    await shot(page, 'import-again');
    expect(await eventCount()).toBe(after);
  }, 180_000);
});
