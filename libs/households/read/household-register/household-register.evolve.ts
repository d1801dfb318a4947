import { assertNever, type IsoDate } from '@kn/shared';
import type { CommitmentKind, HouseholdEvent, Sponsor, Transition } from '../../domain/household.events.js';
import type { SealedPersonalData } from '../../domain/personal-data.js';
import type { Area, Classification } from '../../domain/poverty-standards/poverty-standard.types.js';
import { commitmentStatus, type CommitmentStatus } from '../../domain/commitment-status.js';

export interface RegisterCommitment {
  readonly id: string;
  readonly kind: CommitmentKind;
  readonly sponsor: Sponsor;
  /** Overdue is computed at read time (`householdRegisterView`), never stored. */
  readonly status: 'open' | 'fulfilled' | 'cancelled';
  readonly valueVnd: number;
  readonly deliveredVnd: number;
  readonly committedOn: IsoDate;
  readonly dueOn: IsoDate;
}

export interface LatestAssessment {
  readonly reviewYear: number;
  readonly assessedOn: IsoDate;
  readonly standard: string;
  readonly incomePerCapitaVnd: number;
  readonly deprivations: readonly string[];
  readonly classification: Classification;
  readonly povertyLineVnd: number;
  readonly nearPoorLineVnd: number;
  readonly transition: Transition | null;
}

export interface HouseholdRegisterDoc {
  readonly id: string;
  readonly code: string;
  readonly communeId: string;
  readonly villageId: string | null;
  readonly ethnicity: string;
  readonly ethnicMinority: boolean;
  readonly memberCount: number;
  readonly area: Area;
  readonly registeredOn: IsoDate;
  /** Ciphertext for the query side to open with the vault; null once erased. */
  readonly head: SealedPersonalData | null;
  readonly status: Classification | 'unassessed';
  readonly latestAssessment: LatestAssessment | null;
  readonly commitments: readonly RegisterCommitment[];
  readonly erased: boolean;
  /** The household this one was merged into (a duplicate registration); absent on documents written before merges existed. */
  readonly mergedInto?: string | null;
}

function onCommitment(
  doc: HouseholdRegisterDoc,
  id: string,
  change: (c: RegisterCommitment) => RegisterCommitment,
): HouseholdRegisterDoc {
  return { ...doc, commitments: doc.commitments.map((c) => (c.id === id ? change(c) : c)) };
}

function assessed(
  doc: HouseholdRegisterDoc,
  d: Extract<HouseholdEvent, { type: 'PovertyAssessed' }>['data'],
): HouseholdRegisterDoc {
  // A late-arriving older review never displaces the latest one.
  if (doc.latestAssessment && doc.latestAssessment.reviewYear > d.reviewYear) return doc;
  const { area: _area, ...fields } = d;
  return {
    ...doc,
    status: d.classification,
    latestAssessment: { ...fields, deprivations: [...d.deprivations], transition: null },
  };
}

/** A restated latest review shows its new standard, classification and transition. */
function restated(
  doc: HouseholdRegisterDoc,
  d: Extract<HouseholdEvent, { type: 'AssessmentRestated' }>['data'],
): HouseholdRegisterDoc {
  const latest = doc.latestAssessment;
  if (!latest || latest.reviewYear !== d.reviewYear) return doc;
  const change = d.transitions.find((t) => t.reviewYear === d.reviewYear);
  return {
    ...doc,
    status: d.to.classification,
    latestAssessment: {
      ...latest,
      standard: d.to.standard,
      classification: d.to.classification,
      deprivations: [...d.to.deprivations],
      povertyLineVnd: d.to.povertyLineVnd,
      nearPoorLineVnd: d.to.nearPoorLineVnd,
      transition: change ? change.to : latest.transition,
    },
  };
}

function evolveExisting(doc: HouseholdRegisterDoc, event: HouseholdEvent): HouseholdRegisterDoc {
  switch (event.type) {
    case 'HouseholdRegistered':
      return doc;
    case 'HouseholdMoved':
      return { ...doc, communeId: event.data.toCommuneId, villageId: event.data.toVillageId, area: event.data.area };
    case 'HouseholdTransferred':
      return { ...doc, communeId: event.data.toCommuneId };
    case 'HouseholdMembersChanged':
      return { ...doc, memberCount: event.data.to };
    case 'HouseholdHeadChanged':
      return doc.erased ? doc : { ...doc, head: event.data.head };
    case 'PovertyAssessed':
      return assessed(doc, event.data);
    case 'PovertyStatusChanged': {
      const latest = doc.latestAssessment;
      return latest?.reviewYear === event.data.reviewYear
        ? { ...doc, latestAssessment: { ...latest, transition: event.data.transition } }
        : doc;
    }
    case 'AssessmentRestated':
      return restated(doc, event.data);
    case 'SupportCommitted': {
      const { commitmentId: id, kind, sponsor, valueVnd, committedOn, dueOn } = event.data;
      if (doc.commitments.some((c) => c.id === id)) return doc;
      return {
        ...doc,
        commitments: [
          ...doc.commitments,
          { id, kind, sponsor, status: 'open', valueVnd, deliveredVnd: 0, committedOn, dueOn },
        ],
      };
    }
    case 'SupportDelivered':
      return onCommitment(doc, event.data.commitmentId, (c) => ({
        ...c,
        deliveredVnd: c.deliveredVnd + event.data.valueVnd,
      }));
    case 'SupportCommitmentFulfilled':
      return onCommitment(doc, event.data.commitmentId, (c) => ({ ...c, status: 'fulfilled' }));
    case 'SupportCommitmentCancelled':
      return onCommitment(doc, event.data.commitmentId, (c) => ({ ...c, status: 'cancelled' }));
    case 'HouseholdPersonalDataErased':
      return { ...doc, head: null, erased: true };
    case 'HouseholdMergedInto':
      return { ...doc, mergedInto: event.data.survivorId };
    case 'HouseholdAbsorbed':
      return doc;
    case 'SupportSponsorHandedOver':
      return onCommitment(doc, event.data.commitmentId, (c) => ({
        ...c,
        sponsor: { ...c.sponsor, organizationId: event.data.toOrganizationId },
      }));
    default:
      return assertNever(event, 'household event');
  }
}

/**
 * The household register row. Takes events already checked by `parseHouseholdEvent`; events
 * for a household not (yet) registered leave the document absent instead of failing.
 */
export function evolveHouseholdRegister(
  doc: HouseholdRegisterDoc | null,
  event: HouseholdEvent,
): HouseholdRegisterDoc | null {
  if (event.type === 'HouseholdRegistered' && !doc) {
    const d = event.data;
    return {
      id: d.householdId,
      code: d.code,
      communeId: d.communeId,
      villageId: d.villageId,
      ethnicity: d.ethnicity,
      ethnicMinority: d.ethnicMinority,
      memberCount: d.memberCount,
      area: d.area,
      registeredOn: d.registeredOn,
      head: d.head,
      status: 'unassessed',
      latestAssessment: null,
      commitments: [],
      erased: false,
    };
  }
  return doc ? evolveExisting(doc, event) : null;
}

export interface HouseholdRegisterView extends Omit<HouseholdRegisterDoc, 'commitments'> {
  readonly commitments: readonly (Omit<RegisterCommitment, 'status'> & { readonly status: CommitmentStatus })[];
  readonly hasOpenCommitment: boolean;
}

/** The API shape on a given day: open commitments past their due date read as overdue. */
export function householdRegisterView(doc: HouseholdRegisterDoc, today: IsoDate): HouseholdRegisterView {
  const commitments = doc.commitments.map((c) => ({ ...c, status: commitmentStatus(c, today) }));
  return {
    ...doc,
    mergedInto: doc.mergedInto ?? null,
    commitments,
    hasOpenCommitment: commitments.some((c) => c.status === 'open' || c.status === 'overdue'),
  };
}
