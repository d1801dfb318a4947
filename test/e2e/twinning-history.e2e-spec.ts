import { AutomationRunner, rebuildReadModels } from '@kn/platform';
import { projectionsAll } from '../../apps/api/src/contexts.js';
import { startApi, type Client, type Harness } from '../support/api-harness.js';

/**
 * Issue 3 "done when": three target communes, two paired; ten activities of mixed kinds, one
 * corrected and one voided; a project from proposal to hand-over; then the two paired communes
 * merge — coverage, activity counts, the activity log and the board are checked before and after.
 */
describe('a twinning history, through a merge of two paired communes', () => {
  let h: Harness;
  let supervisor: Client;
  let staff: Client;
  let doanStaff: Client;
  const ids: Record<string, string> = {};

  const commune = async (name: string, code: string, classifications = ['ethnic_minority_commune']) =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name,
        code,
        parentId: ids.province,
        classifications,
        establishedOn: '2013-01-01',
      })
    ).body.id as string;
  const ok = async (client: Client, path: string, body: Record<string, unknown>) => {
    const r = await client.post(path, body);
    expect([path, r.status]).toEqual([path, r.status === 201 ? 201 : 200]);
    return r.body as { id: string; position: number };
  };
  const activity = (kind: string, occurredOn: string, extra: Record<string, unknown> = {}) => ({
    kind,
    occurredOn,
    initiator: 'organization',
    locationAdminUnitId: null,
    locationName: 'tại xã',
    participants: { organizationMembers: 10, residents: 50 },
    summary: `${kind} ${occurredOn}`,
    ...extra,
  });
  // Each organisation's own staff records its pairings' activities (SPEC §5); the province-wide
  // figures below are read by the supervisor, who sees every organisation's pairings.
  const record = async (pairing: string, body: Record<string, unknown>) =>
    (await ok(pairing === 'doanB' ? doanStaff : staff, `/api/pairings/${ids[pairing]}/activities`, body)).id;
  const coverage = async (query = '') => (await staff.get(`/api/coverage${query}`)).body;
  const pairing = async (name: string) => (await supervisor.get(`/api/pairings/${ids[name]}`)).body;
  const allSettled = async () => {
    await h.settle();
    await h.app.get(AutomationRunner).caughtUp();
    await h.settle();
  };

  beforeAll(async () => {
    h = await startApi();
    supervisor = await h.userWith('supervisor');
    ids.province = (
      await h.admin.post('/api/admin-units', {
        kind: 'province',
        name: 'Bình Thuận',
        code: '60',
        parentId: null,
        classifications: [],
        establishedOn: '2013-01-01',
      })
    ).body.id;
    ids.A = await commune('Sông Lũy', '22901');
    ids.B = await commune('Phan Tiến', '22902');
    ids.C = await commune('Phan Lâm', '22903');
    ids.town = await commune('Phan Rí Cửa', '22904', []);
    ids.hnd = (
      await h.admin.post('/api/organizations', {
        name: 'Hội Nông dân tỉnh',
        kind: 'mass_organization',
        shortName: 'HND',
      })
    ).body.id;
    ids.doan = (
      await h.admin.post('/api/organizations', { name: 'Tỉnh đoàn', kind: 'mass_organization', shortName: 'ĐTN' })
    ).body.id;
    staff = await h.userWith('staff', { organizationId: ids.hnd });
    doanStaff = await h.userWith('staff', { organizationId: ids.doan });
    const establish = async (organizationId: string, adminUnitId: string, establishedOn: string) =>
      (
        await ok(supervisor, '/api/pairings', {
          organizationId,
          adminUnitId,
          establishedOn,
          decisionRef: '197-TB/VPTU',
        })
      ).id;
    ids.hndA = await establish(ids.hnd, ids.A, '2013-08-15');
    ids.doanB = await establish(ids.doan, ids.B, '2013-08-15');
    ids.hndB = await establish(ids.hnd, ids.B, '2014-01-10');
    ids.hndTown = await establish(ids.hnd, ids.town, '2014-01-10'); // not a target commune: never counted

    ids.stay = await record('hndA', activity('immersion_stay', '2014-05-01', { nights: 3 }));
    await record('hndA', activity('visit', '2014-02-10'));
    await record(
      'hndA',
      activity('gift', '2014-02-12', {
        items: [{ name: 'Gạo', quantity: 500, unit: 'kg', valueVnd: 7_500_000 }],
        recipient: 'households',
      }),
    );
    await record('hndA', activity('outreach', '2014-06-01', { topics: ['law', 'hygiene_environment'] }));
    await record(
      'hndA',
      activity('study_tour', '2015-03-01', {
        initiator: 'commune',
        destination: 'Đà Lạt',
        modelsStudied: ['rau sạch'],
      }),
    );
    await record('doanB', activity('visit', '2014-03-01'));
    await record('doanB', activity('exchange', '2014-04-01', { initiator: 'commune', exchangeKind: 'cultural' }));
    await record('doanB', activity('volunteer_work', '2014-07-01', { labourDays: 40 }));
    ids.duplicate = await record('doanB', activity('visit', '2015-01-05'));
    await record(
      'hndB',
      activity('gift', '2014-02-01', {
        items: [{ name: 'Chăn', quantity: 100, unit: 'cái', valueVnd: 15_000_000 }],
        recipient: 'school',
      }),
    );
    await ok(staff, `/api/pairings/${ids.hndA}/activities/${ids.stay}/corrections`, {
      changes: { nights: 4 },
      reason: 'ghi sai số đêm',
    });
    await ok(doanStaff, `/api/pairings/${ids.doanB}/activities/${ids.duplicate}/void`, { reason: 'ghi trùng' });

    ids.project = (
      await ok(staff, '/api/projects', {
        adminUnitId: ids.A,
        pairingId: ids.hndA,
        category: 'security_lighting',
        title: 'Ánh sáng an ninh',
        plannedBudgetVnd: 120_000_000,
        plannedStartOn: '2014-03-01',
        plannedEndOn: '2014-09-30',
      })
    ).id;
    const step = (action: string, body: Record<string, unknown>) =>
      ok(action === 'approve' ? supervisor : staff, `/api/projects/${ids.project}/${action}`, body);
    await step('funding', {
      kind: 'pledged',
      source: 'social_mobilization',
      amountVnd: 80_000_000,
      on: '2014-01-20',
      sponsorOrganizationId: ids.hnd,
    });
    await step('approve', { approvedOn: '2014-02-01', decisionRef: '45/QĐ-UBND' });
    await step('funding', {
      kind: 'received',
      source: 'social_mobilization',
      amountVnd: 80_000_000,
      on: '2014-02-20',
      sponsorOrganizationId: ids.hnd,
    });
    await step('funding', { kind: 'received', source: 'state_budget', amountVnd: 40_000_000, on: '2014-02-25' });
    await step('start', { startedOn: '2014-03-01' });
    await step('progress', { percent: 40, on: '2014-05-01', note: '24 cột' });
    await step('progress', { percent: 90, on: '2014-08-01', note: '54 cột' });
    await step('complete', {
      completedOn: '2014-09-20',
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
    });
    await step('hand-over', { handedOverOn: '2014-10-01', toAdminUnitId: ids.A });
    await allSettled();
  });
  afterAll(async () => h?.close());

  it('counts 3 target communes, 2 paired, before the merge', async () => {
    expect(await coverage()).toEqual({
      year: null,
      boundaries: 'then',
      targetCommunes: 3,
      pairedCommunes: 2,
      percent: 66.7,
      unpaired: [{ id: ids.C, name: 'Phan Lâm' }],
    });
    expect(await coverage('?year=2013')).toMatchObject({ targetCommunes: 3, pairedCommunes: 2 });
    expect((await staff.get('/api/coverage?year=1999')).status).toBe(400);
  });

  it('counts activities by kind without the voided one, and logs all ten with the correction', async () => {
    expect((await pairing('hndA')).activityCounts).toEqual({
      visit: 1,
      gift: 1,
      exchange: 0,
      outreach: 1,
      immersion_stay: 1,
      study_tour: 1,
      volunteer_work: 0,
    });
    expect(await pairing('doanB')).toMatchObject({
      activityCounts: { visit: 1, exchange: 1, volunteer_work: 1 },
      lastActivityOn: '2014-07-01',
    });
    expect((await pairing('hndB')).activityCounts).toMatchObject({ gift: 1 });
    const all = (await supervisor.get('/api/activities?includeVoided=true&limit=200')).body;
    expect(all.total).toBe(10);
    expect(new Set(all.items.map((a: { kind: string }) => a.kind))).toEqual(
      new Set(['visit', 'gift', 'exchange', 'outreach', 'immersion_stay', 'study_tour', 'volunteer_work']),
    );
    expect((await supervisor.get('/api/activities')).body.total).toBe(9);
    expect(all.items.filter((a: { voided: boolean }) => a.voided).map((a: { id: string }) => a.id)).toEqual([
      ids.duplicate,
    ]);
    expect(all.items.find((a: { id: string }) => a.id === ids.stay)).toMatchObject({
      nights: 4,
      correctedCount: 1,
      adminUnitId: ids.A,
      organizationId: ids.hnd,
    });
    expect((await supervisor.get('/api/activities?initiator=commune')).body.total).toBe(2);
    const ownLog = (await staff.get('/api/activities?includeVoided=true&limit=200')).body;
    expect([ownLog.total, ownLog.items.every((a: { organizationId: string }) => a.organizationId === ids.hnd)]).toEqual(
      [6, true],
    );
  });

  it('shows the project from proposal to hand-over on the board', async () => {
    const board = (await staff.get(`/api/projects?adminUnitId=${ids.A}`)).body;
    expect(board.total).toBe(1);
    expect(board.items[0]).toMatchObject({
      id: ids.project,
      status: 'handed_over',
      category: 'security_lighting',
      pairingId: ids.hndA,
      progress: 100,
      actualCostVnd: 118_000_000,
      pledgedVnd: 80_000_000,
      receivedVnd: 120_000_000,
      handedOverToAdminUnitId: ids.A,
      bySource: {
        social_mobilization: { pledgedVnd: 80_000_000, receivedVnd: 80_000_000 },
        state_budget: { pledgedVnd: 0, receivedVnd: 40_000_000 },
      },
    });
  });

  describe('after Sông Lũy and Phan Tiến merge', () => {
    const decisionRef = '1666/NQ-UBTVQH15';
    beforeAll(async () => {
      const m = await h.admin.post('/api/admin-units/merges', {
        predecessorIds: [ids.A, ids.B],
        successor: { kind: 'commune', name: 'Sông Lũy', code: '22999', parentId: ids.province },
        effectiveOn: '2025-07-01',
        decisionRef,
      });
      expect(m.status).toBe(201);
      ids.S = m.body.id;
      await allSettled();
    });

    it('moves the pairings to the successor, or ends the one whose organisation is already twinned there, caused by the merge', async () => {
      expect(await pairing('hndA')).toMatchObject({
        status: 'active',
        adminUnitId: ids.S,
        formerAdminUnitIds: [ids.A],
      });
      expect(await pairing('doanB')).toMatchObject({
        status: 'active',
        adminUnitId: ids.S,
        formerAdminUnitIds: [ids.B],
      });
      const ended = await pairing('hndB');
      expect(ended).toMatchObject({ status: 'ended', adminUnitId: ids.B, endedOn: '2025-07-01' });
      expect(ended.endReason).toContain(decisionRef);
      const mergeEvent = async (unit: string) =>
        (
          await h.infra.dataSource.query(
            `select event_id from event_store.events where stream_id = $1 and type = 'AdministrativeUnitMergedInto'`,
            [`adminunit-${unit}`],
          )
        )[0].event_id;
      const lastEvent = async (pairingName: string) =>
        (
          await h.infra.dataSource.query(
            `select type, metadata from event_store.events where stream_id = $1 order by revision desc limit 1`,
            [`pairing-${ids[pairingName]}`],
          )
        )[0];
      expect(await lastEvent('hndA')).toMatchObject({
        type: 'PairingTransferred',
        metadata: {
          causationId: await mergeEvent(ids.A),
          commandName: 'TransferPairing',
          actor: { username: 'system' },
        },
      });
      expect(await lastEvent('doanB')).toMatchObject({
        type: 'PairingTransferred',
        metadata: { causationId: await mergeEvent(ids.B) },
      });
      expect(await lastEvent('hndB')).toMatchObject({
        type: 'PairingEnded',
        metadata: { causationId: await mergeEvent(ids.B), commandName: 'EndPairing' },
      });
      expect((await supervisor.get(`/api/pairings?adminUnitId=${ids.S}&status=active`)).body.total).toBe(2);
    });

    it('counts the successor once in coverage, and keeps the boundaries of each year for earlier years', async () => {
      expect(await coverage()).toEqual({
        year: null,
        boundaries: 'then',
        targetCommunes: 2,
        pairedCommunes: 1,
        percent: 50,
        unpaired: [{ id: ids.C, name: 'Phan Lâm' }],
      });
      expect(await coverage('?year=2024')).toEqual({
        year: 2024,
        boundaries: 'then',
        targetCommunes: 3,
        pairedCommunes: 2,
        percent: 66.7,
        unpaired: [{ id: ids.C, name: 'Phan Lâm' }],
      });
      expect(await coverage('?year=2025')).toEqual({
        year: 2025,
        boundaries: 'then',
        targetCommunes: 2,
        pairedCommunes: 1,
        percent: 50,
        unpaired: [{ id: ids.C, name: 'Phan Lâm' }],
      });
      // 2024 under today's communes: the two that merged count once, paired as they were.
      expect(await coverage('?year=2024&boundaries=today')).toMatchObject({
        boundaries: 'today',
        targetCommunes: 2,
        pairedCommunes: 1,
        unpaired: [{ id: ids.C, name: 'Phan Lâm' }],
      });
    });

    it('keeps the activity log filed under the communes as they were on each date, with the same counts', async () => {
      expect((await supervisor.get(`/api/activities?adminUnitId=${ids.A}`)).body.total).toBe(5);
      expect((await supervisor.get(`/api/activities?adminUnitId=${ids.B}`)).body.total).toBe(4);
      expect((await supervisor.get(`/api/activities?adminUnitId=${ids.S}`)).body.total).toBe(0);
      expect((await supervisor.get('/api/activities?includeVoided=true')).body.total).toBe(10);
      expect((await pairing('hndA')).activityCounts).toMatchObject({
        visit: 1,
        gift: 1,
        outreach: 1,
        immersion_stay: 1,
        study_tour: 1,
      });
      expect((await staff.get(`/api/projects/${ids.project}`)).body).toMatchObject({
        status: 'handed_over',
        adminUnitId: ids.A,
      });
    });

    it('files an activity after the merge under the successor', async () => {
      await record('hndA', activity('visit', '2025-07-02'));
      await h.settle();
      expect((await staff.get(`/api/activities?adminUnitId=${ids.S}`)).body.items).toEqual([
        expect.objectContaining({ pairingId: ids.hndA, kind: 'visit' }),
      ]);
    });

    it('rebuilds the read models from the log to the same figures', async () => {
      const body = async (path: string) => (await supervisor.get(path)).body;
      const read = async () => [
        await coverage(),
        await coverage('?year=2024'),
        await body('/api/activities?includeVoided=true&limit=200'),
        await body('/api/pairings?limit=200'),
        await body(`/api/projects/${ids.project}`),
      ];
      const before = await read();
      await rebuildReadModels(h.infra.dataSource, h.infra.store, projectionsAll(h.infra));
      expect(await read()).toEqual(before);
    });
  });
});
