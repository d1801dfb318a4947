import type { PairingEvent } from '../../domain/pairing.events.js';
import {
  ORG_ID,
  PAIRING_ID,
  SUCCESSOR_ID,
  UNIT_ID,
  activityRecorded,
  established,
  sampleActivity,
} from '../../domain/pairing.fixtures.js';
import type { StoredEvent } from '../event-data.js';
import { evolveActivityLog } from './activity-log.evolve.js';
import type { ActivityLog } from './activity-log.evolve.js';

const log = (events: readonly StoredEvent[]) => events.reduce<ActivityLog | null>(evolveActivityLog, null);

describe('activity log', () => {
  it('has a row per activity with its pairing, organisation and unit', () => {
    expect(log([established, activityRecorded('gift')])?.rows['gift-1']).toEqual({
      activityId: 'gift-1',
      pairingId: PAIRING_ID,
      organizationId: ORG_ID,
      adminUnitId: UNIT_ID,
      kind: 'gift',
      occurredOn: '2014-02-10',
      initiator: 'organization',
      record: sampleActivity('gift'),
      voided: false,
      voidReason: null,
      correctedCount: 0,
    });
  });

  it('shows the record after corrections and counts them', () => {
    const fix = (changes: Record<string, unknown>): PairingEvent => ({
      type: 'ActivityRecordCorrected',
      data: { activityId: 'stay-1', changes, reason: 'Sai' },
    });
    const row = log([
      established,
      activityRecorded('immersion_stay'),
      fix({ nights: 4 }),
      fix({ occurredOn: '2014-03-01', initiator: 'commune' }),
    ])?.rows['stay-1'];
    expect(row).toMatchObject({
      occurredOn: '2014-03-01',
      initiator: 'commune',
      correctedCount: 2,
      record: { ...sampleActivity('immersion_stay'), nights: 4, occurredOn: '2014-03-01', initiator: 'commune' },
    });
  });

  it('keeps voided rows, flagged, with the reason', () => {
    const voided: PairingEvent = { type: 'ActivityRecordVoided', data: { activityId: 'visit-1', reason: 'Ghi trùng' } };
    expect(log([established, activityRecorded('visit'), voided])?.rows['visit-1']).toMatchObject({
      voided: true,
      voidReason: 'Ghi trùng',
    });
  });

  it('files activities under the unit paired on their date, across a merge', () => {
    const transferred: PairingEvent = {
      type: 'PairingTransferred',
      data: {
        fromAdminUnitId: UNIT_ID,
        toAdminUnitId: SUCCESSOR_ID,
        effectiveOn: '2025-07-01',
        mergeDecisionRef: 'NQ',
      },
    };
    const rows = log([
      established,
      activityRecorded('visit', { occurredOn: '2024-05-01' }),
      transferred,
      activityRecorded('gift', { occurredOn: '2025-07-01' }),
      activityRecorded('exchange', { occurredOn: '2025-06-30' }),
    ])?.rows;
    expect([rows?.['visit-1']?.adminUnitId, rows?.['gift-1']?.adminUnitId, rows?.['exchange-1']?.adminUnitId]).toEqual([
      UNIT_ID,
      SUCCESSOR_ID,
      UNIT_ID,
    ]);
  });

  it('never throws on damaged or unknown event data', () => {
    const damaged: StoredEvent[] = [
      established,
      { type: 'VisitConducted', data: null },
      { type: 'GiftDelivered', data: { activityId: 'g', occurredOn: 'yesterday' } },
      { type: 'ActivityRecordCorrected', data: { activityId: 'g', changes: 'everything' } },
      { type: 'ActivityRecordCorrected', data: { activityId: 'missing', changes: {} } },
      { type: 'ActivityRecordVoided', data: 7 },
      { type: 'PairingTransferred', data: { toAdminUnitId: 5 } },
      { type: 'PairingTransferred', data: { toAdminUnitId: SUCCESSOR_ID, effectiveOn: null } },
      { type: 'SomethingNew', data: {} },
    ];
    expect(() => log(damaged)).not.toThrow();
    expect(log(damaged)?.rows['g']).toMatchObject({ occurredOn: null, correctedCount: 1 });
    expect(log(damaged)?.rows['']).toMatchObject({ kind: 'visit', voided: false });
  });

  it('ignores activities before the pairing was established', () => {
    expect(log([activityRecorded('visit')])).toBeNull();
  });
});
