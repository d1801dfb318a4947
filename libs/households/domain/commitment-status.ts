import type { IsoDate } from '@kn/shared';

export type CommitmentStatus = 'open' | 'overdue' | 'fulfilled' | 'cancelled';

export interface CommitmentLike {
  readonly status: 'open' | 'fulfilled' | 'cancelled';
  readonly dueOn: IsoDate;
}

/** Overdue is not stored: an open commitment becomes overdue the day after its due date. */
export function commitmentStatus(commitment: CommitmentLike, today: IsoDate): CommitmentStatus {
  if (commitment.status !== 'open') return commitment.status;
  return today > commitment.dueOn ? 'overdue' : 'open';
}
