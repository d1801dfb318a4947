import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AutomationRunner, loadConfig, openInfrastructure, ProjectionRunner, type Infrastructure } from '@kn/platform';
import { UsersService } from '@kn/identity';
import type { Role } from '@kn/shared';
import { createHttpApp } from '../../apps/api/src/http-app.js';
import { MIGRATIONS_ALL } from '../../apps/api/src/contexts.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  token: string | null;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  raw(path: string, init: RequestInit): Promise<ApiResponse>;
}

export interface Harness {
  app: INestApplication;
  infra: Infrastructure;
  baseUrl: string;
  admin: Client;
  anonymous: Client;
  /** A signed-in client for a new user of that role. */
  userWith(role: Role, scope?: { organizationId?: string; communeId?: string }): Promise<Client>;
  /** Wait until the read models include everything appended so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The real API on a fresh database of the run's PostgreSQL, served on a loopback port. */
export async function startApi(options: { projections?: boolean } = {}): Promise<Harness> {
  const db: TestDatabase = await createTestDatabase('api');
  const adminPassword = `Adm-${randomBytes(9).toString('base64url')}`;
  const config = loadConfig({
    DATABASE_URL: db.url,
    ADMIN_PASSWORD: adminPassword,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
  });
  const infra = await openInfrastructure(config, MIGRATIONS_ALL, () => undefined);
  const app = await createHttpApp(infra, { logger: false });
  await app.get(UsersService).ensureFirstAdmin(adminPassword, () => undefined);
  if (options.projections !== false) {
    await app.get(ProjectionRunner).start();
    await app.get(AutomationRunner).start();
  }
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const anonymous = client(baseUrl, null);
  const admin = await signIn(baseUrl, 'admin', adminPassword);
  let n = 0;
  return {
    app,
    infra,
    baseUrl,
    admin,
    anonymous,
    async userWith(role, scope = {}) {
      const username = `${role.replace('_', '-')}.${++n}`;
      const password = `Pw-${randomBytes(9).toString('base64url')}`;
      const r = await admin.post('/api/users', { username, displayName: `Người dùng ${n}`, password, role, ...scope });
      if (r.status !== 201) throw new Error(`could not create ${role}: ${r.status} ${JSON.stringify(r.body)}`);
      return signIn(baseUrl, username, password);
    },
    async settle() {
      // The newest appended position, settled or not: waitFor waits until it is projected.
      const [{ max }] = await infra.dataSource.query(`select max(position) as max from event_store.events`);
      if (max !== null && !(await app.get(ProjectionRunner).waitFor(Number(max), 10_000)))
        throw new Error('read models did not catch up');
    },
    async close() {
      await app.close();
      await infra.close();
      await db.drop();
    },
  };
}

async function signIn(baseUrl: string, username: string, password: string): Promise<Client> {
  const r = await client(baseUrl, null).post('/api/auth/login', { username, password });
  if (r.status !== 200) throw new Error(`login failed for ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return client(baseUrl, r.body.accessToken);
}

export function client(baseUrl: string, token: string | null): Client {
  const raw = async (path: string, init: RequestInit): Promise<ApiResponse> => {
    const headers = new Headers(init.headers);
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    const res = await fetch(`${baseUrl}${path}`, { ...init, headers });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body, headers: res.headers };
  };
  return {
    token,
    raw,
    get: (path, headers = {}) => raw(path, { method: 'GET', headers }) as never,
    post: (path, body, headers = {}) =>
      raw(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }) as never,
  };
}
