import { startApi, type Harness } from '../support/api-harness.js';

describe('audit trail over HTTP', () => {
  let h: Harness;
  let unitId: string;
  beforeAll(async () => {
    h = await startApi();
    const u = await h.admin.post('/api/admin-units', {
      kind: 'commune',
      name: 'Phan Sơn',
      code: '22912',
      parentId: null,
      classifications: [],
      establishedOn: '2013-01-01',
    });
    unitId = u.body.id;
    await h.admin.post(`/api/admin-units/${unitId}/rename`, { name: 'Phan Sơn mới', effectiveOn: '2020-01-01' });
    await h.admin.post(`/api/admin-units/${unitId}/classifications`, {
      add: ['ethnic_minority_commune'],
      remove: [],
      effectiveOn: '2020-01-01',
    });
    await h.admin.post(`/api/admin-units/${unitId}/rename`, { name: 'Phan Sơn mới', effectiveOn: '2021-01-01' }); // refused: same name
    await h.settle();
  });
  afterAll(async () => h?.close());

  it('shows a stream with actor, command, hashes and a field-level diff per event', async () => {
    const auditor = await h.userWith('auditor');
    const r = await auditor.get(`/api/audit/streams/adminunit-${unitId}`);
    expect(r.status).toBe(200);
    const [first, second, third] = r.body.events;
    expect(r.body.events).toHaveLength(3);
    expect(first).toMatchObject({
      revision: 0,
      type: 'AdministrativeUnitEstablished',
      prevHash: null,
      metadata: { actor: { username: 'admin' }, commandName: 'EstablishAdministrativeUnit' },
    });
    expect(second.prevHash).toBe(first.hash);
    expect(second.changes).toEqual(
      expect.arrayContaining([{ path: 'name', before: 'Phan Sơn', after: 'Phan Sơn mới' }]),
    );
    expect(third.changes).toEqual(
      expect.arrayContaining([{ path: 'classifications.0', before: null, after: 'ethnic_minority_commune' }]),
    );
  });

  it('pages the event index with filters and a cursor', async () => {
    const page1 = await h.admin.get('/api/audit/events?actor=admin&limit=2&order=asc');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.next).toMatch(/^\d+:\d+$/);
    const page2 = await h.admin.get(`/api/audit/events?actor=admin&limit=2&order=asc&after=${page1.body.next}`);
    expect(page2.body.items[0].position).toBeGreaterThan(page1.body.items[1].position);
    const newest = await h.admin.get('/api/audit/events?actor=admin&limit=2');
    expect(newest.body.items[0].position).toBeGreaterThan(newest.body.items[1].position);
    const older = await h.admin.get(`/api/audit/events?actor=admin&limit=2&after=${newest.body.next}`);
    expect(older.body.items[0].position).toBeLessThan(newest.body.items[1].position);
    const renames = await h.admin.get('/api/audit/events?type=AdministrativeUnitRenamed');
    expect(renames.body.items.map((i: { streamId: string }) => i.streamId)).toEqual([`adminunit-${unitId}`]);
    expect((await h.admin.get('/api/audit/events?after=garbage')).status).toBe(400);
  });

  it('verifies the hash chain and lists refused commands', async () => {
    const v = await h.admin.get('/api/audit/verify');
    const [{ n }] = await h.infra.dataSource.query(`select count(*)::int as n from event_store.events`);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(v.body).toMatchObject({ ok: true, checked: n, firstBroken: null });
    expect(v.body.headHash).toMatch(/^[0-9a-f]{64}$/);
    const rejected = await h.admin.get('/api/audit/rejected-commands');
    expect(rejected.body.items[0]).toMatchObject({
      username: 'admin',
      commandName: 'RenameAdministrativeUnit',
      status: 409,
      code: 'admin_unit.name_must_change',
    });
  });

  it('reads as sentences naming each unit as it was called then, newest first', async () => {
    const auditor = await h.userWith('auditor');
    const r = await auditor.get(`/api/audit/events?entityId=${unitId}`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Thay đổi phân loại của xã Phan Sơn mới từ ngày 01/01/2020',
      'Đổi tên xã Phan Sơn thành "Phan Sơn mới" từ ngày 01/01/2020',
      'Thành lập xã Phan Sơn (mã 22912) từ ngày 01/01/2013',
    ]);
    expect(r.body.items[2].titleEn).toBe('Established commune Phan Sơn (code 22912) on 01/01/2013');
    expect(r.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.body.items[0].prevHash).toBe(r.body.items[1].hash);
  });

  it('finds events by a name or code, with or without diacritics, as called then or now', async () => {
    const byOldName = await h.admin.get(`/api/audit/events?q=${encodeURIComponent('phan son')}`);
    expect(new Set(byOldName.body.items.map((i: { streamId: string }) => i.streamId))).toEqual(
      new Set([`adminunit-${unitId}`]),
    );
    expect(byOldName.body.items).toHaveLength(3);
    expect((await h.admin.get('/api/audit/events?q=22912')).body.items).toHaveLength(3);
    expect((await h.admin.get(`/api/audit/events?q=${encodeURIComponent('Phan Sơn mới')}`)).body.items).toHaveLength(3);
    expect((await h.admin.get('/api/audit/events?q=no-such-place')).body.items).toEqual([]);
    expect((await h.admin.get('/api/audit/events?q=%25')).body.items).toEqual([]);
    expect((await h.admin.get('/api/audit/events?order=sideways')).status).toBe(400);
    expect((await h.admin.get('/api/audit/events?format=pdf')).status).toBe(400);
  });

  it('names households by code only, also after their personal data is erased', async () => {
    const hh = await h.admin.post('/api/households', {
      communeId: unitId,
      villageId: null,
      code: 'PS-0007',
      head: { fullName: 'Lâm Thị Kiểm Toán', birthYear: 1975, gender: 'female', idNumber: 'ID-PS-0007-55123' },
      ethnicity: 'Chăm',
      memberCount: 4,
      area: 'rural',
      registeredOn: '2016-03-01',
    });
    expect(hh.status).toBe(201);
    await h.admin.post(`/api/households/${hh.body.id}/erase-personal-data`, { reason: 'Yêu cầu của chủ hộ' });
    await h.settle();
    const r = await h.admin.get(`/api/audit/events?q=PS-0007`);
    expect(r.body.items.map((i: { title: string }) => i.title)).toEqual([
      expect.stringMatching(/^Xóa dữ liệu cá nhân của hộ PS-0007 ngày /),
      'Đăng ký hộ PS-0007 tại xã Phan Sơn mới',
    ]);
    expect(JSON.stringify(r.body)).not.toMatch(/Kiểm Toán|Kiem Toan/i);
    expect((await h.admin.get(`/api/audit/events?q=${encodeURIComponent('Kiểm Toán')}`)).body.items).toEqual([]);
  });

  it("exports the filtered trail as CSV and XLSX with every event's hashes", async () => {
    const json = await h.admin.get(`/api/audit/events?entityId=adminunit-${unitId}&limit=200`);
    const csv = await h.admin.get(`/api/audit/events?entityId=adminunit-${unitId}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + json.body.items.length);
    json.body.items.forEach((item: { position: number; hash: string; title: string }, i: number) => {
      expect(lines[i + 1].startsWith(`${item.position},`)).toBe(true);
      expect(lines[i + 1]).toContain(item.hash);
      expect(lines[i + 1]).toContain(item.title.includes('"') ? item.title.replace(/"/g, '""') : item.title);
    });
    const xlsx = await fetch(`${h.baseUrl}/api/audit/events?q=22912&format=xlsx`, {
      headers: { authorization: `Bearer ${h.admin.token}` },
    });
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(4);
    const hashes = [2, 3, 4].map((r) => ws.getRow(r).getCell(12).value);
    expect(hashes).toEqual(json.body.items.map((i: { hash: string }) => i.hash));
  });

  it('is closed to staff and commune officers', async () => {
    const staff = await h.userWith('commune_officer', { communeId: unitId });
    expect((await staff.get('/api/audit/events')).status).toBe(403);
  });
});
