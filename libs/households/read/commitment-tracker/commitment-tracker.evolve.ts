import type { IsoDate } from '@kn/shared';
import { commitmentStatus, type CommitmentStatus } from '../../domain/commitment-status.js';
import type { CommitmentKind, HouseholdEvent, Sponsor } from '../../domain/household.events.js';

export interface TrackedDelivery {
  readonly deliveryId: string;
  readonly deliveredOn: IsoDate;
  readonly description: string;
  readonly valueVnd: number;
}

export interface TrackedCommitmentDoc {
  readonly id: string;
  readonly householdId: string;
  readonly householdCode: string;
  readonly communeId: string;
  readonly sponsor: Sponsor;
  readonly kind: CommitmentKind;
  readonly description: string;
  readonly valueVnd: number;
  readonly deliveredVnd: number;
  readonly committedOn: IsoDate;
  readonly dueOn: IsoDate;
  /** Overdue is derived when read (`trackedCommitmentView`). */
  readonly status: 'open' | 'fulfilled' | 'cancelled';
  readonly fulfilledOn: IsoDate | null;
  readonly cancelledOn: IsoDate | null;
  readonly cancellationReason: string | null;
  readonly deliveries: readonly TrackedDelivery[];
}

export interface TrackedHousehold {
  readonly householdId: string;
  readonly code: string;
  readonly communeId: string;
}

/** The commitment's row after one of its household's commitment events. */
export function evolveTrackedCommitment(
  doc: TrackedCommitmentDoc | null,
  event: HouseholdEvent,
  household: TrackedHousehold | null,
): TrackedCommitmentDoc | null {
  switch (event.type) {
    case 'SupportCommitted': {
      if (doc || !household) return doc;
      const { commitmentId: id, sponsor, kind, description, valueVnd, committedOn, dueOn } = event.data;
      return {
        id,
        householdId: household.householdId,
        householdCode: household.code,
        communeId: household.communeId,
        sponsor,
        kind,
        description,
        valueVnd,
        deliveredVnd: 0,
        committedOn,
        dueOn,
        status: 'open',
        fulfilledOn: null,
        cancelledOn: null,
        cancellationReason: null,
        deliveries: [],
      };
    }
    case 'SupportDelivered': {
      if (!doc) return doc;
      const { deliveryId, deliveredOn, description, valueVnd } = event.data;
      return {
        ...doc,
        deliveredVnd: doc.deliveredVnd + valueVnd,
        deliveries: [...doc.deliveries, { deliveryId, deliveredOn, description, valueVnd }],
      };
    }
    case 'SupportCommitmentFulfilled':
      return doc && { ...doc, status: 'fulfilled', fulfilledOn: event.data.fulfilledOn };
    case 'SupportCommitmentCancelled':
      return (
        doc && {
          ...doc,
          status: 'cancelled',
          cancelledOn: event.data.cancelledOn,
          cancellationReason: event.data.reason,
        }
      );
    case 'SupportSponsorHandedOver':
      return doc && { ...doc, sponsor: { ...doc.sponsor, organizationId: event.data.toOrganizationId } };
    default:
      return doc;
  }
}

export type TrackedCommitmentView = Omit<TrackedCommitmentDoc, 'status'> & { readonly status: CommitmentStatus };

export function trackedCommitmentView(doc: TrackedCommitmentDoc, today: IsoDate): TrackedCommitmentView {
  return { ...doc, status: commitmentStatus(doc, today) };
}
