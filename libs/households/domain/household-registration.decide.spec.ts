import { spec } from '../../../test/support/decider-spec.js';
import { COMMUNE, HH, SEALED, VILLAGE, cmd, erased, registered } from './household.fixtures.js';
import { householdDecider } from './household.decide.js';
import { isEthnicMinority } from './household-registration.decide.js';

const register = (over: Partial<Parameters<typeof cmd<'RegisterHousehold'>>[1]> = {}) =>
  cmd('RegisterHousehold', {
    communeId: COMMUNE,
    villageId: VILLAGE,
    code: 'HN-0001',
    head: SEALED,
    ethnicity: 'Raglai',
    memberCount: 5,
    area: 'rural',
    registeredOn: '2013-09-01',
    today: '2013-09-02',
    ...over,
  });
const hh = spec(householdDecider);

describe('registering a household', () => {
  it('records the household with its ethnic-minority flag computed', () => {
    hh.given([]).when(register()).then([registered]);
  });

  it.each([
    ['Kinh', false],
    [' kinh ', false],
    ['KINH', false],
    ['Raglai', true],
    ["H'Mông", true],
  ])('ethnicity %j is minority: %s', (e, m) => {
    expect(isEthnicMinority(e)).toBe(m);
  });

  it('household.already_registered', () =>
    hh.given([registered]).when(register()).thenRejects('household.already_registered'));
  it('household.code_required', () =>
    hh
      .given([])
      .when(register({ code: '  ' }))
      .thenRejects('household.code_required'));
  it('household.ethnicity_required', () =>
    hh
      .given([])
      .when(register({ ethnicity: '' }))
      .thenRejects('household.ethnicity_required'));
  it('household.unknown_ethnicity: only the 54 official groups', () =>
    hh
      .given([])
      .when(register({ ethnicity: 'Klingon' }))
      .thenRejects('household.unknown_ethnicity'));
  it("records the official name and code whatever spelling was entered (K'Ho → Cơ Ho, 15)", () => {
    hh.given([])
      .when(register({ ethnicity: "K'Ho" }))
      .then([{ ...registered, data: { ...registered.data, ethnicity: 'Cơ Ho', ethnicityCode: '15' } }]);
  });
  it.each([0, -1, 2.5])('household.member_count_positive (%d)', (n) => {
    hh.given([])
      .when(register({ memberCount: n }))
      .thenRejects('household.member_count_positive');
  });
  it('household.unknown_area', () => {
    hh.given([])
      .when(register({ area: 'suburban' as 'rural' }))
      .thenRejects('household.unknown_area');
  });
  it("takes the commune's area when none is given (a phường is urban)", () => {
    hh.given([])
      .when(register({ area: undefined, communeArea: 'urban' }))
      .then([{ ...registered, data: { ...registered.data, area: 'urban' } }]);
  });
  it("keeps an area given explicitly over the commune's", () => {
    hh.given([])
      .when(register({ area: 'rural', communeArea: 'urban' }))
      .then([registered]);
  });
  it('household.area_required: no area and a commune recorded without its type', () => {
    hh.given([])
      .when(register({ area: undefined, communeArea: null }))
      .thenRejects('household.area_required');
  });
  it('household.head_must_be_sealed: clear-text personal data never enters the log', () => {
    const clear = { ...SEALED, fullName: 'Nguyễn Thị A' } as typeof SEALED;
    hh.given([])
      .when(register({ head: clear }))
      .thenRejects('household.head_must_be_sealed');
    hh.given([])
      .when(register({ head: { keyId: HH, ciphertext: '' } }))
      .thenRejects('household.head_must_be_sealed');
  });
  it('household.date_not_in_future', () =>
    hh
      .given([])
      .when(register({ registeredOn: '2013-09-03' }))
      .thenRejects('household.date_not_in_future'));
  it('household.invalid_date', () =>
    hh
      .given([])
      .when(register({ registeredOn: '2013-02-30' }))
      .thenRejects('household.invalid_date'));
});

describe('moving, members, head', () => {
  const moveTo = (over = {}) =>
    cmd('MoveHousehold', {
      toCommuneId: 'other',
      toVillageId: null,
      movedOn: '2020-03-01',
      today: '2020-03-01',
      ...over,
    });

  it('records a move from the current place, keeping the area unless told', () => {
    hh.given([registered])
      .when(moveTo())
      .then([
        {
          type: 'HouseholdMoved',
          data: {
            fromCommuneId: COMMUNE,
            fromVillageId: VILLAGE,
            toCommuneId: 'other',
            toVillageId: null,
            area: 'rural',
            movedOn: '2020-03-01',
          },
        },
      ]);
  });
  it("takes the destination commune's area when it moves to another commune", () => {
    hh.given([registered])
      .when(moveTo({ toCommuneArea: 'urban' }))
      .then([
        {
          type: 'HouseholdMoved',
          data: {
            fromCommuneId: COMMUNE,
            fromVillageId: VILLAGE,
            toCommuneId: 'other',
            toVillageId: null,
            area: 'urban',
            movedOn: '2020-03-01',
          },
        },
      ]);
  });
  it('must be registered first (404)', () => hh.given([]).when(moveTo()).thenRejects('household.not_found'));
  it('household.move_must_change_location', () => {
    hh.given([registered])
      .when(moveTo({ toCommuneId: COMMUNE, toVillageId: VILLAGE }))
      .thenRejects('household.move_must_change_location');
  });
  it('household.not_before_registration', () => {
    hh.given([registered])
      .when(moveTo({ movedOn: '2013-08-31' }))
      .thenRejects('household.not_before_registration');
  });

  const members = (memberCount: number) =>
    cmd('ChangeHouseholdMembers', { memberCount, effectiveOn: '2019-01-01', today: '2019-01-01' });
  it('records a change of members', () => {
    hh.given([registered])
      .when(members(6))
      .then([{ type: 'HouseholdMembersChanged', data: { from: 5, to: 6, effectiveOn: '2019-01-01' } }]);
  });
  it('household.member_count_must_change', () =>
    hh.given([registered]).when(members(5)).thenRejects('household.member_count_must_change'));
  it('household.member_count_positive on change', () =>
    hh.given([registered]).when(members(0)).thenRejects('household.member_count_positive'));

  const newHead = cmd('ChangeHouseholdHead', {
    head: { keyId: HH, ciphertext: 'v1.new' },
    changedOn: '2024-02-01',
    today: '2024-02-01',
  });
  it('records a new head, sealed', () => {
    hh.given([registered])
      .when(newHead)
      .then([
        { type: 'HouseholdHeadChanged', data: { head: { keyId: HH, ciphertext: 'v1.new' }, changedOn: '2024-02-01' } },
      ]);
  });
  it('household.personal_data_erased: no personal data comes back after erasure', () => {
    hh.given([registered, erased]).when(newHead).thenRejects('household.personal_data_erased');
  });
});

describe('erasing personal data', () => {
  const erase = (reason: string) => cmd('EraseHouseholdPersonalData', { reason, erasedOn: '2024-01-05' });
  it('records the erasure with its reason', () =>
    hh.given([registered]).when(erase(' Yêu cầu của chủ hộ ')).then([erased]));
  it('household.erasure_needs_reason', () =>
    hh.given([registered]).when(erase(' ')).thenRejects('household.erasure_needs_reason'));
  it('household.personal_data_already_erased', () => {
    hh.given([registered, erased]).when(erase('again')).thenRejects('household.personal_data_already_erased');
  });
});

describe('transfer after a commune merge', () => {
  const transfer = (fromCommuneId: string, mergeDecisionRef = '1656/NQ-UBTVQH15') =>
    cmd('TransferHousehold', { fromCommuneId, toCommuneId: 'successor', effectiveOn: '2025-07-01', mergeDecisionRef });
  it('follows its commune into the successor', () => {
    hh.given([registered])
      .when(transfer(COMMUNE))
      .then([
        {
          type: 'HouseholdTransferred',
          data: {
            fromCommuneId: COMMUNE,
            toCommuneId: 'successor',
            effectiveOn: '2025-07-01',
            mergeDecisionRef: '1656/NQ-UBTVQH15',
          },
        },
      ]);
  });
  it('household.transfer_from_current_commune', () =>
    hh.given([registered]).when(transfer('elsewhere')).thenRejects('household.transfer_from_current_commune'));
  it('household.merge_decision_required', () =>
    hh.given([registered]).when(transfer(COMMUNE, '')).thenRejects('household.merge_decision_required'));
});
