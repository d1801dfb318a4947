import type { EstablishAdministrativeUnit } from './admin-unit.commands.js';
import type { AdministrativeUnitEstablished, AdminUnitEvent } from './admin-unit.events.js';
import type { AdminUnitFacts } from './admin-unit.state.js';

/** Shared given/when fixtures for the territory specs: a province, a commune under it, a village. */
export const PROVINCE_ID = '11111111-1111-4111-8111-111111111111';
export const COMMUNE_ID = '22222222-2222-4222-8222-222222222222';
export const OTHER_COMMUNE_ID = '33333333-3333-4333-8333-333333333333';
export const SUCCESSOR_ID = '44444444-4444-4444-8444-444444444444';

export const activeProvince: AdminUnitFacts = {
  unitId: PROVINCE_ID,
  kind: 'province',
  status: 'active',
  establishedOn: '1976-01-01',
};

export function establishCommune(
  overrides: Partial<EstablishAdministrativeUnit['data']> = {},
): EstablishAdministrativeUnit {
  return {
    type: 'EstablishAdministrativeUnit',
    data: {
      unitId: COMMUNE_ID,
      kind: 'commune',
      name: 'Phan Sơn',
      code: '22912',
      parentId: PROVINCE_ID,
      parent: activeProvince,
      classifications: ['ethnic_minority_commune'],
      establishedOn: '2013-01-01',
      ...overrides,
    },
  };
}

export function communeEstablished(
  overrides: Partial<AdministrativeUnitEstablished['data']> = {},
): AdministrativeUnitEstablished {
  return {
    type: 'AdministrativeUnitEstablished',
    data: {
      unitId: COMMUNE_ID,
      kind: 'commune',
      name: 'Phan Sơn',
      code: '22912',
      parentId: PROVINCE_ID,
      classifications: ['ethnic_minority_commune'],
      establishedOn: '2013-01-01',
      ...overrides,
    },
  };
}

export const communeMerged: AdminUnitEvent = {
  type: 'AdministrativeUnitMergedInto',
  data: { unitId: COMMUNE_ID, successorId: SUCCESSOR_ID, effectiveOn: '2025-07-01', decisionRef: '1656/NQ-UBTVQH15' },
};

export const communeDissolved: AdminUnitEvent = {
  type: 'AdministrativeUnitDissolved',
  data: { unitId: COMMUNE_ID, dissolvedOn: '2020-01-01', reason: 'Giải thể theo nghị quyết' },
};
