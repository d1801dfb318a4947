/** Events and commands shared by the household specs. */
import type { HouseholdCommand } from './household.commands.js';
import type { HouseholdEvent, HouseholdRegistered, PovertyAssessed, SupportCommitted } from './household.events.js';

export const HH = 'b1c2d3e4-0000-4000-8000-000000000001';
export const COMMUNE = 'c0000000-0000-4000-8000-000000000001';
export const VILLAGE = 'c0000000-0000-4000-8000-000000000002';
export const ORG = 'a0000000-0000-4000-8000-000000000001';
export const CID = 'd0000000-0000-4000-8000-000000000001';
export const SEALED = { keyId: HH, ciphertext: 'v1.aXY.dGFn.Y3Q' };

export const registered: HouseholdRegistered = {
  type: 'HouseholdRegistered',
  data: {
    householdId: HH,
    communeId: COMMUNE,
    villageId: VILLAGE,
    code: 'HN-0001',
    head: SEALED,
    ethnicity: 'Ra Glai',
    ethnicityCode: '19',
    ethnicMinority: true,
    memberCount: 5,
    area: 'rural',
    registeredOn: '2013-09-01',
  },
};

export function assessedEvent(
  reviewYear: number,
  classification: PovertyAssessed['data']['classification'],
  extra: Partial<PovertyAssessed['data']> = {},
): PovertyAssessed {
  return {
    type: 'PovertyAssessed',
    data: {
      reviewYear,
      assessedOn: `${reviewYear}-11-15`,
      standard: 'QD59_2015',
      area: 'rural',
      incomePerCapitaVnd: 650_000,
      deprivations: [],
      classification,
      povertyLineVnd: 700_000,
      nearPoorLineVnd: 1_000_000,
      ...extra,
    },
  };
}

export const committed: SupportCommitted = {
  type: 'SupportCommitted',
  data: {
    commitmentId: CID,
    sponsor: { organizationId: ORG },
    kind: 'livestock',
    description: 'Hai con bò giống',
    valueVnd: 15_000_000,
    dueOn: '2023-06-30',
    committedOn: '2023-01-10',
  },
};

export const erased: HouseholdEvent = {
  type: 'HouseholdPersonalDataErased',
  data: { reason: 'Yêu cầu của chủ hộ', erasedOn: '2024-01-05' },
};

type CommandOf<T extends HouseholdCommand['type']> = Extract<HouseholdCommand, { type: T }>;

/** A command of the given type with the household id filled in. */
export function cmd<T extends HouseholdCommand['type']>(
  type: T,
  data: Omit<CommandOf<T>['data'], 'householdId'>,
): CommandOf<T> {
  return { type, data: { householdId: HH, ...data } } as unknown as CommandOf<T>;
}
