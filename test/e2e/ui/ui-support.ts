import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import type { Harness } from '../../support/api-harness.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png` });
}

/** A fresh context (own sessionStorage) at 1366×768, signed in through the login form. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  return page;
}

let n = 0;
/** A user the UI can sign in as (the harness keeps its passwords to itself). */
export async function uiUser(
  h: Harness,
  role: string,
  scope: { organizationId?: string; communeId?: string } = {},
): Promise<{ username: string; password: string }> {
  const username = `ui.${role.replace('_', '-')}.${++n}`;
  const password = `Kn-Mat-Khau-${n}-2025!`;
  const r = await h.admin.post('/api/users', {
    username,
    displayName: `Cán bộ ${role} ${n}`,
    password,
    role,
    ...scope,
  });
  if (r.status !== 201) throw new Error(`could not create ${role}: ${r.status} ${JSON.stringify(r.body)}`);
  return { username, password };
}

/** Picks an option of an antd Select found by its label, inside `scope`. */
export async function pick(scope: Page | Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Types a dd/MM/yyyy date into an antd DatePicker found by its label, and leaves it with Tab
 * (Enter would also submit the form, as it does for a user).
 */
export async function typeDate(scope: Page | Locator, label: string, ddmmyyyy: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Tab');
  await expectValue(input, ddmmyyyy);
}

async function expectValue(input: Locator, value: string): Promise<void> {
  const actual = await input.inputValue();
  if (actual !== value) throw new Error(`date field kept "${actual}", not "${value}"`);
}

export async function ensureCreated<T = { id: string; position: number }>(
  p: Promise<{ status: number; body: any }>,
): Promise<T> {
  const r = await p;
  if (r.status !== 201 && r.status !== 200) throw new Error(`setup failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
}
