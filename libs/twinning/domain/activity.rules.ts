import { isIsoDate, ensureValid } from '@kn/shared';
import type { ActivityInput, ActivityRecord } from './activity.types.js';
import {
  isNonNegativeInteger,
  isPositiveInteger,
  isPositiveNumber,
  isRecord,
  isText,
  isTextList,
  isUniqueTextList,
} from './input.guards.js';
import {
  ACTIVITY_KINDS,
  EXCHANGE_KINDS,
  GIFT_RECIPIENTS,
  INITIATORS,
  OUTREACH_TOPICS,
  RESOURCE_SOURCES,
  RESOURCE_TYPES,
  isOneOf,
} from './twinning.labels.js';
import type { ActivityKind } from './twinning.labels.js';

/**
 * What makes an activity record acceptable, as data: one table of named field rules per kind.
 * Recording and correcting run the same table, so a correction can never produce a record that
 * could not have been recorded. These are input rules (400); rules that depend on the pairing
 * (dates against its life, unique ids) live in the decider (409).
 */
type Fields = Readonly<Record<string, unknown>>;

export interface FieldRule {
  readonly code: string;
  readonly field: string;
  readonly message: string;
  readonly holds: (record: Fields) => boolean;
}

export interface KindRules {
  /** Fields beyond the common ones; together they are everything a correction may change. */
  readonly fields: readonly string[];
  /** Values for fields a caller may omit. */
  readonly defaults: Fields;
  readonly rules: readonly FieldRule[];
}

export const COMMON_ACTIVITY_FIELDS = [
  'occurredOn',
  'initiator',
  'locationAdminUnitId',
  'locationName',
  'participants',
  'summary',
  'resources',
  'beneficiaryHouseholdIds',
  'coOrganizerIds',
] as const;

const COMMON_DEFAULTS: Fields = {
  locationAdminUnitId: null,
  locationName: null,
  resources: [],
  beneficiaryHouseholdIds: [],
  coOrganizerIds: [],
};

function isResource(value: unknown): boolean {
  return (
    isRecord(value) &&
    isOneOf(RESOURCE_TYPES, value.type) &&
    isNonNegativeInteger(value.valueVnd) &&
    isOneOf(RESOURCE_SOURCES, value.source)
  );
}

function isGiftItem(value: unknown): boolean {
  return (
    isRecord(value) &&
    isText(value.name) &&
    isPositiveNumber(value.quantity) &&
    isText(value.unit) &&
    isPositiveInteger(value.valueVnd)
  );
}

function isLocation(r: Fields): boolean {
  return (
    (isText(r.locationAdminUnitId) && r.locationName === null) ||
    (r.locationAdminUnitId === null && isText(r.locationName))
  );
}

export const COMMON_ACTIVITY_RULES: readonly FieldRule[] = [
  {
    code: 'twinning.invalid_date',
    field: 'occurredOn',
    message: 'occurredOn must be a date YYYY-MM-DD',
    holds: (r) => isIsoDate(r.occurredOn),
  },
  {
    code: 'activity.initiator_unknown',
    field: 'initiator',
    message: `initiator must be one of ${INITIATORS.join(', ')}`,
    holds: (r) => isOneOf(INITIATORS, r.initiator),
  },
  {
    code: 'activity.location_exactly_one',
    field: 'locationAdminUnitId',
    message: 'give either locationAdminUnitId or locationName, and set the other to null',
    holds: isLocation,
  },
  {
    code: 'activity.participants_invalid',
    field: 'participants',
    message: 'participants.organizationMembers and participants.residents must be whole numbers ≥ 0',
    holds: (r) =>
      isRecord(r.participants) &&
      isNonNegativeInteger(r.participants.organizationMembers) &&
      isNonNegativeInteger(r.participants.residents),
  },
  {
    code: 'activity.summary_required',
    field: 'summary',
    message: 'summary must say what happened',
    holds: (r) => isText(r.summary),
  },
  {
    code: 'activity.resource_invalid',
    field: 'resources',
    message: 'each resource needs a known type and source and an integer valueVnd ≥ 0',
    holds: (r) => Array.isArray(r.resources) && r.resources.every(isResource),
  },
  {
    code: 'activity.beneficiaries_invalid',
    field: 'beneficiaryHouseholdIds',
    message: 'beneficiaryHouseholdIds must be distinct household ids',
    holds: (r) => isUniqueTextList(r.beneficiaryHouseholdIds),
  },
  {
    code: 'activity.co_organizers_invalid',
    field: 'coOrganizerIds',
    message: 'coOrganizerIds must be distinct organisation ids',
    holds: (r) => isUniqueTextList(r.coOrganizerIds),
  },
];

export const ACTIVITY_KIND_RULES: { readonly [K in ActivityKind]: KindRules } = {
  visit: { fields: [], defaults: {}, rules: [] },
  gift: {
    fields: ['items', 'recipient'],
    defaults: {},
    rules: [
      {
        code: 'activity.gift_items_required',
        field: 'items',
        message: 'a gift lists at least one item',
        holds: (r) => Array.isArray(r.items) && r.items.length > 0,
      },
      {
        code: 'activity.gift_item_invalid',
        field: 'items',
        message: 'each item needs a name, a unit, a positive quantity and a positive integer valueVnd',
        holds: (r) => Array.isArray(r.items) && r.items.every(isGiftItem),
      },
      {
        code: 'activity.gift_recipient_unknown',
        field: 'recipient',
        message: `recipient must be one of ${GIFT_RECIPIENTS.join(', ')}`,
        holds: (r) => isOneOf(GIFT_RECIPIENTS, r.recipient),
      },
    ],
  },
  exchange: {
    fields: ['exchangeKind'],
    defaults: {},
    rules: [
      {
        code: 'activity.exchange_kind_unknown',
        field: 'exchangeKind',
        message: `exchangeKind must be one of ${EXCHANGE_KINDS.join(', ')}`,
        holds: (r) => isOneOf(EXCHANGE_KINDS, r.exchangeKind),
      },
    ],
  },
  outreach: {
    fields: ['topics'],
    defaults: {},
    rules: [
      {
        code: 'activity.outreach_topics_required',
        field: 'topics',
        message: 'an outreach session covers at least one topic',
        holds: (r) => Array.isArray(r.topics) && r.topics.length > 0,
      },
      {
        code: 'activity.outreach_topic_unknown',
        field: 'topics',
        message: `topics come from ${OUTREACH_TOPICS.join(', ')}, each once`,
        holds: (r) =>
          Array.isArray(r.topics) &&
          r.topics.every((t) => isOneOf(OUTREACH_TOPICS, t)) &&
          new Set(r.topics).size === r.topics.length,
      },
    ],
  },
  immersion_stay: {
    fields: ['nights', 'hostHouseholdIds'],
    defaults: { hostHouseholdIds: [] },
    rules: [
      {
        code: 'activity.immersion_nights_at_least_one',
        field: 'nights',
        message: 'a four-together stay lasts at least one night',
        holds: (r) => isPositiveInteger(r.nights),
      },
      {
        code: 'activity.host_households_invalid',
        field: 'hostHouseholdIds',
        message: 'hostHouseholdIds must be distinct household ids',
        holds: (r) => isUniqueTextList(r.hostHouseholdIds),
      },
    ],
  },
  study_tour: {
    fields: ['destination', 'modelsStudied'],
    defaults: { modelsStudied: [] },
    rules: [
      {
        code: 'activity.study_tour_destination_required',
        field: 'destination',
        message: 'a study tour names its destination',
        holds: (r) => isText(r.destination),
      },
      {
        code: 'activity.models_studied_invalid',
        field: 'modelsStudied',
        message: 'modelsStudied must be a list of names',
        holds: (r) => isTextList(r.modelsStudied),
      },
    ],
  },
  volunteer_work: {
    fields: ['labourDays'],
    defaults: {},
    rules: [
      {
        code: 'activity.labour_days_positive',
        field: 'labourDays',
        message: 'labourDays must be more than zero',
        holds: (r) => isPositiveNumber(r.labourDays),
      },
    ],
  },
};

/** Fill the fields a caller may omit, so stored records always have every field. */
export function normalizeActivity(input: ActivityInput): Fields {
  const kindDefaults = isOneOf(ACTIVITY_KINDS, input.kind) ? ACTIVITY_KIND_RULES[input.kind].defaults : {};
  const defaults: Fields = { ...COMMON_DEFAULTS, ...kindDefaults };
  const given = Object.entries(input).filter(([, v]) => v !== undefined);
  return { ...defaults, ...Object.fromEntries(given) };
}

/** Run the common rules and the kind's rules; the first broken rule is reported with its field. */
export function validateActivity(record: Fields): ActivityRecord {
  ensureValid(
    'activity.kind_unknown',
    isOneOf(ACTIVITY_KINDS, record.kind),
    `kind must be one of ${ACTIVITY_KINDS.join(', ')}`,
    'kind',
  );
  ensureValid('activity.id_required', isText(record.activityId), 'activityId is required', 'activityId');
  for (const rule of [...COMMON_ACTIVITY_RULES, ...ACTIVITY_KIND_RULES[record.kind].rules]) {
    ensureValid(rule.code, rule.holds(record), rule.message, rule.field);
  }
  // Every rule of the kind's table held, which is what the type promises.
  return record as ActivityRecord;
}

export function correctableFields(kind: ActivityKind): readonly string[] {
  return [...COMMON_ACTIVITY_FIELDS, ...ACTIVITY_KIND_RULES[kind].fields];
}

/**
 * The record after a correction. Identity is pinned: a change can never re-key or re-kind an
 * activity, even if an old event says so. Pure and total, so read models can use it on any data.
 */
export function mergeCorrection(record: ActivityRecord, changes: unknown): ActivityRecord {
  if (!isRecord(changes)) return record;
  return { ...record, ...changes, kind: record.kind, activityId: record.activityId } as ActivityRecord;
}
