import { ensure, ensureText, NotFound } from '@kn/shared';
import type { AbsorbHousehold, MergeHouseholdInto } from './household.commands.js';
import type { HouseholdEvent } from './household.events.js';
import { requireRegistered } from './household.guards.js';
import type { HouseholdState } from './household.state.js';

/**
 * Merging a duplicate registration into the household that stays (issue 17, ADR 0020).
 * The duplicate's side is decided first, with what the handler loaded of the survivor; then the
 * survivor's side. Both streams are checked together under the pipeline's exclusive section.
 */
export function mergeInto({ data }: MergeHouseholdInto, state: HouseholdState): HouseholdEvent[] {
  const duplicate = requireRegistered(state, data.householdId);
  const reason = ensureText('household.merge_needs_reason', data.reason, 'reason');
  ensure(
    'household.merge_into_itself',
    data.survivorId !== data.householdId,
    'a household cannot be merged into itself',
    { field: 'survivorId' },
  );
  ensure(
    'household.already_merged',
    duplicate.mergedInto === null,
    `the household was already merged into ${duplicate.mergedInto}`,
  );
  if (data.survivor.status !== 'registered') throw new NotFound('household', data.survivorId);
  ensure(
    'household.survivor_merged',
    data.survivor.mergedInto === null,
    `the household to keep was itself merged into ${data.survivor.mergedInto}`,
    { field: 'survivorId' },
  );
  ensure(
    'household.survivor_erased',
    data.survivor.personalData !== 'erased',
    "the household to keep has had its head's personal data erased",
    { field: 'survivorId' },
  );
  return [{ type: 'HouseholdMergedInto', data: { survivorId: data.survivorId, reason, mergedOn: data.today } }];
}

export function absorb({ data }: AbsorbHousehold, state: HouseholdState): HouseholdEvent[] {
  const survivor = requireRegistered(state, data.householdId);
  const reason = ensureText('household.merge_needs_reason', data.reason, 'reason');
  ensure(
    'household.survivor_erased',
    survivor.personalData !== 'erased',
    "the household to keep has had its head's personal data erased",
  );
  ensure(
    'household.already_absorbed',
    !survivor.absorbed.includes(data.duplicateId),
    `the household already took in ${data.duplicateId}`,
  );
  return [{ type: 'HouseholdAbsorbed', data: { duplicateId: data.duplicateId, reason, mergedOn: data.today } }];
}

/** A merged household is read-only: every command on it is refused. */
export function ensureNotMerged(state: HouseholdState): void {
  if (state.status !== 'registered') return;
  ensure(
    'household.merged',
    state.mergedInto === null,
    `the household was merged into ${state.mergedInto}; record this on that household`,
    { survivorId: state.mergedInto },
  );
}
