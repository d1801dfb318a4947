import { spec } from '../../../test/support/decider-spec.js';
import { pairingSlotDecider } from './pairing-slot.js';

const claimed = (pairingId: string) => ({
  type: 'PairingSlotClaimed' as const,
  data: { pairingId, organizationId: 'o', adminUnitId: 'u' },
});
const claim = (pairingId: string) => ({
  type: 'ClaimPairingSlot' as const,
  data: { pairingId, organizationId: 'o', adminUnitId: 'u' },
});

describe('pairing slot (one active pairing per organisation–unit)', () => {
  it('is claimed by the first pairing', () =>
    spec(pairingSlotDecider)
      .given([])
      .when(claim('p1'))
      .then([claimed('p1')]));
  it('pairing.one_active_per_organization_unit: refuses a second pairing while held', () =>
    spec(pairingSlotDecider)
      .given([claimed('p1')])
      .when(claim('p2'))
      .thenRejects('pairing.one_active_per_organization_unit'));
  it('lets the holder claim again without a new event (a retried command)', () =>
    spec(pairingSlotDecider)
      .given([claimed('p1')])
      .when(claim('p1'))
      .then([]));
  it('is free again once the holder releases it', () =>
    spec(pairingSlotDecider)
      .given([claimed('p1'), { type: 'PairingSlotReleased', data: { pairingId: 'p1' } }])
      .when(claim('p2'))
      .then([claimed('p2')]));
  it('ignores a release by a pairing that does not hold it', () =>
    spec(pairingSlotDecider)
      .given([claimed('p1')])
      .when({ type: 'ReleasePairingSlot', data: { pairingId: 'p2' } })
      .then([]));
});
