import { assertNever, type IsoDate } from '@kn/shared';
import type { Area, Classification } from './poverty-standards/poverty-standard.types.js';
import type { AssessmentRestated, HouseholdEvent } from './household.events.js';
import { transitionsOf } from './poverty-transitions.js';

export interface CommitmentState {
  readonly status: 'open' | 'fulfilled' | 'cancelled';
  readonly committedOn: IsoDate;
  readonly valueVnd: number;
  readonly deliveredVnd: number;
  readonly deliveryIds: readonly string[];
  /** The organisation that owes the support (null for an individual sponsor). */
  readonly sponsorOrganizationId: string | null;
}

/** A recorded review as the household's decisions need it (a restatement re-decides it). */
export interface ReviewState {
  readonly reviewYear: number;
  readonly standard: string;
  readonly area: Area;
  readonly incomePerCapitaVnd: number;
  readonly deprivations: readonly string[];
  readonly classification: Classification;
}

export interface RegisteredHousehold {
  readonly status: 'registered';
  readonly householdId: string;
  readonly communeId: string;
  readonly villageId: string | null;
  readonly area: Area;
  readonly memberCount: number;
  readonly registeredOn: IsoDate;
  readonly personalData: 'sealed' | 'erased';
  /** Review years assessed, in order; the last is the latest. */
  readonly reviewYears: readonly number[];
  /** The reviews in year order, as last stated (restatements applied). */
  readonly reviews: readonly ReviewState[];
  readonly classification: Classification | null;
  /** A later entry into poverty is a relapse (tái nghèo), not newly poor. */
  readonly everExitedPoverty: boolean;
  readonly commitments: Readonly<Record<string, CommitmentState>>;
  /** Set once merged into the household that stays: no command is accepted after that. */
  readonly mergedInto: string | null;
  /** Duplicates merged into this household. */
  readonly absorbed: readonly string[];
}

export type HouseholdState = { readonly status: 'unregistered' } | RegisteredHousehold;

export const initialHouseholdState: HouseholdState = { status: 'unregistered' };

function onCommitment(
  s: RegisteredHousehold,
  id: string,
  change: (c: CommitmentState) => CommitmentState,
): RegisteredHousehold {
  const c = s.commitments[id];
  return c ? { ...s, commitments: { ...s.commitments, [id]: change(c) } } : s;
}

/** The restated review takes its new standard and classification; the latest classification and history follow. */
function restated(s: RegisteredHousehold, d: AssessmentRestated['data']): RegisteredHousehold {
  const reviews = s.reviews.map((r) =>
    r.reviewYear === d.reviewYear
      ? { ...r, standard: d.to.standard, classification: d.to.classification, deprivations: d.to.deprivations }
      : r,
  );
  const everExitedPoverty = transitionsOf(reviews).some((t) => t.transition === 'exited_poverty');
  return { ...s, reviews, classification: reviews.at(-1)?.classification ?? s.classification, everExitedPoverty };
}

function evolveRegistered(
  s: RegisteredHousehold,
  event: Exclude<HouseholdEvent, { type: 'HouseholdRegistered' }>,
): RegisteredHousehold {
  switch (event.type) {
    case 'HouseholdMoved':
      return { ...s, communeId: event.data.toCommuneId, villageId: event.data.toVillageId, area: event.data.area };
    case 'HouseholdTransferred':
      return { ...s, communeId: event.data.toCommuneId };
    case 'HouseholdMembersChanged':
      return { ...s, memberCount: event.data.to };
    case 'HouseholdHeadChanged':
      return s;
    case 'PovertyAssessed': {
      const d = event.data;
      const review: ReviewState = {
        reviewYear: d.reviewYear,
        standard: d.standard,
        area: d.area,
        incomePerCapitaVnd: d.incomePerCapitaVnd,
        deprivations: d.deprivations,
        classification: d.classification,
      };
      return {
        ...s,
        reviewYears: [...s.reviewYears, d.reviewYear],
        reviews: [...s.reviews, review],
        classification: d.classification,
      };
    }
    case 'AssessmentRestated':
      return restated(s, event.data);
    case 'PovertyStatusChanged':
      return event.data.transition === 'exited_poverty' ? { ...s, everExitedPoverty: true } : s;
    case 'SupportCommitted': {
      const { commitmentId, committedOn, valueVnd, sponsor } = event.data;
      const sponsorOrganizationId =
        'organizationId' in sponsor && typeof sponsor.organizationId === 'string' ? sponsor.organizationId : null;
      const c: CommitmentState = {
        status: 'open',
        committedOn,
        valueVnd,
        deliveredVnd: 0,
        deliveryIds: [],
        sponsorOrganizationId,
      };
      return { ...s, commitments: { ...s.commitments, [commitmentId]: c } };
    }
    case 'SupportDelivered':
      return onCommitment(s, event.data.commitmentId, (c) => ({
        ...c,
        deliveredVnd: c.deliveredVnd + event.data.valueVnd,
        deliveryIds: [...c.deliveryIds, event.data.deliveryId],
      }));
    case 'SupportCommitmentFulfilled':
      return onCommitment(s, event.data.commitmentId, (c) => ({ ...c, status: 'fulfilled' }));
    case 'SupportCommitmentCancelled':
      return onCommitment(s, event.data.commitmentId, (c) => ({ ...c, status: 'cancelled' }));
    case 'SupportSponsorHandedOver':
      return onCommitment(s, event.data.commitmentId, (c) => ({
        ...c,
        sponsorOrganizationId: event.data.toOrganizationId,
      }));
    case 'HouseholdPersonalDataErased':
      return { ...s, personalData: 'erased' };
    case 'HouseholdMergedInto':
      return { ...s, mergedInto: event.data.survivorId };
    case 'HouseholdAbsorbed':
      return { ...s, absorbed: [...s.absorbed, event.data.duplicateId] };
    default:
      return assertNever(event, 'household event');
  }
}

export function evolveHousehold(state: HouseholdState, event: HouseholdEvent): HouseholdState {
  if (event.type === 'HouseholdRegistered') {
    const d = event.data;
    return {
      status: 'registered',
      householdId: d.householdId,
      communeId: d.communeId,
      villageId: d.villageId,
      area: d.area,
      memberCount: d.memberCount,
      registeredOn: d.registeredOn,
      personalData: 'sealed',
      reviewYears: [],
      reviews: [],
      classification: null,
      everExitedPoverty: false,
      commitments: {},
      mergedInto: null,
      absorbed: [],
    };
  }
  // The write stream always starts with registration; anything else on an empty stream is ignored.
  return state.status === 'registered' ? evolveRegistered(state, event) : state;
}
