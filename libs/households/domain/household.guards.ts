import { ensure, ensureValid, isIsoDate, NotFound, type IsoDate } from '@kn/shared';
import type { CommitmentState, HouseholdState, RegisteredHousehold } from './household.state.js';
import type { SealedPersonalData } from './personal-data.js';

/**
 * Guards shared by the household's decisions. Input a client could have got right on its own
 * (formats, signs, future dates) is `InvalidInput` (400) with its field; anything that depends
 * on the household's history is a `RuleViolation` (409). Each code names its rule.
 */
export function requireRegistered(state: HouseholdState, householdId: string): RegisteredHousehold {
  if (state.status !== 'registered') throw new NotFound('household', householdId);
  return state;
}

export function requireCommitment(state: RegisteredHousehold, commitmentId: string): CommitmentState {
  const commitment = state.commitments[commitmentId];
  if (!commitment) throw new NotFound('commitment', commitmentId);
  return commitment;
}

/** A business date: well-formed and not after `today` (the command's Vietnam date). */
export function ensurePastDate(value: IsoDate, field: string, today: IsoDate): void {
  ensureValid('household.invalid_date', isIsoDate(value), `${field} must be a date YYYY-MM-DD`, field);
  ensureValid('household.date_not_in_future', value <= today, `${field} ${value} is after today (${today})`, field);
}

export function ensureNotBeforeRegistration(state: RegisteredHousehold, date: IsoDate, field: string): void {
  ensure(
    'household.not_before_registration',
    date >= state.registeredOn,
    `${field} ${date} is before the household was registered (${state.registeredOn})`,
    { field },
  );
}

/**
 * Only ciphertext may enter the append-only log: an object with exactly a key id and a
 * ciphertext, so a clear-text name put here by mistake is refused rather than kept forever.
 */
export function ensureSealed(head: SealedPersonalData): void {
  const keys = head && typeof head === 'object' ? Object.keys(head).sort().join(',') : '';
  const sealed =
    keys === 'ciphertext,keyId' &&
    typeof head.keyId === 'string' &&
    head.keyId.length > 0 &&
    typeof head.ciphertext === 'string' &&
    head.ciphertext.length > 0;
  ensureValid('household.head_must_be_sealed', sealed, 'head must be sealed personal data {keyId, ciphertext}', 'head');
}

export function ensureCount(code: string, value: number, field: string): void {
  ensureValid(code, Number.isInteger(value) && value >= 1, `${field} must be a whole number of at least 1`, field);
}
