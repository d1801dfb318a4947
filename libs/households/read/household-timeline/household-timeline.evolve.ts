import { assertNever, type IsoDate } from '@kn/shared';
import type { HouseholdEvent } from '../../domain/household.events.js';
import { timelineTitle } from './household-timeline.titles.js';

export interface TimelineItem {
  readonly date: IsoDate;
  readonly type: HouseholdEvent['type'];
  readonly title: string;
  readonly titleEn: string;
  readonly [detail: string]: unknown;
}

export interface HouseholdTimelineDoc {
  readonly items: readonly TimelineItem[];
}

export const emptyTimeline: HouseholdTimelineDoc = { items: [] };

/** The business date an event happened on (not when it was recorded). */
export function businessDateOf(event: HouseholdEvent): IsoDate {
  switch (event.type) {
    case 'HouseholdRegistered':
      return event.data.registeredOn;
    case 'HouseholdMoved':
      return event.data.movedOn;
    case 'HouseholdTransferred':
      return event.data.effectiveOn;
    case 'HouseholdMembersChanged':
      return event.data.effectiveOn;
    case 'HouseholdHeadChanged':
      return event.data.changedOn;
    case 'PovertyAssessed':
      return event.data.assessedOn;
    case 'PovertyStatusChanged':
      return event.data.changedOn;
    case 'AssessmentRestated':
      return event.data.restatedOn;
    case 'SupportCommitted':
      return event.data.committedOn;
    case 'SupportDelivered':
      return event.data.deliveredOn;
    case 'SupportCommitmentFulfilled':
      return event.data.fulfilledOn;
    case 'SupportCommitmentCancelled':
      return event.data.cancelledOn;
    case 'HouseholdPersonalDataErased':
      return event.data.erasedOn;
    case 'SupportSponsorHandedOver':
      return event.data.effectiveOn;
    case 'HouseholdMergedInto':
    case 'HouseholdAbsorbed':
      return event.data.mergedOn;
    default:
      return assertNever(event, 'household event');
  }
}

/** Details shown with an item; sealed personal data never reaches the timeline. */
function detailsOf(event: HouseholdEvent): Readonly<Record<string, unknown>> {
  if (event.type === 'HouseholdRegistered' || event.type === 'HouseholdHeadChanged') {
    const { head: _head, ...rest } = event.data;
    return rest;
  }
  return event.data;
}

/**
 * Every milestone of the household's route out of poverty, in business-date order; events
 * recorded later but dated earlier slot into place, same-day items keep recording order.
 */
export function evolveHouseholdTimeline(doc: HouseholdTimelineDoc, event: HouseholdEvent): HouseholdTimelineDoc {
  const date = businessDateOf(event);
  const item: TimelineItem = { ...detailsOf(event), date, type: event.type, ...timelineTitle(event) };
  const at = doc.items.findIndex((i) => i.date > date);
  const items = at < 0 ? [...doc.items, item] : [...doc.items.slice(0, at), item, ...doc.items.slice(at)];
  return { items };
}
