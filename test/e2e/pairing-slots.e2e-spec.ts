import { randomUUID } from 'node:crypto';
import { systemContext } from '@kn/identity';
import { CommandPipeline } from '@kn/platform';
import { IN_FLIGHT_MS, PairingSlots, pairingDecider, pairingSlotStream, pairingStream } from '@kn/twinning';
import { startApi, type Client, type Harness } from '../support/api-harness.js';

/**
 * Issue 15: the rule "one active pairing per organisation and unit" is owned by PairingSlots and
 * survives a crash between its two appends. A process killed there has appended the slot's claim
 * and not the pairing: the state below is made exactly so, through the same component.
 */
describe('the pairing slot after a crash between the claim and the pairing', () => {
  let h: Harness;
  let supervisor: Client;
  let provinceId: string;
  let codes = 0;
  const unit = async () =>
    (
      await h.admin.post('/api/admin-units', {
        kind: 'commune',
        name: 'Phan Sơn',
        code: `C${++codes}`,
        parentId: provinceId,
        classifications: [],
        establishedOn: '2013-01-01',
      })
    ).body.id as string;
  const org = async () =>
    (await h.admin.post('/api/organizations', { name: `Hội ${++codes}`, kind: 'mass_organization' })).body.id as string;
  const establish = (organizationId: string, adminUnitId: string) =>
    supervisor.post('/api/pairings', {
      organizationId,
      adminUnitId,
      establishedOn: '2013-08-15',
      decisionRef: '197-TB/VPTU',
    });
  /** The context of a start (or a claim) that long after the crash. */
  const later = (name: string, ms = IN_FLIGHT_MS + 1000) => ({
    ...systemContext(name),
    now: new Date(Date.now() + ms),
  });
  const slotState = async (organizationId: string, adminUnitId: string) =>
    (await h.infra.store.readStream(pairingSlotStream(organizationId, adminUnitId))).map((e) => e.type);

  /** Leaves what a process killed between the two appends of an establishment leaves. */
  const crashAfterClaim = async (organizationId: string, adminUnitId: string) =>
    h.app.get(PairingSlots).claim(organizationId, adminUnitId, randomUUID(), systemContext('EstablishPairing'));

  beforeAll(async () => {
    h = await startApi();
    supervisor = await h.userWith('supervisor');
    provinceId = (
      await h.admin.post('/api/admin-units', {
        kind: 'province',
        name: 'Bình Thuận',
        code: '60',
        parentId: null,
        classifications: [],
        establishedOn: '2013-01-01',
      })
    ).body.id;
  });
  afterAll(async () => h?.close());

  it('the reconcile run at start frees a slot held by no pairing, and the pair can be twinned again', async () => {
    const [o, u] = [await org(), await unit()];
    await crashAfterClaim(o, u);
    expect((await establish(o, u)).body.code).toBe('pairing.one_active_per_organization_unit'); // held, as if in flight

    // The reconcile reads the log's settled part: let the appends above settle first (the
    // projections having read them says so), as they have at a start.
    await h.settle();
    expect(await h.app.get(PairingSlots).reconcile(h.infra.store, later('ReconcilePairingSlots'))).toMatchObject({
      freed: 1,
    });
    expect(await slotState(o, u)).toEqual(['PairingSlotClaimed', 'PairingSlotReleased']);
    const r = await establish(o, u);
    expect(r.status).toBe(201);
    expect(await slotState(o, u)).toEqual(['PairingSlotClaimed', 'PairingSlotReleased', 'PairingSlotClaimed']);
    expect((await establish(o, u)).body.code).toBe('pairing.one_active_per_organization_unit'); // the rule still holds
  });

  it('a claim still in flight (younger than IN_FLIGHT_MS) is not freed', async () => {
    const [o, u] = [await org(), await unit()];
    await crashAfterClaim(o, u);
    await h.settle();
    expect(
      await h.app.get(PairingSlots).reconcile(h.infra.store, systemContext('ReconcilePairingSlots')),
    ).toMatchObject({ freed: 0 });
    expect(await slotState(o, u)).toEqual(['PairingSlotClaimed']);
  });

  it('a later claim frees a stale slot by itself, without waiting for a start', async () => {
    const [o, u] = [await org(), await unit()];
    await crashAfterClaim(o, u);
    await h.app.get(PairingSlots).claim(o, u, randomUUID(), later('EstablishPairing'));
    expect(await slotState(o, u)).toEqual(['PairingSlotClaimed', 'PairingSlotReleased', 'PairingSlotClaimed']);
  });

  it('a slot left held by an ended pairing (crash between the end and the release) is freed; an active holder keeps it', async () => {
    const [o, u, u2] = [await org(), await unit(), await unit()];
    const ended = (await establish(o, u)).body.id as string;
    const kept = (await establish(o, u2)).body.id as string;
    // The end alone, as a process killed before the release would leave it.
    const end = await h.app.get(CommandPipeline).handle({
      streamId: pairingStream(ended),
      decider: pairingDecider,
      context: systemContext('EndPairing'),
      command: { type: 'EndPairing', data: { endedOn: '2020-01-01', reason: 'thử', today: '2025-01-01' } },
    });
    expect([end.revision, await slotState(o, u)]).toEqual([1, ['PairingSlotClaimed']]);
    await h.settle();
    expect(
      await h.app.get(PairingSlots).reconcile(h.infra.store, systemContext('ReconcilePairingSlots')),
    ).toMatchObject({ freed: 1, claimed: 0 });
    expect((await establish(o, u)).status).toBe(201);
    expect(await slotState(o, u2)).toEqual(['PairingSlotClaimed']);
    expect(kept).toEqual(expect.any(String));
  });
});
