import type { Browser } from 'playwright-core';
import { startApi, type Harness } from '../../support/api-harness.js';
import { ensureCreated, launchBrowser, pick, shot, signedIn, typeDate, uiUser } from './ui-support.js';

/**
 * Household search, the duplicate warning and the merge, in Chromium on the real API (dist/web
 * must be built first: `npm run build:web`).
 */
describe('household search and duplicates in the UI (Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  let communeId: string;
  let survivorId: string;

  beforeAll(async () => {
    h = await startApi();
    browser = await launchBrowser();
    communeId = (
      await ensureCreated(
        h.admin.post('/api/admin-units', {
          kind: 'commune',
          name: 'Phan Lâm',
          code: '22915',
          communeType: 'xa', // a xã: households registered in the form take the rural area
          parentId: null,
          classifications: [],
          establishedOn: '2013-01-01',
        }),
      )
    ).id;
    const register = (code: string, fullName: string, birthYear: number) =>
      ensureCreated(
        h.admin.post('/api/households', {
          communeId,
          villageId: null,
          code,
          head: { fullName, birthYear, gender: 'female', idNumber: null },
          ethnicity: 'Kinh',
          memberCount: 3,
          area: 'rural',
          registeredOn: '2020-03-01',
        }),
      );
    survivorId = (await register('PL-0001', 'Nguyễn Thị Ánh', 1968)).id;
    await register('PL-0002', 'Trần Văn Bình', 1970);
    await register('PL-0003', 'Nguyễn Văn Tâm', 1981);
    await h.settle();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('finds a household by the head name typed without diacritics', async () => {
    const officer = await uiUser(h, 'commune_officer', { communeId });
    const page = await signedIn(browser, h.baseUrl, officer.username, officer.password);
    await page.getByRole('menuitem', { name: 'Hộ nghèo' }).click();
    await page.getByRole('row').filter({ hasText: 'PL-0003' }).waitFor();
    const search = page.getByLabel('Tìm theo mã hộ hoặc tên chủ hộ');
    await search.fill('nguyen thi anh');
    await search.press('Enter');
    await page.getByRole('row').filter({ hasText: 'PL-0002' }).waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: 'PL-0003' }).waitFor({ state: 'detached' });
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    // The others leave while the table loads; count once the answer's row is there.
    await rows.filter({ hasText: 'PL-0001' }).waitFor();
    expect(await rows.count()).toBe(1);
    await expect(rows.first().innerText()).resolves.toContain('Nguyễn Thị Ánh');
    await shot(page, 'household-search');
    await page.context().close();
  }, 60_000);

  it('warns of a duplicate after registration, and a supervisor merges it into the household that stays', async () => {
    const officer = await uiUser(h, 'commune_officer', { communeId });
    const page = await signedIn(browser, h.baseUrl, officer.username, officer.password);
    await page.getByRole('menuitem', { name: 'Hộ nghèo' }).click();
    await page.getByRole('button', { name: 'Đăng ký hộ' }).click();
    const reg = page.getByRole('dialog', { name: 'Đăng ký hộ gia đình' });
    await reg.getByLabel('Mã hộ').fill('PL-0009');
    await typeDate(reg, 'Ngày đăng ký', '01/02/2021');
    await reg.getByLabel('Họ tên chủ hộ').fill('NGUYEN thi  anh');
    await reg.getByLabel('Năm sinh').fill('1968');
    await reg.getByLabel('Dân tộc').fill('Kinh');
    await reg.getByLabel('Số nhân khẩu').fill('3');
    await reg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Có thể trùng với hộ đã đăng ký').waitFor();
    await shot(page, 'household-duplicate-warning');
    await page.getByRole('link', { name: 'PL-0001' }).click();
    await page.getByRole('heading', { name: 'Hộ PL-0001 — Nguyễn Thị Ánh' }).waitFor();
    const duplicateId = ((await h.admin.get('/api/households?q=PL-0009')).body.items[0] as { id: string }).id;
    await page.context().close();

    const supervisor = await uiUser(h, 'supervisor');
    const sup = await signedIn(browser, h.baseUrl, supervisor.username, supervisor.password);
    await sup.goto(`${h.baseUrl}/ho-ngheo/${duplicateId}`);
    await sup.getByRole('button', { name: 'Gộp vào hộ khác' }).click();
    const merge = sup.getByRole('dialog', { name: 'Gộp vào hộ khác' });
    await merge.getByLabel('Hộ giữ lại').fill('PL-0001');
    await pick(merge, sup, 'Hộ giữ lại', 'PL-0001');
    await merge.getByLabel('Lý do gộp').fill('Hộ đăng ký hai lần');
    await shot(sup, 'household-merge-dialog');
    await merge.getByRole('button', { name: 'Gộp hộ' }).click();
    await sup.getByRole('heading', { name: 'Hộ PL-0001 — Nguyễn Thị Ánh' }).waitFor();
    expect(sup.url()).toContain(survivorId);
    await sup.getByTestId('timeline-item').filter({ hasText: 'hộ trùng PL-0009' }).first().waitFor();
    await sup.getByTestId('timeline-item').filter({ hasText: 'Gộp hộ đăng ký trùng vào hộ này' }).waitFor();
    await shot(sup, 'household-merged-timeline');
    await sup.goto(`${h.baseUrl}/ho-ngheo/${duplicateId}`);
    await sup.getByText('Hộ này đã được gộp vào hộ khác (đăng ký trùng)').waitFor();
    expect(await sup.getByRole('button', { name: 'Gộp vào hộ khác' }).count()).toBe(0);
    await sup.context().close();
  }, 90_000);
});
