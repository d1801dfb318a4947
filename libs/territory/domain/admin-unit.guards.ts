import type { IsoDate } from '@kn/shared';
import { ensure, NotFound } from '@kn/shared';
import type { AdminUnitState } from './admin-unit.state.js';

type Established = Exclude<AdminUnitState, { status: 'not_established' }>;
export type ActiveAdminUnit = Extract<AdminUnitState, { status: 'active' }>;

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
