import { isIsoDate } from '@kn/shared';
import { COMMITMENT_KINDS, TRANSITIONS, type HouseholdEvent, type HouseholdEventType } from './household.events.js';
import { AREAS, CLASSIFICATIONS } from './poverty-standards/poverty-standard.types.js';

type Check = (value: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const date: Check = (v) => isIsoDate(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const strings: Check = (v) => Array.isArray(v) && v.every(str);
const sealed: Check = (v) =>
  !!v &&
  typeof v === 'object' &&
  str((v as Record<string, unknown>)['keyId']) &&
  str((v as Record<string, unknown>)['ciphertext']);
const sponsor: Check = (v) =>
  !!v &&
  typeof v === 'object' &&
  (str((v as Record<string, unknown>)['organizationId']) || str((v as Record<string, unknown>)['individualName']));
const classificationOrNull: Check = (v) => v === null || oneOf(CLASSIFICATIONS)(v);

const stated: Check = (v) =>
  !!v &&
  typeof v === 'object' &&
  str((v as Record<string, unknown>)['standard']) &&
  oneOf(CLASSIFICATIONS)((v as Record<string, unknown>)['classification']) &&
  strings((v as Record<string, unknown>)['deprivations']);
const transitionOrNull: Check = (v) => v === null || oneOf(TRANSITIONS)(v);
const restatedTransitions: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (t) =>
      !!t &&
      typeof t === 'object' &&
      num((t as Record<string, unknown>)['reviewYear']) &&
      transitionOrNull((t as Record<string, unknown>)['from']) &&
      transitionOrNull((t as Record<string, unknown>)['to']),
  );

/** The fields each event type must carry; read-side folds rely on these and nothing more. */
const SHAPES: Readonly<Record<HouseholdEventType, Readonly<Record<string, Check>>>> = {
  HouseholdRegistered: {
    householdId: str,
    communeId: str,
    villageId: strOrNull,
    code: str,
    head: sealed,
    ethnicity: str,
    ethnicMinority: bool,
    memberCount: num,
    area: oneOf(AREAS),
    registeredOn: date,
  },
  HouseholdMoved: {
    fromCommuneId: str,
    fromVillageId: strOrNull,
    toCommuneId: str,
    toVillageId: strOrNull,
    area: oneOf(AREAS),
    movedOn: date,
  },
  HouseholdMembersChanged: { from: num, to: num, effectiveOn: date },
  HouseholdHeadChanged: { head: sealed, changedOn: date },
  PovertyAssessed: {
    reviewYear: num,
    assessedOn: date,
    standard: str,
    area: oneOf(AREAS),
    incomePerCapitaVnd: num,
    deprivations: strings,
    classification: oneOf(CLASSIFICATIONS),
    povertyLineVnd: num,
    nearPoorLineVnd: num,
  },
  PovertyStatusChanged: {
    reviewYear: num,
    changedOn: date,
    from: classificationOrNull,
    to: oneOf(CLASSIFICATIONS),
    transition: oneOf(TRANSITIONS),
  },
  AssessmentRestated: {
    reviewYear: num,
    restatedOn: date,
    reason: str,
    from: stated,
    to: stated,
    transitions: restatedTransitions,
  },
  SupportCommitted: {
    commitmentId: str,
    sponsor,
    kind: oneOf(COMMITMENT_KINDS),
    description: str,
    valueVnd: num,
    dueOn: date,
    committedOn: date,
  },
  SupportDelivered: {
    commitmentId: str,
    deliveryId: str,
    deliveredOn: date,
    description: str,
    valueVnd: num,
    deliveredToDateVnd: num,
    exceedsCommitmentByVnd: num,
  },
  SupportCommitmentFulfilled: { commitmentId: str, fulfilledOn: date },
  SupportCommitmentCancelled: { commitmentId: str, reason: str, cancelledOn: date },
  HouseholdPersonalDataErased: { reason: str, erasedOn: date },
  HouseholdMergedInto: { survivorId: str, reason: str, mergedOn: date },
  HouseholdAbsorbed: { duplicateId: str, reason: str, mergedOn: date },
  HouseholdTransferred: { fromCommuneId: str, toCommuneId: str, effectiveOn: date, mergeDecisionRef: str },
  SupportSponsorHandedOver: {
    commitmentId: str,
    fromOrganizationId: str,
    toOrganizationId: str,
    effectiveOn: date,
    decisionRef: str,
  },
};

export function isHouseholdEventType(type: string): type is HouseholdEventType {
  return Object.prototype.hasOwnProperty.call(SHAPES, type);
}

/**
 * A stored event as a typed household event, or null when its type is not a household event
 * or its data lacks a field the read side needs: projections park those instead of throwing.
 */
export function parseHouseholdEvent(raw: { readonly type: string; readonly data: unknown }): HouseholdEvent | null {
  if (!isHouseholdEventType(raw.type) || !raw.data || typeof raw.data !== 'object') return null;
  const data = raw.data as Record<string, unknown>;
  const shape = SHAPES[raw.type];
  const ok = Object.entries(shape).every(([field, check]) => check(data[field]));
  return ok ? ({ type: raw.type, data } as unknown as HouseholdEvent) : null;
}
