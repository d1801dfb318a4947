import { assertNever, type Decider } from '@kn/shared';
import type { HouseholdCommand } from './household.commands.js';
import type { HouseholdEvent } from './household.events.js';
import {
  changeHead,
  changeMembers,
  erasePersonalData,
  move,
  register,
  transfer,
} from './household-registration.decide.js';
import { evolveHousehold, initialHouseholdState, type HouseholdState } from './household.state.js';
import { absorb, ensureNotMerged, mergeInto } from './household-merge.decide.js';
import { assessPoverty } from './poverty-assessment.decide.js';
import { restateAssessment } from './assessment-restatement.decide.js';
import {
  cancelCommitment,
  commitSupport,
  deliverSupport,
  fulfilCommitment,
  handOverSponsor,
} from './support-commitment.decide.js';

export function decideHousehold(command: HouseholdCommand, state: HouseholdState): readonly HouseholdEvent[] {
  if (command.type !== 'MergeHouseholdInto') ensureNotMerged(state);
  switch (command.type) {
    case 'MergeHouseholdInto':
      return mergeInto(command, state);
    case 'AbsorbHousehold':
      return absorb(command, state);
    case 'RegisterHousehold':
      return register(command, state);
    case 'MoveHousehold':
      return move(command, state);
    case 'ChangeHouseholdMembers':
      return changeMembers(command, state);
    case 'ChangeHouseholdHead':
      return changeHead(command, state);
    case 'AssessPoverty':
      return assessPoverty(command, state);
    case 'RestateAssessment':
      return restateAssessment(command, state);
    case 'CommitSupport':
      return commitSupport(command, state);
    case 'DeliverSupport':
      return deliverSupport(command, state);
    case 'FulfilSupportCommitment':
      return fulfilCommitment(command, state);
    case 'CancelSupportCommitment':
      return cancelCommitment(command, state);
    case 'EraseHouseholdPersonalData':
      return erasePersonalData(command, state);
    case 'TransferHousehold':
      return transfer(command, state);
    case 'HandOverSupportSponsor':
      return handOverSponsor(command, state);
    default:
      return assertNever(command, 'household command');
  }
}

/** Stream `household-<id>` (SPEC §2.5): the household's route out of poverty. */
export const householdDecider: Decider<HouseholdCommand, HouseholdEvent, HouseholdState> = {
  initialState: initialHouseholdState,
  decide: decideHousehold,
  evolve: evolveHousehold,
};

export const HOUSEHOLD_CATEGORY = 'household';
