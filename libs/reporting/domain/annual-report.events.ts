import type { IsoDate, Message } from '@kn/shared';

/** The sections the figures cannot write; the supervisor drafts them (Hướng dẫn 36-HD/VPTW: a report's body is the drafter's). */
export const DRAFTED_SECTIONS = ['limitations', 'causes', 'directions', 'recommendations'] as const;
export type DraftedSection = (typeof DRAFTED_SECTIONS)[number];
export type DraftedSections = Readonly<Record<DraftedSection, string>>;

export interface Signer {
  readonly name: string;
  readonly title: string;
}

/** Where the issued report was pinned: the log position and the audit chain's head then. */
export interface IssuedPin {
  readonly commit: number;
  readonly position: number;
  readonly headHash: string | null;
  readonly chainVerified: boolean;
}

export type ReportDrafted = Message<
  'ReportDrafted',
  { readonly year: number; readonly sections: DraftedSections; readonly draftedOn: IsoDate }
>;
export type ReportSectionEdited = Message<
  'ReportSectionEdited',
  { readonly year: number; readonly section: DraftedSection; readonly text: string; readonly editedOn: IsoDate }
>;

/**
 * The report as issued: its number, date, place, signer and recipients, the pinned position and
 * chain head, and the whole document as it was signed (downloads reproduce it exactly).
 */
export type ReportIssued = Message<
  'ReportIssued',
  {
    readonly year: number;
    readonly number: string;
    readonly issuedOn: IsoDate;
    readonly place: string;
    readonly signer: Signer;
    readonly recipients: readonly string[];
    readonly pinned: IssuedPin;
    readonly document: Readonly<Record<string, unknown>>;
  }
>;

export type AnnualReportEvent = ReportDrafted | ReportSectionEdited | ReportIssued;
