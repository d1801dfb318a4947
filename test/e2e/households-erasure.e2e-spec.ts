import { startApi, type Harness } from '../support/api-harness.js';

describe('household personal-data erasure and commune merges over HTTP', () => {
  let h: Harness;
  let communeId: string;
  const commune = async (name: string, code: string) =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name,
        code,
        parentId: null,
        classifications: ['ethnic_minority_commune'],
        establishedOn: '2013-01-01',
      })
    ).body.id as string;
  const register = async (code: string, fullName: string, inCommune = communeId) => {
    const r = await h.admin.post('/api/households', {
      communeId: inCommune,
      villageId: null,
      code,
      head: { fullName, birthYear: 1980, gender: 'male', idNumber: `ID-${code}-77341` },
      ethnicity: 'Chăm',
      memberCount: 3,
      area: 'rural',
      registeredOn: '2016-03-01',
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  /** Every place the text could hide: every event's data and metadata, and every row of every app and rm table. */
  const occurrences = async (text: string): Promise<string[]> => {
    const db = h.infra.dataSource;
    const found: string[] = [];
    const [{ n }] = await db.query(
      `select count(*)::int as n from event_store.events where data::text like '%' || $1 || '%' or metadata::text like '%' || $1 || '%'`,
      [text],
    );
    if (n > 0) found.push('event_store.events');
    const tables: { schema: string; name: string }[] = await db.query(
      `select schemaname as schema, tablename as name from pg_tables where schemaname in ('app', 'rm', 'event_store')`,
    );
    for (const t of tables) {
      const [{ m }] = await db.query(
        `select count(*)::int as m from "${t.schema}"."${t.name}" x where row_to_json(x)::text like '%' || $1 || '%'`,
        [text],
      );
      if (m > 0) found.push(`${t.schema}.${t.name}`);
    }
    return found;
  };

  beforeAll(async () => {
    h = await startApi();
    communeId = await commune('Phan Thanh', '22940');
  });
  afterAll(async () => h?.close());

  it('erases the head personal data: unreadable everywhere, history and figures unchanged, the chain intact', async () => {
    const fullName = 'Đàng Văn Xuyến Erasure';
    const id = await register('PT-0001', fullName);
    await h.admin.post(`/api/households/${id}/assessments`, {
      reviewYear: 2018,
      assessedOn: '2018-11-15',
      incomePerCapitaVnd: 650_000,
      deprivations: [],
    });
    await h.settle();
    expect((await h.admin.get(`/api/households/${id}`)).body.head.fullName).toBe(fullName);
    expect(await occurrences('Xuyến')).toEqual([]);
    const before = (await h.admin.get(`/api/households/${id}/timeline`)).body.items;
    const dynamicsBefore = (await h.admin.get(`/api/poverty-dynamics?year=2018&communeId=${communeId}`)).body;

    const beforeErasure = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    expect((await h.admin.post(`/api/households/${id}/erase-personal-data`, {})).status).toBe(400);
    expect((await h.admin.post(`/api/households/${id}/erase-personal-data`, { reason: '   ' })).status).toBe(400);
    const supervisor = await h.userWith('supervisor');
    const erased = await supervisor.post(`/api/households/${id}/erase-personal-data`, {
      reason: 'Yêu cầu xóa dữ liệu theo Nghị định 13/2023',
    });
    expect(erased.status).toBe(200);
    await h.settle();

    const one = (await h.admin.get(`/api/households/${id}`)).body;
    expect([one.head, one.erased, one.status]).toEqual(['erased', true, 'poor']);
    // Even the record as it stood before the erasure can no longer be opened.
    const asOfBefore = await h.admin.get(`/api/households/${id}?asOf=${encodeURIComponent(beforeErasure)}`);
    expect([asOfBefore.body.erased, asOfBefore.body.head]).toEqual([false, 'erased']);
    const after = (await h.admin.get(`/api/households/${id}/timeline`)).body.items;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ type: 'HouseholdPersonalDataErased' });
    expect((await h.admin.get(`/api/poverty-dynamics?year=2018&communeId=${communeId}`)).body).toEqual(dynamicsBefore);
    expect(await occurrences('PT-0001')).toContain('rm.household_register'); // the search does find what is there
    for (const part of ['Xuyến', 'Đàng Văn', `ID-PT-0001-77341`]) expect(await occurrences(part)).toEqual([]);
    const [key] = await h.infra.dataSource.query(
      `select key, destroyed_at from app.personal_data_keys where key_id = $1`,
      [id],
    );
    expect([key.key, key.destroyed_at]).toEqual([null, expect.any(Date)]);

    const again = await h.admin.post(`/api/households/${id}/erase-personal-data`, { reason: 'lần nữa' });
    expect([again.status, again.body.code]).toEqual([409, 'household.personal_data_already_erased']);
    await h.infra.store.seal();
    expect((await h.infra.store.verify()).ok).toBe(true);
  });

  it('moves the households of a merged commune to the successor, caused by the merge event', async () => {
    const a = await commune('Sông Lũy', 'SL1');
    const b = await commune('Phan Tiến', 'PT1');
    const first = await register('SL-0001', 'Hộ một', a);
    const second = await register('SL-0002', 'Hộ hai', a);
    const elsewhere = await register('PT-0002', 'Hộ ba', communeId);
    const m = await h.admin.post('/api/admin-units/merges', {
      predecessorIds: [a, b],
      successor: { kind: 'commune', name: 'Sông Lũy', code: 'SLM', parentId: null },
      effectiveOn: '2025-07-01',
      decisionRef: '1666/NQ-UBTVQH15',
    });
    expect(m.status).toBe(201);
    const [merged] = await h.infra.dataSource.query(
      `select event_id from event_store.events where stream_id = $1 and type = 'AdministrativeUnitMergedInto'`,
      [`adminunit-${a}`],
    );
    const transferred = async () =>
      h.infra.dataSource.query(
        `select stream_id, data, metadata from event_store.events where type = 'HouseholdTransferred' and stream_id = any($1) order by stream_id`,
        [[`household-${first}`, `household-${second}`, `household-${elsewhere}`]],
      );
    const deadline = Date.now() + 15_000;
    while ((await transferred()).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const events = await transferred();
    expect(events.map((e: { stream_id: string }) => e.stream_id).sort()).toEqual(
      [`household-${first}`, `household-${second}`].sort(),
    );
    for (const e of events) {
      expect(e.data).toEqual({
        fromCommuneId: a,
        toCommuneId: m.body.id,
        effectiveOn: '2025-07-01',
        mergeDecisionRef: '1666/NQ-UBTVQH15',
      });
      expect(e.metadata).toMatchObject({
        causationId: merged.event_id,
        commandName: 'TransferHousehold',
        actor: { username: 'system' },
      });
    }
    await h.settle();
    expect((await h.admin.get(`/api/households/${first}`)).body.communeId).toBe(m.body.id);
    expect((await h.admin.get(`/api/households/${elsewhere}`)).body.communeId).toBe(communeId);
    expect((await h.admin.get(`/api/households?communeId=${m.body.id}`)).body.total).toBe(2);
  });
});
