import { startApi, type Harness } from '../support/api-harness.js';

/**
 * Issue 6: a bounded fuzz run on loopback. Every route of the OpenAPI document gets malformed,
 * oversized and hostile payloads as the most privileged user (so requests reach the handlers).
 * Every answer must be a 4xx problem+json (never a 5xx, never a stack trace) and the event log
 * must not grow.
 */
const HOSTILE_STRINGS = [
  "'; drop table app.users; --",
  '<script>alert(1)</script>',
  '\u0000',
  '\ud800',
  'A'.repeat(5000),
  '${7*7}',
  '../../etc/passwd',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ Tiếng Việt',
];
const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  -1,
  0,
  1e308,
  -1e308,
  2 ** 63,
  0.5,
  [],
  {},
  ['x'],
  { $gt: '' },
  ...HOSTILE_STRINGS,
];
const FIELDS = [
  'name',
  'kind',
  'code',
  'parentId',
  'organizationId',
  'adminUnitId',
  'communeId',
  'occurredOn',
  'establishedOn',
  'valueVnd',
  'amountVnd',
  'percent',
  'reason',
  'changes',
  'items',
  'resources',
  'head',
  'deprivations',
  'year',
  'role',
  'password',
  'username',
  'predecessorIds',
  'successor',
  'sponsor',
];

function bodies(): { label: string; raw: string; type?: string }[] {
  const json = (label: string, v: unknown) => ({ label, raw: JSON.stringify(v) });
  const out = [
    json('array', []),
    json('string', 'x'),
    json('number', 42),
    json('null', null),
    {
      label: 'proto pollution',
      raw: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    },
    { label: 'truncated json', raw: '{"name": "Phan' },
    { label: 'not json at all', raw: 'hello' },
    { label: 'text/plain', raw: 'name=x', type: 'text/plain' },
    { label: 'deeply nested', raw: `${'['.repeat(5000)}${']'.repeat(5000)}` },
    { label: 'oversized', raw: JSON.stringify({ name: 'x'.repeat(400_000) }) },
    {
      label: 'invalid utf-8',
      raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString('latin1'),
      type: 'application/json; charset=utf-8',
    },
  ];
  for (let i = 0; i < HOSTILE_VALUES.length; i++) {
    out.push(
      json(
        `fields = ${String(JSON.stringify(HOSTILE_VALUES[i])).slice(0, 20)}`,
        Object.fromEntries(FIELDS.map((f) => [f, HOSTILE_VALUES[i]])),
      ),
    );
  }
  return out;
}

const QUERIES = [
  '?limit=-1',
  '?limit=100000',
  '?offset=abc',
  '?asOf=2015-13-45',
  '?year=%3Cscript%3E',
  '?kind=visit&kind=gift',
  "?communeId='%20or%201=1--",
  '?status[$ne]=x',
  '?from=yesterday',
  '?after=1:2:3',
];

describe('fuzzing every endpoint (bounded, loopback only)', () => {
  let h: Harness;
  let routes: { method: string; path: string }[];
  beforeAll(async () => {
    h = await startApi();
    const doc = (await h.anonymous.get('/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => h?.close());

  const eventCount = async () =>
    Number((await h.infra.dataSource.query(`select count(*) as n from event_store.events`))[0].n);
  const fill = (path: string, n: number) =>
    path.replace(/\{[^}]+\}/g, () =>
      n % 3 === 0 ? 'not-a-uuid' : n % 3 === 1 ? '00000000-0000-4000-8000-000000000000' : "1' or '1'='1",
    );

  it('never answers 5xx, always problem+json, and appends nothing', async () => {
    expect(routes.length).toBeGreaterThan(40);
    const before = await eventCount();
    const bad: string[] = [];
    let sent = 0;
    for (const { method, path } of routes) {
      if (path === '/api/auth/logout') continue; // it would end the fuzzing session
      const requests =
        method === 'POST'
          ? bodies().map((b, i) => ({
              url: fill(path, i),
              init: { method, headers: { 'content-type': b.type ?? 'application/json' }, body: b.raw },
              label: b.label,
            }))
          : QUERIES.map((q, i) => ({ url: `${fill(path, i)}${q}`, init: { method }, label: q }));
      for (const r of requests) {
        const res = await h.admin.raw(r.url, r.init);
        sent++;
        const type = res.headers.get('content-type') ?? '';
        const text = JSON.stringify(res.body);
        if (
          res.status >= 500 ||
          (res.status >= 400 && !type.includes('application/problem+json')) ||
          /\bat [\w.<>]+ \(|node_modules|QueryFailedError|syntax error at/.test(text)
        ) {
          bad.push(`${method} ${r.url} [${r.label}] → ${res.status} ${type} ${text.slice(0, 160)}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(await eventCount()).toBe(before);
    expect(sent).toBeGreaterThan(500);
    const [{ n }] = await h.infra.dataSource.query(`select count(*)::int as n from app.users`);
    expect(n).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);
});
