import type { Commitment } from '../HouseholdsPage';

export interface TimelineItem {
  date: string;
  type: string;
  title: string;
  titleEn?: string;
  [k: string]: unknown;
}

export interface Standard {
  code: string;
  name: string;
  nameEn?: string;
  validFrom: number;
  validTo: number;
  reviewYears: { from: number; to: number };
  indicators: { code: string; labelVi: string; labelEn: string }[];
}

/** The command dialog open on the page, if any. */
export type Dialog =
  | { kind: 'assess' }
  | { kind: 'commit' }
  | { kind: 'move' }
  | { kind: 'members' }
  | { kind: 'erase' }
  | { kind: 'merge' }
  | { kind: 'deliver'; c: Commitment }
  | { kind: 'fulfil'; c: Commitment }
  | { kind: 'cancel'; c: Commitment };
