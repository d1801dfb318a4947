import { fold } from '@kn/shared';
import { adminUnitDecider } from './admin-unit.decide.js';
import { adminUnitFacts } from './admin-unit.state.js';
import { COMMUNE_ID, communeEstablished, communeMerged, SUCCESSOR_ID } from './admin-unit.fixtures.js';

describe('administrative unit state', () => {
  it('has no facts before establishment, so handlers can tell a missing parent', () => {
    expect(adminUnitFacts(fold(adminUnitDecider, []))).toBeNull();
  });

  it('a merged unit points to its successor and reports itself merged to other streams', () => {
    const state = fold(adminUnitDecider, [communeEstablished(), communeMerged]);
    expect(state).toMatchObject({ status: 'merged', successorId: SUCCESSOR_ID, mergedOn: '2025-07-01' });
    expect(adminUnitFacts(state)).toEqual({
      unitId: COMMUNE_ID,
      kind: 'commune',
      status: 'merged',
      establishedOn: '2013-01-01',
    });
  });
});
