import { spec } from '../../../test/support/decider-spec.js';
import { cmd, erased, registered } from './household.fixtures.js';
import type { MergeSurvivor } from './household.commands.js';
import { householdDecider } from './household.decide.js';

const SURVIVOR = 'b1c2d3e4-0000-4000-8000-0000000000ff';
const DUPLICATE = 'b1c2d3e4-0000-4000-8000-0000000000dd';
const fine: MergeSurvivor = { status: 'registered', mergedInto: null, personalData: 'sealed' };
const mergeInto = (survivor: MergeSurvivor = fine, over: { survivorId?: string; reason?: string } = {}) =>
  cmd('MergeHouseholdInto', { survivorId: SURVIVOR, survivor, reason: 'Đăng ký trùng', today: '2024-03-01', ...over });
const absorb = (reason = 'Đăng ký trùng') =>
  cmd('AbsorbHousehold', { duplicateId: DUPLICATE, reason, today: '2024-03-01' });
const mergedInto = {
  type: 'HouseholdMergedInto' as const,
  data: { survivorId: SURVIVOR, reason: 'Đăng ký trùng', mergedOn: '2024-03-01' },
};
const absorbed = {
  type: 'HouseholdAbsorbed' as const,
  data: { duplicateId: DUPLICATE, reason: 'Đăng ký trùng', mergedOn: '2024-03-01' },
};
const hh = spec(householdDecider);

describe('merging a duplicate household into the one that stays', () => {
  it('records HouseholdMergedInto on the duplicate, with the trimmed reason', () =>
    hh
      .given([registered])
      .when(mergeInto(fine, { reason: '  Đăng ký trùng ' }))
      .then([mergedInto]));
  it('records HouseholdAbsorbed on the survivor', () => hh.given([registered]).when(absorb()).then([absorbed]));

  it('household.merge_into_itself', () =>
    hh
      .given([registered])
      .when(mergeInto(fine, { survivorId: registered.data.householdId }))
      .thenRejects('household.merge_into_itself'));
  it('household.already_merged', () =>
    hh.given([registered, mergedInto]).when(mergeInto()).thenRejects('household.already_merged'));
  it('household.merge_needs_reason', () =>
    hh
      .given([registered])
      .when(mergeInto(fine, { reason: '  ' }))
      .thenRejects('household.merge_needs_reason'));
  it('household.survivor_merged', () =>
    hh
      .given([registered])
      .when(mergeInto({ ...fine, mergedInto: DUPLICATE }))
      .thenRejects('household.survivor_merged'));
  it('household.survivor_erased', () =>
    hh
      .given([registered])
      .when(mergeInto({ ...fine, personalData: 'erased' }))
      .thenRejects('household.survivor_erased'));
  it('household.survivor_erased on the survivor side too', () =>
    hh.given([registered, erased]).when(absorb()).thenRejects('household.survivor_erased'));
  it('household.already_absorbed', () =>
    hh.given([registered, absorbed]).when(absorb()).thenRejects('household.already_absorbed'));
  it('an unknown survivor is not found', () =>
    hh
      .given([registered])
      .when(mergeInto({ ...fine, status: 'unregistered' }))
      .thenRejects('household.not_found'));

  it('household.merged: a merged household refuses every later command', () => {
    hh.given([registered, mergedInto])
      .when(cmd('ChangeHouseholdMembers', { memberCount: 2, effectiveOn: '2024-03-02', today: '2024-03-02' }))
      .thenRejects('household.merged');
    hh.given([registered, mergedInto]).when(absorb()).thenRejects('household.merged');
  });
});
