import type { Message } from '@kn/shared';
import { planDemo, seedDemo, SYSTEM_CAST } from './index.js';

const TODAY = '2026-11-30';

async function dryRun(
  seed: number,
  households: number,
  householdsInOnePass = false,
): Promise<{ counts: Record<string, number>; streams: Map<string, Message[]> }> {
  const streams = new Map<string, Message[]>();
  await seedDemo(
    {
      pipeline: null,
      vault: null,
      cast: SYSTEM_CAST,
      observe: (id, events) => streams.set(id, [...(streams.get(id) ?? []), ...events]),
    },
    { seed, households, today: TODAY, householdsInOnePass },
  );
  const counts: Record<string, number> = {};
  for (const events of streams.values()) for (const e of events) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return { counts, streams };
}

describe('demo province generator (dry run through the deciders)', () => {
  it('is deterministic: the same seed gives the same streams, event types, counts and data', async () => {
    const a = await dryRun(7, 150);
    const b = await dryRun(7, 150);
    expect(b.counts).toEqual(a.counts);
    expect([...b.streams.keys()]).toEqual([...a.streams.keys()]);
    expect(JSON.stringify([...b.streams.entries()])).toBe(JSON.stringify([...a.streams.entries()]));
  });

  it('decides every stream the same when each household is told in one pass (the bulk import) as in phases', async () => {
    const phased = await dryRun(7, 150);
    const onePass = await dryRun(7, 150, true);
    const sorted = (m: Map<string, Message[]>) => JSON.stringify([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(sorted(onePass.streams)).toBe(sorted(phased.streams));
  });

  it('a different seed tells a different story', async () => {
    const a = await dryRun(7, 100);
    const c = await dryRun(8, 100);
    expect([...c.streams.keys()]).not.toEqual([...a.streams.keys()]);
  });

  it('follows the seed: target communes, one left unpaired, organisations of every kind, pairings from 197-TB/VPTU', () => {
    const plan = planDemo(2013, 100, SYSTEM_CAST, TODAY);
    expect(plan.territory.communes.length).toBeGreaterThanOrEqual(55);
    expect(plan.territory.targets.length).toBe(20);
    const paired = new Set(plan.pairings.map((p) => p.commune.id));
    expect(plan.territory.targets.filter((c) => !paired.has(c.id)).map((c) => c.name)).toEqual(['Suối Kiết']);
    expect(new Set(plan.organizations.map((o) => o.row.kind)).size).toBe(8);
    expect(plan.pairings.filter((p) => p.decisionRef === '197-TB/VPTU' && p.establishedOn >= '2013-07-23').length).toBe(
      18,
    );
  });

  it('has every activity kind, the 2013–2015 years gift-heavy and one-way, later years more stays and commune initiative', async () => {
    const { streams } = await dryRun(2013, 50);
    const activities = [...streams.values()]
      .flat()
      .filter(
        (e) =>
          e.type.endsWith('Conducted') ||
          [
            'GiftDelivered',
            'ExchangeHeld',
            'OutreachSessionHeld',
            'ImmersionStayCompleted',
            'VolunteerWorkDone',
          ].includes(e.type),
      ) as Message<string, { occurredOn: string; initiator: string }>[];
    expect(new Set(activities.map((a) => a.type)).size).toBe(7);
    const share = (from: string, to: string, test: (a: (typeof activities)[number]) => boolean) => {
      const inYears = activities.filter((a) => a.data.occurredOn >= from && a.data.occurredOn < to);
      return inYears.filter(test).length / inYears.length;
    };
    expect(share('2013', '2016', (a) => a.type === 'GiftDelivered')).toBeGreaterThan(
      share('2022', '2026', (a) => a.type === 'GiftDelivered') + 0.15,
    );
    expect(share('2022', '2026', (a) => a.type === 'ImmersionStayCompleted')).toBeGreaterThan(
      share('2013', '2016', (a) => a.type === 'ImmersionStayCompleted') * 3,
    );
    expect(share('2022', '2026', (a) => a.data.initiator === 'commune')).toBeGreaterThan(
      share('2013', '2016', (a) => a.data.initiator === 'commune') * 3,
    );
  });

  it('reviews households under the standard for the next year (SPEC §2.7), with exits, relapses and commitments in every state', async () => {
    const { counts, streams } = await dryRun(2013, 600);
    const assessed = [...streams.values()].flat().filter((e) => e.type === 'PovertyAssessed') as Message<
      string,
      { reviewYear: number; standard: string; classification: string }
    >[];
    const standardOf = (y: number) =>
      new Set(assessed.filter((a) => a.data.reviewYear === y).map((a) => a.data.standard));
    expect([...standardOf(2014)]).toEqual(['QD09_2011']);
    expect([...standardOf(2015)]).toEqual(['QD59_2015']);
    expect([...standardOf(2021)]).toEqual(['ND07_2021']);
    expect([...standardOf(2018)]).toEqual(['QD59_2015']);
    expect([...standardOf(2023)]).toEqual(['ND07_2021']);
    expect([...standardOf(2026)]).toEqual(['ND351_2025']);
    const poorShare = (y: number) =>
      assessed.filter((a) => a.data.reviewYear === y && a.data.classification === 'poor').length /
      assessed.filter((a) => a.data.reviewYear === y).length;
    expect(poorShare(2021)).toBeLessThan(poorShare(2016));
    expect(poorShare(2025)).toBeLessThan(poorShare(2022));
    const transitions = new Set(
      [...streams.values()]
        .flat()
        .filter((e) => e.type === 'PovertyStatusChanged')
        .map((e) => (e.data as { transition: string }).transition),
    );
    expect(transitions).toEqual(
      new Set(['newly_poor', 'exited_poverty', 'relapsed', 'became_near_poor', 'exited_near_poverty']),
    );
    for (const type of [
      'SupportCommitted',
      'SupportDelivered',
      'SupportCommitmentFulfilled',
      'SupportCommitmentCancelled',
      'HouseholdTransferred',
    ])
      expect(counts[type]).toBeGreaterThan(0);
  });
});

describe('demo province: the 2025 reform and the story up to today', () => {
  let run: Awaited<ReturnType<typeof dryRun>>;
  beforeAll(async () => {
    run = await dryRun(2013, 400);
  });
  const all = () => [...run.streams.values()].flat() as Message<string, Record<string, unknown>>[];
  const plan = planDemo(2013, 400, SYSTEM_CAST, TODAY);

  it('merges Bình Thuận, Lâm Đồng and Đắk Nông into Lâm Đồng, ends the districts and moves their communes under it', () => {
    const t = plan.territory;
    const province = run.streams.get(`adminunit-${t.mergedProvince.id}`) ?? [];
    expect(province.map((e) => e.type)).toEqual(['AdministrativeUnitEstablished', 'AdministrativeUnitsMerged']);
    expect(province[0].data).toMatchObject({ name: 'Lâm Đồng', kind: 'province', establishedOn: '2025-07-01' });
    expect(run.streams.get(`adminunit-${t.province.id}`)?.at(-1)).toMatchObject({
      type: 'AdministrativeUnitMergedInto',
      data: { successorId: t.mergedProvince.id },
    });
    for (const d of t.districts)
      expect(run.streams.get(`adminunit-${d.id}`)?.at(-1)).toMatchObject({
        type: 'AdministrativeUnitDissolved',
        data: { childrenToId: t.mergedProvince.id },
      });
    const unmerged = t.communes.filter((c) => c.successorId === c.id);
    expect(unmerged.length).toBeGreaterThan(0);
    for (const c of unmerged)
      expect(run.streams.get(`adminunit-${c.id}`)?.at(-1)).toMatchObject({
        type: 'AdministrativeUnitReparented',
        data: { toParentId: t.mergedProvince.id },
      });
  });

  it('follows the confirmed groups of the plan: Phan Dũng + Phong Phú → Tuy Phong; Phan Hòa + Phan Hiệp + Phan Rí Thành → Bắc Bình', () => {
    const t = plan.territory;
    const group = (name: string) =>
      t.communes
        .filter((c) => c.successorId === t.merges.find((m) => m.successor.name === name)?.successor.id)
        .map((c) => c.name);
    expect(group('Tuy Phong')).toEqual(['Phan Dũng', 'Phong Phú']);
    expect(group('Bắc Bình')).toEqual(['Phan Hòa', 'Phan Hiệp', 'Phan Rí Thành']);
    expect(group('Phan Rí Cửa')).toEqual(['Chí Công', 'Hòa Minh']);
  });

  it('moves thôn Nha Mé from Phong Phú to Chí Công, its households with it, then on with Chí Công into Phan Rí Cửa', () => {
    const { village, from, to } = plan.territory.villageTransfer;
    expect([village.name, from.name, to.name]).toEqual(['Thôn Nha Mé', 'Phong Phú', 'Chí Công']);
    const moves = run.streams
      .get(`adminunit-${village.id}`)
      ?.filter((e) => e.type === 'AdministrativeUnitReparented')
      .map((e) => (e.data as { toParentId: string }).toParentId);
    expect(moves).toEqual([to.id, to.successorId]);
    const transfers = all().filter(
      (e) => e.type === 'HouseholdTransferred' && e.data.fromCommuneId === from.id && e.data.toCommuneId === to.id,
    );
    expect(transfers.length).toBeGreaterThan(0);
  });

  it('reaches today: activities and plans of 2026, projects under way, the 2026 review', () => {
    const events = all();
    expect(
      events.filter((e) => typeof e.data.occurredOn === 'string' && (e.data.occurredOn as string).startsWith('2026-11'))
        .length,
    ).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'PairingPlanAdopted' && e.data.year === 2026).length).toBeGreaterThan(5);
    expect(events.filter((e) => e.type === 'PovertyAssessed' && e.data.reviewYear === 2026).length).toBeGreaterThan(
      100,
    );
    const dates = events.flatMap((e) =>
      Object.entries(e.data)
        .filter(([k, v]) => k.endsWith('On') && typeof v === 'string' && /^\d{4}-/.test(v))
        .map(([, v]) => v as string),
    );
    expect(dates.filter((d) => d.startsWith('2026')).length).toBeGreaterThan(100);
  });

  it("drafts each past year's annual report in December with all four written sections; the current year not before 15 December", () => {
    const drafted = [...run.streams.entries()].filter(([id]) => id.startsWith('report-'));
    expect(drafted.map(([id]) => id).sort()).toEqual(
      Array.from({ length: 2025 - 2013 + 1 }, (_, i) => `report-${2013 + i}`).sort(),
    );
    for (const [id, events] of drafted) {
      expect(events.map((e) => e.type)).toEqual(['ReportDrafted']);
      const { sections, draftedOn } = events[0].data as { sections: Record<string, string>; draftedOn: string };
      expect(draftedOn).toBe(`${id.slice('report-'.length)}-12-15`);
      for (const section of ['limitations', 'causes', 'directions', 'recommendations'])
        expect(sections[section]).toMatch(/^- \S/);
    }
  });

  it('counts every commune’s households for every year up to the current one, successors from the merger on', () => {
    const counts = all().filter((e) => e.type === 'HouseholdCountRecorded');
    const years = new Set(counts.map((e) => e.data.year));
    for (let y = 2013; y <= 2026; y++) expect(years).toContain(y);
    const successors = new Set(plan.territory.merges.map((m) => m.successor.id));
    const mergedAway = new Set(plan.territory.merges.flatMap((m) => m.predecessorIds));
    const of2026 = counts.filter((e) => e.data.year === 2026);
    expect(of2026.filter((e) => successors.has(e.data.communeId as string)).length).toBeGreaterThan(0);
    expect(of2026.filter((e) => mergedAway.has(e.data.communeId as string))).toEqual([]);
  });

  it('merges Sở NN&PTNT + Sở TN&MT and Ban Tuyên giáo + Ban Dân vận on 2025-03-01, their pairings and open commitments passing over', () => {
    const byName = (n: string) => plan.organizations.find((o) => o.row.name === n);
    for (const [successor, predecessors] of [
      ['Sở Nông nghiệp và Môi trường', ['SNN', 'STNMT']],
      ['Ban Tuyên giáo và Dân vận Tỉnh ủy', ['BTG', 'BDV']],
    ] as const) {
      const o = byName(successor);
      expect(run.streams.get(`organization-${o?.id}`)?.map((e) => e.type)).toEqual([
        'OrganizationRegistered',
        'OrganizationsMerged',
      ]);
      for (const short of predecessors) {
        const p = plan.organizations.find((x) => x.row.shortName === short);
        expect(run.streams.get(`organization-${p?.id}`)?.at(-1)).toMatchObject({
          type: 'OrganizationMergedInto',
          data: { successorId: o?.id, effectiveOn: '2025-03-01' },
        });
      }
    }
    const handedOver = all().filter((e) => e.type === 'PairingHandedOver');
    expect(handedOver.length).toBeGreaterThanOrEqual(2);
    expect(all().filter((e) => e.type === 'SupportSponsorHandedOver').length).toBeGreaterThan(0);
  });
});
