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
});
