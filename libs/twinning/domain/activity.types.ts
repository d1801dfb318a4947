import type { IsoDate } from '@kn/shared';
import type {
  ActivityKind,
  ExchangeKind,
  GiftRecipient,
  Initiator,
  OutreachTopic,
  ResourceSource,
  ResourceType,
} from './twinning.labels.js';

export type Resource = {
  readonly type: ResourceType;
  /** Integer VND; labour days and in-kind help are valued too so sources can be compared. */
  readonly valueVnd: number;
  readonly source: ResourceSource;
};

export type Participants = {
  readonly organizationMembers: number;
  readonly residents: number;
};

/** Fields every activity kind records (API.md "Pairings and activities", common body). */
export type ActivityCommon = {
  readonly activityId: string;
  readonly occurredOn: IsoDate;
  readonly initiator: Initiator;
  /** Exactly one of the two: an admin unit, or a named place elsewhere (study tours). */
  readonly locationAdminUnitId: string | null;
  readonly locationName: string | null;
  readonly participants: Participants;
  readonly summary: string;
  readonly resources: readonly Resource[];
  readonly beneficiaryHouseholdIds: readonly string[];
  /** Organisations that organised the activity together with the pairing's (issue 13): credited each. */
  readonly coOrganizerIds: readonly string[];
};

export type GiftItem = {
  readonly name: string;
  readonly quantity: number;
  readonly unit: string;
  readonly valueVnd: number;
};

/** What each kind records beyond the common fields. */
export type ActivityDetails = {
  readonly visit: Record<never, never>;
  readonly gift: { readonly items: readonly GiftItem[]; readonly recipient: GiftRecipient };
  readonly exchange: { readonly exchangeKind: ExchangeKind };
  readonly outreach: { readonly topics: readonly OutreachTopic[] };
  readonly immersion_stay: { readonly nights: number; readonly hostHouseholdIds: readonly string[] };
  readonly study_tour: { readonly destination: string; readonly modelsStudied: readonly string[] };
  readonly volunteer_work: { readonly labourDays: number };
};

export type ActivityData<K extends ActivityKind> = ActivityCommon & ActivityDetails[K];

/** The current record of one activity: what the read side shows after corrections. */
export type ActivityRecordOf<K extends ActivityKind> = { readonly kind: K } & ActivityData<K>;
export type ActivityRecord = { [K in ActivityKind]: ActivityRecordOf<K> }[ActivityKind];

/** Fields a caller may leave out when recording; they default to "none". */
export type DefaultedField =
  | 'locationAdminUnitId'
  | 'locationName'
  | 'resources'
  | 'beneficiaryHouseholdIds'
  | 'coOrganizerIds'
  | 'hostHouseholdIds'
  | 'modelsStudied';
type Optional<T, K extends PropertyKey> = Omit<T, K & keyof T> & Partial<Pick<T, K & keyof T>>;
export type ActivityInput = { [K in ActivityKind]: Optional<ActivityRecordOf<K>, DefaultedField> }[ActivityKind];
