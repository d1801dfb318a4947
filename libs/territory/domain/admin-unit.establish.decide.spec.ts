import { spec } from '../../../test/support/decider-spec.js';
import { adminUnitDecider } from './admin-unit.decide.js';
import { communeEstablished, establishCommune, PROVINCE_ID } from './admin-unit.fixtures.js';

const unit = spec(adminUnitDecider);

describe('establishing an administrative unit', () => {
  it('records the unit with its parent and classifications', () => {
    unit.given([]).when(establishCommune()).then([communeEstablished()]);
  });

  it('keeps the classifications as a set in canonical order and trims the name', () => {
    unit
      .given([])
      .when(
        establishCommune({
          name: '  Phan Sơn ',
          classifications: ['region_III', 'ethnic_minority_commune', 'region_III'],
        }),
      )
      .then([communeEstablished({ classifications: ['ethnic_minority_commune', 'region_III'] })]);
  });

  it('lets a province stand without a parent', () => {
    const province = { unitId: PROVINCE_ID, kind: 'province', name: 'Bình Thuận', code: '60', parentId: null } as const;
    unit
      .given([])
      .when(establishCommune({ ...province, parent: null, classifications: [] }))
      .then([
        {
          type: 'AdministrativeUnitEstablished',
          data: { ...province, classifications: [], establishedOn: '2013-01-01' },
        },
      ]);
  });

  it('records a commune with its type (phường) when given', () => {
    unit
      .given([])
      .when(establishCommune({ communeType: 'phuong' }))
      .then([communeEstablished({ communeType: 'phuong' })]);
  });

  it('leaves the type out when none is given (a commune recorded before types were known)', () => {
    unit
      .given([])
      .when(establishCommune({ communeType: null }))
      .then([communeEstablished()]);
  });

  it('admin_unit.commune_type_only_for_communes: a village is no xã, phường or thị trấn', () => {
    unit
      .given([])
      .when(establishCommune({ kind: 'village', communeType: 'xa' }))
      .thenRejects('admin_unit.commune_type_only_for_communes');
  });

  it('admin_unit.already_established: only once per stream', () => {
    unit.given([communeEstablished()]).when(establishCommune()).thenRejects('admin_unit.already_established');
  });

  it('admin_unit.name_required: a blank name is refused', () => {
    unit
      .given([])
      .when(establishCommune({ name: '  ' }))
      .thenRejects('admin_unit.name_required');
  });

  it('admin_unit.code_required: a blank code is refused', () => {
    unit
      .given([])
      .when(establishCommune({ code: '' }))
      .thenRejects('admin_unit.code_required');
  });

  it('admin_unit.parent_must_exist: a parent id that resolves to nothing is refused', () => {
    unit
      .given([])
      .when(establishCommune({ parent: null }))
      .thenRejects('admin_unit.parent_must_exist');
  });

  it('admin_unit.parent_must_be_active: a merged parent is refused', () => {
    const parent = { unitId: PROVINCE_ID, kind: 'province', status: 'merged', establishedOn: '1976-01-01' } as const;
    unit.given([]).when(establishCommune({ parent })).thenRejects('admin_unit.parent_must_be_active');
  });

  it.each([
    ['commune', 'commune'],
    ['commune', 'village'],
    ['province', 'district'],
  ] as const)('admin_unit.parent_must_be_higher_kind: a %s under a %s is refused', (kind, parentKind) => {
    const parent = { unitId: PROVINCE_ID, kind: parentKind, status: 'active', establishedOn: '1976-01-01' } as const;
    unit.given([]).when(establishCommune({ kind, parent })).thenRejects('admin_unit.parent_must_be_higher_kind');
  });

  it('accepts a commune under a district before the reform', () => {
    const parent = { unitId: PROVINCE_ID, kind: 'district', status: 'active', establishedOn: '1976-01-01' } as const;
    unit.given([]).when(establishCommune({ parent })).then([communeEstablished()]);
  });

  it('admin_unit.districts_abolished: no district on or after 2025-07-01', () => {
    unit
      .given([])
      .when(establishCommune({ kind: 'district', establishedOn: '2025-07-01', classifications: [] }))
      .thenRejects('admin_unit.districts_abolished');
  });

  it('accepts a district established the day before the reform', () => {
    unit
      .given([])
      .when(establishCommune({ kind: 'district', establishedOn: '2025-06-30', classifications: [] }))
      .then([communeEstablished({ kind: 'district', establishedOn: '2025-06-30', classifications: [] })]);
  });

  it('admin_unit.mixed_village_only_for_villages: a commune cannot be a mixed village', () => {
    unit
      .given([])
      .when(establishCommune({ classifications: ['mixed_village'] }))
      .thenRejects('admin_unit.mixed_village_only_for_villages');
  });
});
