import { rebuildReadModels } from '@kn/platform';
import { projectionsAll } from '../../apps/api/src/contexts.js';
import { startApi, type Harness } from '../support/api-harness.js';

describe('household search through the blind index, duplicates and merges over HTTP', () => {
  let h: Harness;
  let communeA: string;
  let communeB: string;
  const commune = async (name: string, code: string) =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name,
        code,
        parentId: null,
        classifications: [],
        establishedOn: '2013-01-01',
      })
    ).body.id as string;
  const registration = (
    code: string,
    fullName: string,
    communeId: string,
    birthYear: number | null = 1975,
    idNumber: string | null = null,
  ) => ({
    communeId,
    villageId: null,
    code,
    head: { fullName, birthYear, gender: 'female', idNumber },
    ethnicity: 'Kinh',
    memberCount: 4,
    area: 'rural',
    registeredOn: '2019-02-01',
  });
  const register = async (...args: Parameters<typeof registration>) => {
    const r = await h.admin.post('/api/households', registration(...args));
    expect(r.status).toBe(201);
    return r.body as { id: string; possibleDuplicates: { id: string; code: string; communeId: string }[] };
  };
  const codes = async (q: string, client = h.admin) => {
    const r = await client.get(`/api/households?q=${encodeURIComponent(q)}&limit=200`);
    expect(r.status).toBe(200);
    return (r.body.items as { code: string }[]).map((i) => i.code).sort();
  };

  beforeAll(async () => {
    h = await startApi();
    communeA = await commune('Tân Lập', '31001');
    communeB = await commune('Hòa Bình', '31002');
    await register('TL-0001', 'Nguyễn Thị Ánh', communeA);
    await register('TL-0002', 'ĐINH văn  Hùng', communeA, 1960);
    await register('TL-0003', 'Nguyễn Văn Hùng', communeA, 1990);
    await register('HB-0001', 'Trần Thị Ánh Nguyệt', communeB);
    await h.settle();
  });
  afterAll(async () => h?.close());

  it('finds a household by the head name without diacritics, in any case; every word must match', async () => {
    expect(await codes('nguyen thi anh')).toEqual(['TL-0001']);
    expect(await codes('DINH HUNG')).toEqual(['TL-0002']);
    expect(await codes('hùng')).toEqual(['TL-0002', 'TL-0003']);
    expect(await codes('anh')).toEqual(['HB-0001', 'TL-0001']);
    expect(await codes('nguyen')).toEqual(['TL-0001', 'TL-0003']);
    expect(await codes('hung thi')).toEqual([]);
  });

  it('finds a household by its code: exact or prefix, any case', async () => {
    expect(await codes('TL-0002')).toEqual(['TL-0002']);
    expect(await codes('tl-')).toEqual(['TL-0001', 'TL-0002', 'TL-0003']);
    expect(await codes('HB')).toEqual(['HB-0001']);
    expect(await codes('%')).toEqual([]);
  });

  it('keeps the list scope and paging: a commune officer finds only their commune, total counts the matches', async () => {
    const officer = await h.userWith('commune_officer', { communeId: communeB });
    expect(await codes('anh', officer)).toEqual(['HB-0001']);
    const page = await h.admin.get('/api/households?q=nguyen&limit=1&offset=1');
    expect([page.status, page.body.total, page.body.items.length]).toEqual([200, 2, 1]);
    expect(
      (await h.admin.get(`/api/households?q=anh&communeId=${communeA}`)).body.items.map((i: any) => i.code),
    ).toEqual(['TL-0001']);
  });

  it('refuses a blank or overlong query with a 400', async () => {
    expect((await h.admin.get('/api/households?q=')).status).toBe(400);
    expect((await h.admin.get(`/api/households?q=${'a'.repeat(201)}`)).status).toBe(400);
  });

  it('stores no name in clear in the index; erasure removes the entries, and a rebuild does not bring them back', async () => {
    const { id } = await register('TL-0009', 'Phạm Thị Xoan', communeA);
    await h.settle();
    const rows = async () =>
      (
        await h.infra.dataSource.query(`select count(*)::int as n from rm.household_search where household_id = $1`, [
          id,
        ])
      )[0].n as number;
    expect(await rows()).toBe(4);
    const [{ n: clear }] = await h.infra.dataSource.query(
      `select count(*)::int as n from rm.household_search where token ilike '%xoan%'`,
    );
    expect(clear).toBe(0);
    expect(await codes('xoan')).toEqual(['TL-0009']);
    const supervisor = await h.userWith('supervisor');
    expect((await supervisor.post(`/api/households/${id}/erase-personal-data`, { reason: 'Yêu cầu xóa' })).status).toBe(
      200,
    );
    await h.settle();
    expect(await rows()).toBe(0);
    expect(await codes('xoan')).toEqual([]);
    await rebuildReadModels(h.infra.dataSource, h.infra.store, projectionsAll(h.infra));
    expect(await rows()).toBe(0);
    expect(await codes('xoan')).toEqual([]);
    // The rebuild re-opened every other head with its key: search still works.
    expect(await codes('nguyen thi anh')).toEqual(['TL-0001']);
  });

  describe('possible duplicates at registration', () => {
    it('warns of the same normalised name and birth year in the same commune, and still registers', async () => {
      const first = await register('TL-0101', 'Lò Thị Mai', communeA, 1982);
      await h.settle();
      const again = await register('TL-0102', '  LO thi   MAI ', communeA, 1982);
      expect(again.possibleDuplicates).toEqual([{ id: first.id, code: 'TL-0101', communeId: communeA }]);
      // The second household exists: a warning, not a refusal.
      await h.settle();
      expect((await h.admin.get(`/api/households/${again.id}`)).status).toBe(200);
    });

    it('does not warn for another birth year, another commune or an unknown birth year', async () => {
      await register('TL-0201', 'Vi Văn Sáu', communeA, 1970);
      await h.settle();
      expect((await register('TL-0202', 'Vi Văn Sáu', communeA, 1971)).possibleDuplicates).toEqual([]);
      expect((await register('HB-0202', 'Vi Văn Sáu', communeB, 1970)).possibleDuplicates).toEqual([]);
      expect((await register('TL-0203', 'Vi Văn Sáu', communeA, null)).possibleDuplicates).toEqual([]);
    });

    it('warns of the same ID number in any commune, whatever its separators', async () => {
      const first = await register('TL-0301', 'Hà Văn Bảy', communeA, 1965, '079 165 000 321');
      await h.settle();
      const other = await register('HB-0301', 'Hà Thị Tám', communeB, 1990, '079165000321');
      expect(other.possibleDuplicates).toEqual([{ id: first.id, code: 'TL-0301', communeId: communeA }]);
    });
  });

  describe('merging a duplicate into the household that stays', () => {
    const assess = (id: string, reviewYear: number) =>
      h.admin.post(`/api/households/${id}/assessments`, {
        reviewYear,
        assessedOn: `${reviewYear}-11-15`,
        incomePerCapitaVnd: 500_000,
        deprivations: [],
      });
    /** Under NĐ 07 an income under the line without deprivations is near-poor. */
    const nearPoor = async (year: number, communeId: string) =>
      (await h.admin.get(`/api/dashboard?year=${year}&communeId=${communeId}`)).body.households.nearPoor as number;

    it('a supervisor merges: events on both streams, the duplicate read-only and unlisted, one timeline, counted once', async () => {
      const communeC = await commune('Xuân Phú', '31003');
      const survivor = await register('XP-0001', 'Lương Văn Tư', communeC, 1955);
      await h.settle();
      const duplicate = await register('XP-0002', 'Lương Văn Tư', communeC, 1955);
      expect(duplicate.possibleDuplicates.map((d) => d.id)).toEqual([survivor.id]);
      expect((await assess(survivor.id, 2021)).status).toBe(200);
      expect((await assess(duplicate.id, 2021)).status).toBe(200);
      await h.settle();
      expect(await nearPoor(2021, communeC)).toBe(2);

      const body = { survivorId: survivor.id, reason: 'Hộ đăng ký hai lần' };
      const officer = await h.userWith('commune_officer', { communeId: communeC });
      expect((await officer.post(`/api/households/${duplicate.id}/merge-into`, body)).status).toBe(403);
      expect((await h.admin.post(`/api/households/${duplicate.id}/merge-into`, body)).status).toBe(403);
      const supervisor = await h.userWith('supervisor');
      expect(
        (await supervisor.post(`/api/households/${duplicate.id}/merge-into`, { survivorId: survivor.id })).status,
      ).toBe(400);
      const merged = await supervisor.post(`/api/households/${duplicate.id}/merge-into`, body);
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({ id: duplicate.id, survivorId: survivor.id });

      const dupEvents = await h.infra.store.readStream(`household-${duplicate.id}`);
      const survEvents = await h.infra.store.readStream(`household-${survivor.id}`);
      expect(dupEvents.at(-1)).toMatchObject({
        type: 'HouseholdMergedInto',
        data: { survivorId: survivor.id, reason: 'Hộ đăng ký hai lần' },
        metadata: { commandName: 'MergeHouseholdInto', actor: { role: 'supervisor' } },
      });
      expect(survEvents.at(-1)).toMatchObject({
        type: 'HouseholdAbsorbed',
        data: { duplicateId: duplicate.id, reason: 'Hộ đăng ký hai lần' },
      });
      expect(survEvents.at(-1)!.metadata.causationId).toBe(dupEvents.at(-1)!.metadata.causationId);

      // Read-only from now on, with a clear 409.
      const members = await h.admin.post(`/api/households/${duplicate.id}/members`, {
        memberCount: 2,
        effectiveOn: '2024-01-01',
      });
      expect([members.status, members.body.code]).toEqual([409, 'household.merged']);
      await h.settle();
      // Unlisted, not a duplicate candidate, not found by name; its page names the survivor.
      expect(await codes('XP-')).toEqual(['XP-0001']);
      expect(await codes('luong van tu')).toEqual(['XP-0001']);
      expect((await h.admin.get(`/api/households/${duplicate.id}`)).body.mergedInto).toBe(survivor.id);
      expect((await h.admin.get(`/api/households/${survivor.id}`)).body.mergedInto).toBeNull();
      expect((await register('XP-0003', 'Lương Văn Tư', communeC, 1955)).possibleDuplicates.map((d) => d.id)).toEqual([
        survivor.id,
      ]);
      // The survivor's timeline carries both histories; the dashboard counts the family once.
      const timeline = (await h.admin.get(`/api/households/${survivor.id}/timeline`)).body.items as any[];
      expect(timeline.filter((i) => i.type === 'HouseholdRegistered').map((i) => i.householdCode ?? 'self')).toEqual([
        'self',
        'XP-0002',
      ]);
      expect(timeline.map((i) => i.type)).toEqual(expect.arrayContaining(['HouseholdAbsorbed', 'HouseholdMergedInto']));
      expect(timeline.find((i) => i.type === 'HouseholdMergedInto')).toMatchObject({ householdId: duplicate.id });
      expect(await nearPoor(2021, communeC)).toBe(1);
      // The audit trail says so in Vietnamese.
      const audit = await h.admin.get(`/api/audit/events?type=HouseholdMergedInto`);
      expect(audit.body.items[0].title).toMatch(
        /^Gộp hộ XP-0002 \(đăng ký trùng\) vào hộ XP-0001 ngày \d\d\/\d\d\/\d{4}: Hộ đăng ký hai lần$/,
      );
    });

    it('refuses: 404 unknown, 409 into itself, already merged, into a merged or an erased household', async () => {
      const communeD = await commune('Xuân Lộc', '31004');
      const supervisor = await h.userWith('supervisor');
      const a = await register('XL-0001', 'Mai Văn Một', communeD);
      const b = await register('XL-0002', 'Mai Văn Hai', communeD);
      const c = await register('XL-0003', 'Mai Văn Ba', communeD);
      const e = await register('XL-0004', 'Mai Văn Bốn', communeD);
      await supervisor.post(`/api/households/${e.id}/erase-personal-data`, { reason: 'Yêu cầu xóa' });
      const merge = (dup: string, survivorId: string) =>
        supervisor.post(`/api/households/${dup}/merge-into`, { survivorId, reason: 'Trùng' });
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await merge(a.id, unknown)).status).toBe(404);
      expect((await merge(unknown, a.id)).status).toBe(404);
      const itself = await merge(a.id, a.id);
      expect([itself.status, itself.body.code]).toEqual([409, 'household.merge_into_itself']);
      const erased = await merge(a.id, e.id);
      expect([erased.status, erased.body.code]).toEqual([409, 'household.survivor_erased']);
      expect((await merge(b.id, a.id)).status).toBe(200);
      const again = await merge(b.id, c.id);
      expect([again.status, again.body.code]).toEqual([409, 'household.already_merged']);
      const intoMerged = await merge(c.id, b.id);
      expect([intoMerged.status, intoMerged.body.code]).toEqual([409, 'household.survivor_merged']);
      // Nothing was appended by the refusals.
      expect((await h.infra.store.readStream(`household-${c.id}`)).map((x) => x.type)).toEqual(['HouseholdRegistered']);
    });

    it('two crossing merges cannot both pass: one of them is refused', async () => {
      const communeE = await commune('Xuân Thọ', '31005');
      const supervisor = await h.userWith('supervisor');
      const a = await register('XT-0001', 'Đỗ Văn A', communeE);
      const b = await register('XT-0002', 'Đỗ Văn B', communeE);
      const [ab, ba] = await Promise.all([
        supervisor.post(`/api/households/${a.id}/merge-into`, { survivorId: b.id, reason: 'Trùng' }),
        supervisor.post(`/api/households/${b.id}/merge-into`, { survivorId: a.id, reason: 'Trùng' }),
      ]);
      expect([ab.status, ba.status].sort()).toEqual([200, 409]);
    });
  });
});
