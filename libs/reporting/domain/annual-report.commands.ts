import type { IsoDate, Message } from '@kn/shared';
import type { DraftedSection, IssuedPin, Signer } from './annual-report.events.js';

/** Draft or edit the written sections; only the sections given change. */
export type DraftAnnualReport = Message<
  'DraftAnnualReport',
  {
    readonly year: number;
    readonly sections: Readonly<Partial<Record<DraftedSection, string>>>;
    readonly today: IsoDate;
  }
>;

/** Issue the report as computed at `pinned` (the application computes and pins it first). */
export type IssueAnnualReport = Message<
  'IssueAnnualReport',
  {
    readonly year: number;
    readonly number: string;
    readonly issuedOn: IsoDate;
    readonly place: string;
    readonly signer: Signer;
    readonly recipients: readonly string[];
    readonly pinned: IssuedPin;
    readonly document: Readonly<Record<string, unknown>>;
    readonly today: IsoDate;
  }
>;

export type AnnualReportCommand = DraftAnnualReport | IssueAnnualReport;
