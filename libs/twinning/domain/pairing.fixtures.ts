import type { ActivityRecord } from './activity.types.js';
import type { PairingCommand, RecordActivity } from './pairing.commands.js';
import { activityEventOf } from './pairing.events.js';
import type { ActivityEvent, PairingEvent } from './pairing.events.js';
import type { ActivityKind } from './twinning.labels.js';

/** Sample data for specs (domain and read side); dates follow the seed's 2013–2015 program. */
export const PAIRING_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0001';
export const ORG_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0002';
export const UNIT_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0003';
export const SUCCESSOR_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0004';
export const HOUSEHOLD_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0005';
export const TODAY = '2015-11-26';

export const established: PairingEvent = {
  type: 'PairingEstablished',
  data: {
    pairingId: PAIRING_ID,
    organizationId: ORG_ID,
    adminUnitId: UNIT_ID,
    establishedOn: '2013-08-15',
    decisionRef: '197-TB/VPTU',
  },
};

export const ended: PairingEvent = {
  type: 'PairingEnded',
  data: { endedOn: '2015-06-30', reason: 'Phân công lại đơn vị kết nghĩa' },
};

const COMMON = {
  occurredOn: '2014-02-10',
  initiator: 'organization',
  locationAdminUnitId: UNIT_ID,
  locationName: null,
  participants: { organizationMembers: 12, residents: 80 },
  summary: 'Thăm hỏi, động viên bà con trước Tết',
  resources: [{ type: 'cash', valueVnd: 10_000_000, source: 'organization_fund' }],
  beneficiaryHouseholdIds: [HOUSEHOLD_ID],
  coOrganizerIds: [],
} as const;

const SAMPLES: { readonly [K in ActivityKind]: ActivityRecord } = {
  visit: { kind: 'visit', activityId: 'visit-1', ...COMMON },
  gift: {
    kind: 'gift',
    activityId: 'gift-1',
    ...COMMON,
    items: [{ name: 'Gạo', quantity: 500, unit: 'kg', valueVnd: 7_500_000 }],
    recipient: 'households',
  },
  exchange: { kind: 'exchange', activityId: 'exchange-1', ...COMMON, exchangeKind: 'cultural' },
  outreach: { kind: 'outreach', activityId: 'outreach-1', ...COMMON, topics: ['law', 'family_planning'] },
  immersion_stay: {
    kind: 'immersion_stay',
    activityId: 'stay-1',
    ...COMMON,
    nights: 3,
    hostHouseholdIds: [HOUSEHOLD_ID],
  },
  study_tour: {
    kind: 'study_tour',
    activityId: 'tour-1',
    ...COMMON,
    locationAdminUnitId: null,
    locationName: 'Xã Phước Dinh',
    destination: 'Ninh Phước',
    modelsStudied: ['Nuôi dê'],
  },
  volunteer_work: { kind: 'volunteer_work', activityId: 'work-1', ...COMMON, labourDays: 40 },
};

export function sampleActivity(kind: ActivityKind, overrides: Readonly<Record<string, unknown>> = {}): ActivityRecord {
  return { ...SAMPLES[kind], ...overrides } as ActivityRecord;
}

export function activityRecorded(kind: ActivityKind, overrides: Readonly<Record<string, unknown>> = {}): ActivityEvent {
  return activityEventOf(sampleActivity(kind, overrides));
}

export function record(kind: ActivityKind, overrides: Readonly<Record<string, unknown>> = {}): RecordActivity {
  return { type: 'RecordActivity', data: { activity: sampleActivity(kind, overrides), today: TODAY } };
}

export function correct(
  activityId: string,
  changes: Readonly<Record<string, unknown>>,
  reason = 'Nhập sai số liệu',
): PairingCommand {
  return { type: 'CorrectActivityRecord', data: { activityId, changes, reason, today: TODAY } };
}
