import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { startApi, type Harness } from '../../support/api-harness.js';
import { ensureCreated, launchBrowser, shot, signedIn, uiUser } from './ui-support.js';

/**
 * Issue 17 in the browser: an auditor follows a dashboard figure to its items and one item's
 * history, then searches the audit trail by a commune's name and exports what was found.
 */
describe('auditor journeys: figure provenance and the audit trail (Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  let householdId: string;

  beforeAll(async () => {
    h = await startApi();
    browser = await launchBrowser();
    const commune = await ensureCreated(
      h.admin.post('/api/admin-units', {
        kind: 'commune',
        name: 'Phan Dũng',
        code: '22915',
        parentId: null,
        classifications: ['ethnic_minority_commune'],
        establishedOn: '2013-01-01',
      }),
    );
    const org = await ensureCreated(
      h.admin.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization', shortName: 'HND' }),
    );
    const pairing = await ensureCreated(
      h.admin.post('/api/pairings', {
        organizationId: org.id,
        adminUnitId: commune.id,
        establishedOn: '2013-08-15',
        decisionRef: '197-TB/VPTU',
      }),
    );
    await ensureCreated(
      h.admin.post(`/api/pairings/${pairing.id}/activities`, {
        kind: 'visit',
        occurredOn: '2015-02-10',
        initiator: 'organization',
        locationName: 'Nhà văn hóa xã',
        participants: { organizationMembers: 10, residents: 50 },
        summary: 'Thăm hỏi',
        resources: [],
        beneficiaryHouseholdIds: [],
      }),
    );
    householdId = (
      await ensureCreated(
        h.admin.post('/api/households', {
          communeId: commune.id,
          villageId: null,
          code: 'PD-0001',
          head: { fullName: 'Mấu Thị Lan', birthYear: 1978 },
          ethnicity: 'Raglai',
          memberCount: 5,
          area: 'rural',
          registeredOn: '2013-09-01',
        }),
      )
    ).id;
    await ensureCreated(
      h.admin.post(`/api/households/${householdId}/assessments`, {
        reviewYear: 2015,
        assessedOn: '2015-11-15',
        incomePerCapitaVnd: 300_000,
        deprivations: [],
      }),
    );
    await h.settle();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('opens a dashboard figure, sees its items and one item’s history at that position', async () => {
    const auditor = await uiUser(h, 'auditor');
    const page = await signedIn(browser, h.baseUrl, auditor.username, auditor.password);
    await page.getByRole('button', { name: 'Hộ nghèo — xem danh sách' }).click();
    const drawer = page.getByRole('dialog');
    await drawer
      .getByText('Giá trị: 1 — gồm 1 mục')
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        await shot(page, 'figure-provenance-failed');
        throw e;
      });
    const item = drawer.getByTestId('figure-item');
    await item.getByText('Rà soát năm 2015: hộ PD-0001 là hộ nghèo').waitFor();
    await shot(page, 'figure-provenance');
    await item.getByRole('link', { name: 'hộ PD-0001' }).click();
    await page.getByRole('heading', { name: 'Kiểm toán' }).waitFor();
    expect(new URL(page.url()).searchParams.get('stream')).toBe(`household-${householdId}`);
    // Registered, assessed poor, and the transition the review recorded; the figure was read after all three.
    await page.getByText('Lịch sử luồng (3 sự kiện)').waitFor();
    await page.getByText('Trạng thái sau sự kiện: r2 (PovertyStatusChanged)').waitFor();
    expect(new URL(page.url()).searchParams.get('at')).toMatch(/^\d+$/);
    await shot(page, 'figure-item-history');
    await page.context().close();
  }, 120_000);

  it('opens a figure from a chart segment and from the trend over the years, under either boundaries', async () => {
    const auditor = await uiUser(h, 'auditor');
    const page = await signedIn(browser, h.baseUrl, auditor.username, auditor.password);
    const drawer = page.getByRole('dialog');
    const opened = async (name: string, text: string) => {
      await drawer
        .getByText(text)
        .waitFor({ timeout: 10_000 })
        .catch(async (e) => {
          await shot(page, `${name}-failed`);
          throw e;
        });
      await shot(page, name);
    };
    // The bar of visits in "Hoạt động theo loại" (SVG): the one visit of 2015, by its pairing.
    const byKind = page.getByRole('img', { name: 'Biểu đồ hoạt động theo loại' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await byKind.locator('path[fill="#b71c1c"]').first().click();
      const open = await drawer
        .getByText('Giá trị: 1 — gồm 1 mục')
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (open) break;
    }
    await opened('chart-figure-provenance', 'Giá trị: 1 — gồm 1 mục');
    await drawer.getByTestId('figure-item').getByText('Hội Nông dân tỉnh – Phan Dũng').first().waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The trend: a point of the poor-household line opens that year's poor households.
    const trend = page.getByRole('img', { name: 'Biểu đồ hộ nghèo, cận nghèo qua các năm' });
    await trend.waitFor();
    // A click that lands while ECharts re-renders (the dashboard refetches) opens nothing: click again.
    for (let attempt = 1; attempt <= 3; attempt++) {
      await trend.locator('path[fill="#b71c1c"]').first().click();
      const open = await drawer
        .getByText('Giá trị: 1 — gồm 1 mục')
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (open) break;
    }
    await opened('trend-figure-provenance', 'Giá trị: 1 — gồm 1 mục');
    await drawer.getByTestId('figure-item').getByRole('link', { name: 'hộ PD-0001' }).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Địa giới: hiện nay — the same figure re-based to today's units (nothing merged here: the same list).
    await page.getByText('hiện nay').click();
    await page.getByRole('button', { name: 'Hộ nghèo — xem danh sách' }).click();
    await opened('figure-provenance-today', 'Giá trị: 1 — gồm 1 mục');
    await page.context().close();
  }, 120_000);

  it('searches the audit trail by a commune’s name, newest first, and exports it as CSV and Excel', async () => {
    const auditor = await uiUser(h, 'auditor');
    const page = await signedIn(browser, h.baseUrl, auditor.username, auditor.password);
    await page.getByRole('menuitem', { name: 'Kiểm toán' }).click();
    await page.getByRole('heading', { name: 'Kiểm toán' }).waitFor();
    await page.getByLabel('Tìm theo tên hoặc mã').fill('phan dung');
    await page.getByRole('button', { name: 'Lọc' }).click();
    const sentences = page.getByTestId('audit-sentence');
    await sentences.filter({ hasText: 'Thành lập xã Phan Dũng (mã 22915) từ ngày 01/01/2013' }).waitFor();
    const texts = await sentences.allTextContents();
    // The commune and its pairing (named after it), newest first: the pairing came after the commune.
    expect(texts[texts.length - 1]).toBe('Thành lập xã Phan Dũng (mã 22915) từ ngày 01/01/2013');
    expect(texts.some((s) => s.startsWith('Thiết lập cặp kết nghĩa Hội Nông dân tỉnh – Phan Dũng'))).toBe(true);
    expect(texts.join('\n')).not.toContain('Mấu Thị Lan');
    await shot(page, 'audit-search');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('nhat-ky-kiem-toan.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + texts.length);
    const api = await h.admin.get(`/api/audit/events?q=${encodeURIComponent('phan dung')}`);
    api.body.items.forEach((i: { hash: string; title: string }, n: number) => expect(lines[n + 1]).toContain(i.hash));
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('nhat-ky-kiem-toan.xlsx');
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await page.context().close();
  }, 120_000);

  it('opens a figure of the issued annual report, read at the report’s pin', async () => {
    const supervisor = await h.userWith('supervisor');
    await ensureCreated(
      supervisor.post('/api/reports/annual/2015/draft', {
        sections: {
          limitations: 'Còn hạn chế.',
          causes: 'Nguồn lực ít.',
          directions: 'Mở rộng.',
          recommendations: 'Đề nghị chỉ đạo.',
        },
      }),
    );
    await ensureCreated(
      supervisor.post('/api/reports/annual/2015/issue', {
        number: '5-BC/BDVTU',
        issuedOn: '2015-12-20',
        place: 'Phan Thiết',
        signer: { name: 'Nguyễn Văn An', title: 'Phó Trưởng ban' },
        recipients: ['Thường trực Tỉnh ủy'],
      }),
    );
    const auditor = await uiUser(h, 'auditor');
    const page = await signedIn(browser, h.baseUrl, auditor.username, auditor.password);
    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await page.locator('#report-year').fill('2015');
    await page.getByText('Truy vết số liệu của bản đã ban hành').waitFor();
    await page.getByRole('button', { name: 'Hộ nghèo — xem danh sách' }).click();
    await page.getByRole('dialog').getByTestId('figure-item').getByRole('link', { name: 'hộ PD-0001' }).waitFor();
    await shot(page, 'report-figure-provenance');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // A cell of the poverty table: the commune's poor households at the year's end, at the same pin.
    await page.getByRole('button', { name: 'Cuối năm — hộ nghèo — Phan Dũng — xem danh sách' }).click();
    await page.getByRole('dialog').getByText('Giá trị: 1 — gồm 1 mục').waitFor();
    await page.getByRole('dialog').getByTestId('figure-item').getByRole('link', { name: 'hộ PD-0001' }).waitFor();
    await shot(page, 'report-cell-provenance');
    await page.context().close();
  }, 120_000);
});
