import { spec } from '../../../test/support/decider-spec.js';
import type { PairingCommand } from './pairing.commands.js';
import { pairingDecider } from './pairing.decide.js';
import { ACTIVITY_EVENT_TYPES } from './pairing.events.js';
import type { PairingEvent } from './pairing.events.js';
import { activityRecords } from './pairing.state.js';
import {
  ORG_ID,
  SUCCESSOR_ID,
  TODAY,
  UNIT_ID,
  activityRecorded,
  correct,
  ended,
  established,
  record,
  sampleActivity,
} from './pairing.fixtures.js';
import { ACTIVITY_KINDS } from './twinning.labels.js';

const pairing = spec(pairingDecider);

describe('recording an activity', () => {
  it.each(ACTIVITY_KINDS)('records a %s as its own event', (kind) => {
    const { kind: _, ...data } = sampleActivity(kind);
    pairing
      .given([established])
      .when(record(kind))
      .then([{ type: ACTIVITY_EVENT_TYPES[kind], data } as PairingEvent]);
  });

  it('fills the fields a caller may omit', () => {
    const command: PairingCommand = {
      type: 'RecordActivity',
      data: {
        today: TODAY,
        activity: {
          kind: 'immersion_stay',
          activityId: 'stay-2',
          occurredOn: '2014-05-02',
          initiator: 'commune',
          locationAdminUnitId: UNIT_ID,
          participants: { organizationMembers: 3, residents: 20 },
          summary: 'Ba ngày cùng làm rẫy',
          nights: 3,
        },
      },
    };
    const [event] = pairingDecider.decide(command, pairingDecider.evolve(pairingDecider.initialState, established));
    expect(event?.data).toMatchObject({
      locationName: null,
      resources: [],
      beneficiaryHouseholdIds: [],
      hostHouseholdIds: [],
      coOrganizerIds: [],
    });
  });

  it('records the co-organising organisations in the event', () => {
    const [event] = pairingDecider.decide(
      record('visit', { coOrganizerIds: [SUCCESSOR_ID] }),
      pairingDecider.evolve(pairingDecider.initialState, established),
    );
    expect(event?.data).toMatchObject({ coOrganizerIds: [SUCCESSOR_ID] });
  });

  it("activity.co_organizer_is_own_organization: the pairing's organisation is no co-organiser", () => {
    pairing
      .given([established])
      .when(record('visit', { coOrganizerIds: [ORG_ID] }))
      .thenRejects('activity.co_organizer_is_own_organization');
  });

  it('activity.co_organizers_invalid: each co-organiser once', () => {
    pairing
      .given([established])
      .when(record('visit', { coOrganizerIds: [SUCCESSOR_ID, SUCCESSOR_ID] }))
      .thenRejects('activity.co_organizers_invalid');
  });

  it("runs the kind's rules (activity.labour_days_positive)", () => {
    pairing
      .given([established])
      .when(record('volunteer_work', { labourDays: 0 }))
      .thenRejects('activity.labour_days_positive');
  });

  it('pairing.not_found when nothing was established', () => {
    pairing.given([]).when(record('visit')).thenRejects('pairing.not_found');
  });

  it('pairing.activity_id_unique', () => {
    pairing
      .given([established, activityRecorded('visit')])
      .when(record('gift', { activityId: 'visit-1' }))
      .thenRejects('pairing.activity_id_unique');
  });

  it('pairing.activity_id_unique: a voided activity keeps its id', () => {
    const voided: PairingEvent = { type: 'ActivityRecordVoided', data: { activityId: 'visit-1', reason: 'Trùng' } };
    pairing
      .given([established, activityRecorded('visit'), voided])
      .when(record('visit'))
      .thenRejects('pairing.activity_id_unique');
  });

  it('activity.occurred_on_in_future', () => {
    pairing
      .given([established])
      .when(record('visit', { occurredOn: '2015-11-27' }))
      .thenRejects('activity.occurred_on_in_future');
  });

  it('accepts an activity dated today', () => {
    const [event] = pairingDecider.decide(
      record('visit', { occurredOn: TODAY }),
      pairingDecider.evolve(pairingDecider.initialState, established),
    );
    expect(event?.data).toMatchObject({ occurredOn: TODAY });
  });

  it('pairing.activity_not_before_established', () => {
    pairing
      .given([established])
      .when(record('visit', { occurredOn: '2013-08-14' }))
      .thenRejects('pairing.activity_not_before_established');
  });

  it('pairing.activity_not_after_end', () => {
    pairing
      .given([established, ended])
      .when(record('visit', { occurredOn: '2015-07-01' }))
      .thenRejects('pairing.activity_not_after_end');
  });

  it('accepts a late record of an activity before the end of an ended pairing', () => {
    pairing
      .given([established, ended])
      .when(record('visit', { occurredOn: '2015-06-30' }))
      .then([activityRecorded('visit', { occurredOn: '2015-06-30' })]);
  });
});

const stay = activityRecorded('immersion_stay');
const voidedStay: PairingEvent = { type: 'ActivityRecordVoided', data: { activityId: 'stay-1', reason: 'Ghi trùng' } };

describe('correcting an activity record', () => {
  it('records only the changed fields and the reason', () => {
    pairing
      .given([established, stay])
      .when(correct('stay-1', { nights: 4 }))
      .then([
        {
          type: 'ActivityRecordCorrected',
          data: { activityId: 'stay-1', changes: { nights: 4 }, reason: 'Nhập sai số liệu' },
        },
      ]);
  });

  it('lets a location move from a unit to a named place when the other is cleared', () => {
    const changes = { locationAdminUnitId: null, locationName: 'Nhà văn hóa thôn' };
    pairing
      .given([established, stay])
      .when(correct('stay-1', changes))
      .then([{ type: 'ActivityRecordCorrected', data: { activityId: 'stay-1', changes, reason: 'Nhập sai số liệu' } }]);
  });

  it.each<[string, PairingCommand]>([
    ['pairing.correction_reason_required', correct('stay-1', { nights: 4 }, ' ')],
    ['pairing.correction_changes_required', correct('stay-1', {})],
    ['activity.not_found', correct('stay-9', { nights: 4 })],
    ['pairing.correction_cannot_change_identity', correct('stay-1', { kind: 'visit' })],
    ['pairing.correction_cannot_change_identity', correct('stay-1', { activityId: 'stay-2' })],
    ['pairing.correction_unknown_field', correct('stay-1', { labourDays: 4 })],
    ['activity.immersion_nights_at_least_one', correct('stay-1', { nights: 0 })],
    ['activity.location_exactly_one', correct('stay-1', { locationName: 'Nhà văn hóa thôn' })],
    ['activity.occurred_on_in_future', correct('stay-1', { occurredOn: '2016-01-01' })],
    ['pairing.activity_not_before_established', correct('stay-1', { occurredOn: '2013-01-01' })],
  ])('%s', (code, command) => {
    pairing.given([established, stay]).when(command).thenRejects(code);
  });

  it('pairing.activity_not_after_end', () => {
    pairing
      .given([established, stay, ended])
      .when(correct('stay-1', { occurredOn: '2015-07-01' }))
      .thenRejects('pairing.activity_not_after_end');
  });

  it('pairing.cannot_correct_voided_activity', () => {
    pairing
      .given([established, stay, voidedStay])
      .when(correct('stay-1', { nights: 4 }))
      .thenRejects('pairing.cannot_correct_voided_activity');
  });

  it('validates against the record as already corrected', () => {
    const moved: PairingEvent = {
      type: 'ActivityRecordCorrected',
      data: {
        activityId: 'stay-1',
        changes: { locationAdminUnitId: null, locationName: 'Nhà văn hóa' },
        reason: 'Sai địa điểm',
      },
    };
    pairing
      .given([established, stay, moved])
      .when(correct('stay-1', { locationName: null }))
      .thenRejects('activity.location_exactly_one');
  });
});

describe('voiding an activity record', () => {
  it('records the reason', () => {
    pairing
      .given([established, stay])
      .when({ type: 'VoidActivityRecord', data: { activityId: 'stay-1', reason: 'Ghi trùng' } })
      .then([voidedStay]);
  });

  it('pairing.void_reason_required', () => {
    pairing
      .given([established, stay])
      .when({ type: 'VoidActivityRecord', data: { activityId: 'stay-1', reason: '' } })
      .thenRejects('pairing.void_reason_required');
  });

  it('activity.not_found', () => {
    pairing
      .given([established, stay])
      .when({ type: 'VoidActivityRecord', data: { activityId: 'nope', reason: 'x' } })
      .thenRejects('activity.not_found');
  });

  it('pairing.activity_already_voided', () => {
    pairing
      .given([established, stay, voidedStay])
      .when({ type: 'VoidActivityRecord', data: { activityId: 'stay-1', reason: 'x' } })
      .thenRejects('pairing.activity_already_voided');
  });
});

describe('activityRecords', () => {
  it("gives each activity's current record, correction count and voided flag", () => {
    const corrected: PairingEvent = {
      type: 'ActivityRecordCorrected',
      data: { activityId: 'stay-1', changes: { nights: 5, kind: 'visit' }, reason: 'x' },
    };
    const records = activityRecords([
      established,
      stay,
      corrected,
      activityRecorded('visit'),
      { type: 'ActivityRecordVoided', data: { activityId: 'visit-1', reason: 'x' } },
    ]);
    expect(records['stay-1']).toEqual({
      record: { ...sampleActivity('immersion_stay'), nights: 5 },
      voided: false,
      correctedCount: 1,
    });
    expect(records['visit-1']).toMatchObject({ voided: true, correctedCount: 0 });
  });
});
