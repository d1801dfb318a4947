import type { IsoDate } from '@kn/shared';
import { ensure, InvalidInput, NotFound } from '@kn/shared';
import type { AdminUnitState } from './admin-unit.state.js';

type Established = Exclude<AdminUnitState, { status: 'not_established' }>;
export type ActiveAdminUnit = Extract<AdminUnitState, { status: 'active' }>;

/** A guard for input that is well-formed but unacceptable (400 rather than the 409 of `ensure`). */
export function ensureValid(rule: string, condition: boolean, message: string, field: string): asserts condition {
  if (!condition) throw new InvalidInput(rule, message, field);
}

export function ensureText(rule: string, value: string, field: string): string {
  const text = value.trim();
  ensureValid(rule, text.length > 0, `${field} must not be empty`, field);
  return text;
}

export function ensureEstablished(state: AdminUnitState, unitId: string): Established {
  if (state.status === 'not_established') throw new NotFound('admin_unit', unitId);
  return state;
}

/** Merged and dissolved units are history: nothing more may happen to them. */
export function ensureActive(state: AdminUnitState, unitId: string): ActiveAdminUnit {
  const unit = ensureEstablished(state, unitId);
  ensure('admin_unit.must_be_active', unit.status === 'active', `administrative unit ${unitId} is ${unit.status}`, {
    status: unit.status,
  });
  return unit;
}

export function ensureNotBeforeEstablishment(unit: { readonly establishedOn: IsoDate }, date: IsoDate): void {
  ensure(
    'admin_unit.date_before_establishment',
    date >= unit.establishedOn,
    `${date} is before the unit was established on ${unit.establishedOn}`,
    { date, establishedOn: unit.establishedOn },
  );
}
