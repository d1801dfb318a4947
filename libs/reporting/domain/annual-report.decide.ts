import { assertNever, ensure, ensureValid, isIsoDate, streamName, type Decider } from '@kn/shared';
import type { AnnualReportCommand, DraftAnnualReport, IssueAnnualReport } from './annual-report.commands.js';
import {
  DRAFTED_SECTIONS,
  type AnnualReportEvent,
  type DraftedSections,
  type ReportDrafted,
  type ReportIssued,
  type ReportSectionEdited,
} from './annual-report.events.js';

export type AnnualReportState =
  | { readonly status: 'none' }
  | { readonly status: 'drafted'; readonly sections: DraftedSections }
  | { readonly status: 'issued'; readonly sections: DraftedSections; readonly issued: ReportIssued['data'] };

const EMPTY: DraftedSections = { limitations: '', causes: '', directions: '', recommendations: '' };
/** "25-BC/BDVTU": a number, "-BC/" (báo cáo) and the issuing body's abbreviation (36-HD/VPTW). */
const NUMBER = /^\d{1,4}-BC\/[A-ZĐ]{2,20}$/u;
const MAX_SECTION = 20_000;

/** Once issued the report is what was signed: corrections go to the next report's restatements. */
function ensureNotIssued(state: AnnualReportState, year: number): void {
  ensure('report.already_issued', state.status !== 'issued', `the ${year} report was already issued`, { year });
}

export function draftAnnualReport(
  { data }: DraftAnnualReport,
  state: AnnualReportState,
): (ReportDrafted | ReportSectionEdited)[] {
  ensureNotIssued(state, data.year);
  const given = Object.entries(data.sections);
  ensureValid(
    'report.unknown_section',
    given.every(([k]) => (DRAFTED_SECTIONS as readonly string[]).includes(k)),
    `sections are ${DRAFTED_SECTIONS.join(', ')}`,
    'sections',
  );
  ensureValid(
    'report.section_too_long',
    given.every(([, v]) => typeof v === 'string' && v.length <= MAX_SECTION),
    `a section is text of at most ${MAX_SECTION} characters`,
    'sections',
  );
  const text = (v: string | undefined) => (v ?? '').trim();
  if (state.status === 'none') {
    const sections = Object.fromEntries(
      DRAFTED_SECTIONS.map((k) => [k, text(data.sections[k])]),
    ) as unknown as DraftedSections;
    return [{ type: 'ReportDrafted', data: { year: data.year, sections, draftedOn: data.today } }];
  }
  return DRAFTED_SECTIONS.filter(
    (k) => data.sections[k] !== undefined && text(data.sections[k]) !== state.sections[k],
  ).map((section) => ({
    type: 'ReportSectionEdited',
    data: { year: data.year, section, text: text(data.sections[section]), editedOn: data.today },
  }));
}

function ensureIssueInput(d: IssueAnnualReport['data']): void {
  ensureValid('report.number_format', NUMBER.test(d.number), 'number is like "25-BC/BDVTU"', 'number');
  ensureValid('report.invalid_date', isIsoDate(d.issuedOn), 'issuedOn must be a date YYYY-MM-DD', 'issuedOn');
  ensureValid(
    'report.date_not_in_future',
    d.issuedOn <= d.today,
    `issuedOn ${d.issuedOn} is after today (${d.today})`,
    'issuedOn',
  );
  ensureValid(
    'report.issued_within_or_after_year',
    Number(d.issuedOn.slice(0, 4)) >= d.year,
    `a report on ${d.year} is issued in ${d.year} or later`,
    'issuedOn',
  );
  ensureValid('report.place_required', d.place.trim().length > 0, 'place is required', 'place');
  ensureValid(
    'report.signer_required',
    d.signer.name.trim().length > 0 && d.signer.title.trim().length > 0,
    'signer needs a name and a title',
    'signer',
  );
  ensureValid(
    'report.recipients_required',
    d.recipients.length > 0 && d.recipients.every((r) => r.trim().length > 0),
    'at least one recipient (Nơi nhận)',
    'recipients',
  );
}

/** Issued only once, only after the written sections were drafted, each of them non-empty. */
export function issueAnnualReport({ data }: IssueAnnualReport, state: AnnualReportState): ReportIssued[] {
  ensureNotIssued(state, data.year);
  ensureIssueInput(data);
  ensure('report.must_be_drafted', state.status === 'drafted', `draft the ${data.year} report's sections II–IV first`, {
    year: data.year,
  });
  const missing = DRAFTED_SECTIONS.filter((k) => !state.sections[k]);
  ensure('report.sections_required', missing.length === 0, `sections not yet written: ${missing.join(', ')}`, {
    missing,
  });
  const { today: _today, ...fields } = data;
  return [
    {
      type: 'ReportIssued',
      data: { ...fields, place: data.place.trim(), recipients: data.recipients.map((r) => r.trim()) },
    },
  ];
}

export function evolveAnnualReport(state: AnnualReportState, event: AnnualReportEvent): AnnualReportState {
  switch (event.type) {
    case 'ReportDrafted':
      return { status: 'drafted', sections: event.data.sections };
    case 'ReportSectionEdited': {
      const sections = { ...(state.status === 'none' ? EMPTY : state.sections), [event.data.section]: event.data.text };
      return state.status === 'issued' ? { ...state, sections } : { status: 'drafted', sections };
    }
    case 'ReportIssued':
      return { status: 'issued', sections: state.status === 'none' ? EMPTY : state.sections, issued: event.data };
    default:
      return assertNever(event, 'annual report event');
  }
}

/** Stream `report-<year>`: the year's annual report from its first draft to its issue. */
export const annualReportDecider: Decider<AnnualReportCommand, AnnualReportEvent, AnnualReportState> = {
  initialState: { status: 'none' },
  decide: (command, state) => {
    switch (command.type) {
      case 'DraftAnnualReport':
        return draftAnnualReport(command, state);
      case 'IssueAnnualReport':
        return issueAnnualReport(command, state);
      default:
        return assertNever(command, 'annual report command');
    }
  },
  evolve: evolveAnnualReport,
};

export const REPORT_CATEGORY = 'report';
export const annualReportStream = (year: number): string => streamName(REPORT_CATEGORY, String(year));
