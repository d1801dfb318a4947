import { client, startApi, type Harness } from '../support/api-harness.js';

describe('user administration and sign-in protection', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(async () => h?.close());

  const create = (username: string, password = 'Mật-khẩu-dài-2025', role = 'supervisor') =>
    h.admin.post('/api/users', { username, displayName: username, password, role });
  const login = (username: string, password: string) => h.anonymous.post('/api/auth/login', { username, password });

  it('disables a user: their session stops working at once and sign-in fails; enabling restores it', async () => {
    const u = await create('giam.sat.1');
    const session = client(h.baseUrl, (await login('giam.sat.1', 'Mật-khẩu-dài-2025')).body.accessToken);
    expect((await session.get('/api/auth/me')).status).toBe(200);
    expect((await h.admin.post(`/api/users/${u.body.id}/disable`, { reason: 'Nghỉ việc' })).status).toBe(200);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await login('giam.sat.1', 'Mật-khẩu-dài-2025')).status).toBe(401);
    await h.admin.post(`/api/users/${u.body.id}/enable`, {});
    expect((await login('giam.sat.1', 'Mật-khẩu-dài-2025')).status).toBe(200);
  });

  it('changes a role with its scope, and records every change as an event without secrets', async () => {
    const u = await create('can.bo.2');
    const bad = await h.admin.post(`/api/users/${u.body.id}/role`, { role: 'commune_officer' });
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'communeId']);
    const communeId = (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name: 'Phan Sơn',
        code: '22912',
        parentId: null,
        classifications: [],
        establishedOn: '2013-01-01',
      })
    ).body.id;
    const ok = await h.admin.post(`/api/users/${u.body.id}/role`, { role: 'commune_officer', communeId });
    expect([ok.status, ok.body]).toMatchObject([200, { role: 'commune_officer', communeId }]);
    const events = await h.infra.store.readStream(`user-${u.body.id}`);
    expect(events.map((e) => e.type)).toEqual(['UserCreated', 'UserRoleChanged']);
    expect(events[1].data).toMatchObject({ previousRole: 'supervisor', role: 'commune_officer' });
    expect(JSON.stringify(events)).not.toMatch(/Mật-khẩu|scrypt/);
  });

  it('resets a password to a one-time one and lets a user change their own with the policy', async () => {
    const u = await create('kiem.tra.3', 'Mật-khẩu-dài-2025', 'auditor');
    const reset = await h.admin.post(`/api/users/${u.body.id}/reset-password`);
    expect(reset.body.oneTimePassword).toMatch(/^[\w-]{20}$/);
    expect((await login('kiem.tra.3', 'Mật-khẩu-dài-2025')).status).toBe(401);
    const me = client(h.baseUrl, (await login('kiem.tra.3', reset.body.oneTimePassword)).body.accessToken);
    const weak = await me.post('/api/auth/password', {
      currentPassword: reset.body.oneTimePassword,
      newPassword: 'short',
    });
    expect([weak.status, weak.body.errors[0].field]).toEqual([400, 'newPassword']);
    const wrong = await me.post('/api/auth/password', { currentPassword: 'not-it', newPassword: 'Một-mật-khẩu-mới-9' });
    expect([wrong.status, wrong.body.errors[0].field]).toEqual([400, 'currentPassword']);
    expect(
      (
        await me.post('/api/auth/password', {
          currentPassword: reset.body.oneTimePassword,
          newPassword: 'Một-mật-khẩu-mới-9',
        })
      ).status,
    ).toBe(204);
    expect((await login('kiem.tra.3', 'Một-mật-khẩu-mới-9')).status).toBe(200);
  });

  it('locks a username after five failed sign-ins with 429 and Retry-After, even for the right password', async () => {
    await create('bi.khoa.4');
    for (let i = 0; i < 5; i++) expect((await login('bi.khoa.4', `wrong-${i}-password`)).status).toBe(401);
    const locked = await login('bi.khoa.4', 'Mật-khẩu-dài-2025');
    expect([locked.status, locked.body.code]).toEqual([429, 'too_many_login_attempts']);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    const attempts = await h.admin.get('/api/users/login-attempts?username=bi.khoa.4');
    expect(attempts.body.items.map((a: { reason: string }) => a.reason)).toEqual([
      'user_locked',
      ...Array(5).fill('wrong_password'),
    ]);
  });

  it('sends security headers and no framework banner', async () => {
    const r = await h.anonymous.get('/health');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  it('accepts the session cookie for commands only from this site (CSRF)', async () => {
    await create('cookie.user.5');
    const login = await h.anonymous.raw('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'cookie.user.5', password: 'Mật-khẩu-dài-2025' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i);
    const send = (headers: Record<string, string>) =>
      h.anonymous.raw('/api/auth/logout', { method: 'POST', headers: { cookie, ...headers } });
    expect((await h.anonymous.raw('/api/auth/me', { method: 'GET', headers: { cookie } })).status).toBe(200);
    expect((await send({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await send({})).status).toBe(403);
    expect((await send({ origin: h.baseUrl })).status).toBe(204);
    expect((await h.anonymous.raw('/api/auth/me', { method: 'GET', headers: { cookie } })).status).toBe(401);
  });

  it('keeps CORS closed unless configured', async () => {
    const r = await h.anonymous.raw('/api/auth/me', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
});
