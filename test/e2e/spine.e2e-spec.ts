import { startApi, type Harness } from '../support/api-harness.js';

describe('the spine over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(async () => h?.close());

  it('answers /health with the database, the event store and projection lag', async () => {
    const bare = await h.anonymous.get('/health');
    expect([bare.status, bare.body]).toEqual([200, { status: 'ok' }]);
    const r = await h.admin.get('/health');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
    expect(r.body.checks.database.status).toBe('ok');
    expect(r.body.checks.eventStore.status).toBe('ok');
  });

  it('serves Prometheus metrics', async () => {
    expect((await h.anonymous.get('/metrics')).status).toBe(401);
    const r = await h.admin.get('/metrics');
    expect(r.status).toBe(200);
    expect(r.body).toContain('kn_projection_lag_events');
    await h.admin.post('/api/organizations', { name: 'Sở Tư pháp', kind: 'department' });
    const after = (await h.admin.get('/metrics')).body as string;
    expect(after).toMatch(/kn_events_appended_total\{command="RegisterOrganization"\} 1/);
    expect(after).toMatch(/kn_command_duration_seconds_count\{command="RegisterOrganization",status="201"\} 1/);
  });

  it('publishes an OpenAPI document listing the command endpoints', async () => {
    const r = await h.anonymous.get('/api/docs/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/admin-units', '/api/organizations/{id}/rename', '/api/auth/login']),
    );
  });

  it('documents every operation: a summary, a 2xx schema, sign-in, and its refusals as problem+json (issue 15)', async () => {
    type Response = { content?: Record<string, { schema?: unknown }> };
    type Operation = {
      summary?: string;
      security?: object[];
      responses: Record<string, Response>;
      requestBody?: unknown;
    };
    const doc = (await h.anonymous.get('/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const gaps: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const at = `${method.toUpperCase()} ${path}`;
        const statuses = Object.keys(op.responses);
        const ok = statuses.filter((s) => s.startsWith('2'));
        if (!op.summary) gaps.push(`${at}: no summary`);
        if (
          !ok.length ||
          ok.some((s) => s !== '204' && !Object.values(op.responses[s].content ?? {}).some((c) => c.schema))
        )
          gaps.push(`${at}: no 2xx schema`);
        for (const s of statuses.filter((s) => s.startsWith('4')))
          if (!op.responses[s].content?.['application/problem+json']) gaps.push(`${at}: ${s} is not problem+json`);
        const open = op.security?.some((r) => Object.keys(r).length === 0);
        if (!open && !(statuses.includes('401') && statuses.includes('403')))
          gaps.push(`${at}: signed-in route without 401/403`);
        if (op.requestBody && !statuses.includes('400')) gaps.push(`${at}: a body but no 400`);
      }
    }
    expect(gaps).toEqual([]);
    const establish = doc.paths['/api/pairings'].post;
    expect(establish.responses['201'].content!['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CommandResult',
    });
    expect(Object.keys(establish.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '409', '412', '422']),
    );
    expect(doc.paths['/api/auth/login'].post.security).toEqual([{}]);
    // Request schemas come from the validation rules: the required fields the pipe enforces.
    expect(doc.components.schemas.EstablishPairingDto.required).toEqual([
      'organizationId',
      'adminUnitId',
      'establishedOn',
      'decisionRef',
    ]);
  });

  it('refuses a wrong password with 401 problem+json', async () => {
    const r = await h.anonymous.post('/api/auth/login', { username: 'admin', password: 'wrong-password-123' });
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.code).toBe('invalid_credentials');
  });

  it('needs a token for the API', async () => {
    const r = await h.anonymous.get('/api/auth/me');
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('tells who is signed in', async () => {
    const r = await h.admin.get('/api/auth/me');
    expect(r.body).toMatchObject({ username: 'admin', role: 'admin' });
  });

  it('rejects malformed JSON with 400 and no stack trace', async () => {
    const r = await h.admin.raw('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('malformed_json');
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('rejects a body over the size limit with 413', async () => {
    const r = await h.admin.post('/api/users', { username: 'x'.repeat(300_000) });
    expect(r.status).toBe(413);
  });

  it('reports every invalid and unknown field of a command', async () => {
    const r = await h.admin.post('/api/users', {
      username: 'Bad Name',
      displayName: '',
      password: 'x',
      role: 'king',
      extra: 1,
    });
    expect(r.status).toBe(400);
    const fields = r.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['displayName', 'extra', 'role', 'username']));
    expect(r.body.errors.find((e: { field: string }) => e.field === 'extra').code).toBe('unknown_field');
  });

  it('creates users with a password policy, and they can sign in with their role', async () => {
    const weak = await h.admin.post('/api/users', {
      username: 'auditor.one',
      displayName: 'Kiểm tra viên',
      password: 'short',
      role: 'auditor',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('password');
    const auditor = await h.userWith('auditor');
    const me = await auditor.get('/api/auth/me');
    expect(me.body.role).toBe('auditor');
  });

  it('forbids non-admins from managing users (403) and auditors from any command', async () => {
    const auditor = await h.userWith('auditor');
    const r = await auditor.post('/api/users', {
      username: 'x.y.z',
      displayName: 'X',
      password: 'Long-enough-pass-1',
      role: 'admin',
    });
    expect(r.status).toBe(403);
  });

  it('revokes a session on logout', async () => {
    const user = await h.userWith('supervisor');
    expect((await user.post('/api/auth/logout')).status).toBe(204);
    expect((await user.get('/api/auth/me')).status).toBe(401);
  });
});
