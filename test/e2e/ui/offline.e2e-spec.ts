import type { Browser, Page } from 'playwright-core';
import { client, startApi, type Harness } from '../../support/api-harness.js';
import { ensureCreated, launchBrowser, shot, signedIn, typeDate, uiUser } from './ui-support.js';

/**
 * Issue 17 item 5 in Chromium: a commune officer opens a pairing and a household while online,
 * loses the network, reloads the app (served by the service worker), records a visit and an
 * assessment into the outbox, and sees them recorded exactly once when the network returns. A
 * record that meets a change made on the server meanwhile is shown with both versions.
 */
describe('offline capture: the PWA and its outbox (Chromium, network off and on)', () => {
  let h: Harness;
  let browser: Browser;
  let communeId: string;
  let pairingId: string;

  beforeAll(async () => {
    h = await startApi();
    browser = await launchBrowser();
    communeId = (
      await ensureCreated(
        h.admin.post('/api/admin-units', {
          kind: 'commune',
          name: 'Phan Sơn',
          code: '22918',
          parentId: null,
          classifications: ['ethnic_minority_commune'],
          establishedOn: '2013-01-01',
        }),
      )
    ).id;
    const org = await ensureCreated(
      h.admin.post('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization', shortName: 'HND' }),
    );
    pairingId = (
      await ensureCreated(
        h.admin.post('/api/pairings', {
          organizationId: org.id,
          adminUnitId: communeId,
          establishedOn: '2013-08-15',
          decisionRef: '197-TB/VPTU',
        }),
      )
    ).id;
    await h.settle();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const household = async (code: string, fullName: string) => {
    const r = await ensureCreated(
      h.admin.post('/api/households', {
        communeId,
        villageId: null,
        code,
        head: { fullName, birthYear: 1978 },
        ethnicity: 'Raglai',
        memberCount: 5,
        area: 'rural',
        registeredOn: '2013-09-01',
      }),
    );
    await h.settle();
    return r.id;
  };

  /** The assessments recorded for a household, as the API reports them. */
  const assessments = async (id: string): Promise<number> => {
    const r = await h.admin.get(`/api/households/${id}/timeline`);
    expect(r.status).toBe(200);
    return (r.body.items as { type: string }[]).filter((i) => /Assess/.test(i.type)).length;
  };
  const visits = async (): Promise<number> => {
    const r = await h.admin.get(`/api/pairings/${pairingId}`);
    expect(r.status).toBe(200);
    return r.body.activityCounts?.visit ?? 0;
  };

  /** Signed in, with the service worker installed and controlling the page. */
  async function officerPage(): Promise<Page> {
    const officer = await uiUser(h, 'commune_officer', { communeId });
    const page = await signedIn(browser, h.baseUrl, officer.username, officer.password);
    await page.evaluate(`(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    })()`);
    return page;
  }

  const badge = (page: Page) => page.getByTestId('outbox-button');
  /** The header's outbox count, as its accessible name says it. */
  const waitForCount = (page: Page, n: number) => page.getByRole('button', { name: `Chờ gửi: ${n}` }).waitFor();

  async function assess(page: Page, year: string, income: string): Promise<void> {
    await page.getByRole('button', { name: 'Rà soát hộ nghèo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rà soát hộ nghèo' });
    await dialog.getByLabel('Năm rà soát').fill(year);
    await typeDate(dialog, 'Ngày rà soát', `15/11/${year}`);
    await dialog.getByLabel('Thu nhập bình quân đầu người/tháng (VND)').fill(income);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  it('serves the service worker and the Vietnamese manifest at the root, revalidated on every load', async () => {
    const sw = await fetch(`${h.baseUrl}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(await sw.text()).toContain('kn-api');
    const manifest = await fetch(`${h.baseUrl}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const m = (await manifest.json()) as { name: string; lang: string; start_url: string; icons: { src: string }[] };
    expect(m).toMatchObject({ name: 'Kết Nghĩa', lang: 'vi', start_url: '/' });
    for (const icon of m.icons)
      expect((await fetch(`${h.baseUrl}${icon.src}`)).headers.get('content-type')).toBe('image/png');
    // API answers are never kept by the browser's HTTP cache (only the worker's, for the session).
    expect((await fetch(`${h.baseUrl}/api/demo`)).headers.get('cache-control')).toBe('no-store');
  });

  it('records a visit and an assessment offline and sends each exactly once when back online', async () => {
    const householdId = await household('PS-0001', 'Mang Thị Hoa');
    const page = await officerPage();
    const context = page.context();

    // Online: the officer opens the pairing and the household she will work on.
    await page.goto(`${h.baseUrl}/ket-nghia/${pairingId}`);
    await page.getByRole('heading', { name: 'Hội Nông dân tỉnh ↔ Phan Sơn' }).waitFor();
    await page.goto(`${h.baseUrl}/ho-ngheo/${householdId}`);
    await page.getByRole('heading', { name: /PS-0001/ }).waitFor();

    // The network goes; the app still opens, from the service worker and this session's reads.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: /PS-0001/ }).waitFor();
    await page.getByTestId('offline-tag').waitFor();
    // The service worker is offline too: a read this session never made does not come back.
    expect(
      await page.evaluate(() =>
        fetch('/api/households?limit=7').then(
          (r) => r.status,
          () => 'network error',
        ),
      ),
    ).toBe('network error');

    await assess(page, '2023', '1200000');
    await page.getByText('Đã lưu, chờ gửi').first().waitFor();
    await waitForCount(page, 1);

    // Another page, opened offline (navigation falls back to the cached app shell).
    await page.goto(`${h.baseUrl}/ket-nghia/${pairingId}`);
    await page.getByRole('heading', { name: 'Hội Nông dân tỉnh ↔ Phan Sơn' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận hoạt động' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận hoạt động' });
    await typeDate(dialog, 'Ngày diễn ra', '10/02/2024');
    await dialog.getByLabel('Số cán bộ, hội viên tham gia').fill('3');
    await dialog.getByLabel('Số người dân tham gia').fill('20');
    await dialog.getByLabel('Nội dung tóm tắt').fill('Thăm hộ Mang Thị Hoa khi mất sóng');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForCount(page, 2);

    await badge(page).click();
    const pending = page.getByTestId('outbox-pending');
    await pending.getByText(/Rà soát hộ nghèo — PS-0001/).waitFor();
    await pending.getByText(/Ghi nhận hoạt động — 2024-02-10/).waitFor();
    await shot(page, 'offline-outbox-pending');
    await page.keyboard.press('Escape');

    // Nothing reached the server while offline.
    expect(await visits()).toBe(0);
    expect(await assessments(householdId)).toBe(0);

    // Back online, on a flaky line: the visit reaches the server but its answer is lost.
    let lost = 0;
    await page.route('**/api/pairings/*/activities', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      lost++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await context.setOffline(false);
    await page.getByTestId('offline-tag').waitFor({ state: 'detached' });
    for (const until = Date.now() + 20_000; lost === 0 && Date.now() < until;) await page.waitForTimeout(100);
    expect(lost).toBe(1);
    await waitForCount(page, 1);
    await h.settle();
    expect(await visits()).toBe(1);
    expect(await assessments(householdId)).toBe(1);

    // Sent again with the same Idempotency-Key: the server answers with the first result.
    await badge(page).click();
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await waitForCount(page, 0);
    await page.keyboard.press('Escape');
    await page.getByTestId('activity').filter({ hasText: 'Thăm hộ Mang Thị Hoa khi mất sóng' }).waitFor();
    await shot(page, 'offline-sent');
    await h.settle();
    expect(await visits()).toBe(1);
    expect(await assessments(householdId)).toBe(1);

    // A second flush sends nothing: the outbox is empty, and the records stay recorded once.
    expect(await outboxSize(page)).toBe(0);
    const posts: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
    await page.evaluate(`window.dispatchEvent(new Event('online'))`);
    await page.reload();
    await page.getByRole('heading', { name: 'Hội Nông dân tỉnh ↔ Phan Sơn' }).waitFor();
    await page.waitForTimeout(1000);
    expect(posts).toEqual([]);

    // Signing out forgets the API reads this session cached (households' personal data).
    const cacheNames = () => page.evaluate<string[]>('caches.keys()');
    expect(await cacheNames()).toContain('kn-api');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await cacheNames()).not.toContain('kn-api');
    await h.settle();
    expect(await visits()).toBe(1);
    expect(await assessments(householdId)).toBe(1);
    await context.close();
  }, 180_000);

  it('sends two records of one household made offline: her own first record is not a conflict for her second', async () => {
    const householdId = await household('PS-0003', 'Bo Bo Thị Nga');
    const page = await officerPage();
    const context = page.context();
    await page.goto(`${h.baseUrl}/ho-ngheo/${householdId}`);
    await page.getByRole('heading', { name: /PS-0003/ }).waitFor();

    await context.setOffline(true);
    await assess(page, '2023', '1100000');
    await assess(page, '2024', '1900000');
    await waitForCount(page, 2);

    await context.setOffline(false);
    await waitForCount(page, 0);
    expect(await page.getByTestId('outbox-conflicts').count()).toBe(0);
    await h.settle();
    expect(await assessments(householdId)).toBe(2);
    const hh = await h.admin.get(`/api/households/${householdId}`);
    expect(hh.body.latestAssessment.incomePerCapitaVnd).toBe(1_900_000);
    await context.close();
  }, 120_000);

  it('keeps the records when the session expired meanwhile, and sends them once she signs in again', async () => {
    const householdId = await household('PS-0004', 'Đàng Thị Hạnh');
    const officer = await uiUser(h, 'commune_officer', { communeId });
    const page = await signedIn(browser, h.baseUrl, officer.username, officer.password);
    const context = page.context();
    await page.goto(`${h.baseUrl}/ho-ngheo/${householdId}`);
    await page.getByRole('heading', { name: /PS-0004/ }).waitFor();

    await context.setOffline(true);
    await assess(page, '2024', '1300000');
    await waitForCount(page, 1);
    // Her session ends on the server while she is away (signed out elsewhere, or expired).
    const token = await page.evaluate<string>(`sessionStorage.getItem('kn.token')`);
    expect((await client(h.baseUrl, token).post('/api/auth/logout', {})).status).toBe(204);

    await context.setOffline(false);
    await page.getByTestId('outbox-held').waitFor();
    await shot(page, 'offline-signin-again');
    expect(await outboxSize(page)).toBe(1);
    expect(await assessments(householdId)).toBe(0);

    await page.getByLabel('Tên đăng nhập').fill(officer.username);
    await page.getByLabel('Mật khẩu').fill(officer.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await waitForCount(page, 0);
    await h.settle();
    expect(await assessments(householdId)).toBe(1);
    expect(await outboxSize(page)).toBe(0);
    await context.close();
  }, 120_000);

  it('shows a conflict with both versions and resolves it by sending against the current version', async () => {
    const householdId = await household('PS-0002', 'Katơr Thị Mai');
    const page = await officerPage();
    const context = page.context();
    await page.goto(`${h.baseUrl}/ho-ngheo/${householdId}`);
    await page.getByRole('heading', { name: /PS-0002/ }).waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: /PS-0002/ }).waitFor();
    await assess(page, '2024', '900000');
    await page.getByText('Đã lưu, chờ gửi').first().waitFor();

    // Meanwhile someone records the 2023 review on the server: the revision she saw is gone.
    await ensureCreated(
      h.admin.post(`/api/households/${householdId}/assessments`, {
        reviewYear: 2023,
        assessedOn: '2023-11-15',
        incomePerCapitaVnd: 2_500_000,
        deprivations: [],
      }),
    );
    await h.settle();

    await context.setOffline(false);
    await page.getByTestId('outbox-conflicts').waitFor();
    expect(await assessments(householdId)).toBe(1);
    await badge(page).click();
    const kept = page.getByTestId('outbox-kept');
    await kept.getByText('Rà soát hộ nghèo — PS-0002').waitFor();
    const mine = kept.getByTestId('conflict-mine');
    const server = kept.getByTestId('conflict-server');
    await mine.getByText('900000', { exact: true }).waitFor();
    await server.getByText('2500000', { exact: true }).waitFor();
    await shot(page, 'offline-conflict');

    await kept.getByRole('button', { name: 'Gửi lại với phiên bản mới' }).click();
    // Sent and taken: the outbox is empty (a record leaves it only on a 2xx).
    await waitForCount(page, 0);
    await kept.waitFor({ state: 'detached' });
    await page.getByTestId('outbox-conflicts').waitFor({ state: 'detached' });
    await h.settle();
    expect(await assessments(householdId)).toBe(2);
    const hh = await h.admin.get(`/api/households/${householdId}`);
    expect(hh.body.latestAssessment.incomePerCapitaVnd).toBe(900_000);
    await context.close();
  }, 180_000);
});

/** Records in the outbox's IndexedDB store, whoever made them. */
function outboxSize(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('kn-outbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('commands').objectStore('commands').count();
      count.onsuccess = () => resolve(count.result);
      count.onerror = () => reject(count.error);
    };
  })`);
}
