import { spec } from '../../../test/support/decider-spec.js';
import { annualReportDecider } from './annual-report.decide.js';
import type { IssueAnnualReport } from './annual-report.commands.js';
import type { ReportDrafted, ReportIssued } from './annual-report.events.js';

const report = spec(annualReportDecider);
const sections = {
  limitations: 'Hoạt động còn mang tính phong trào.',
  causes: 'Nguồn lực hạn chế.',
  directions: 'Mở rộng kết nghĩa về thôn xen ghép.',
  recommendations: 'Đề nghị Thường trực Tỉnh ủy chỉ đạo.',
};
const drafted: ReportDrafted = { type: 'ReportDrafted', data: { year: 2025, sections, draftedOn: '2025-12-10' } };
const pinned = { commit: 10, position: 420, headHash: 'ab12', chainVerified: true };
const issue = (over: Partial<IssueAnnualReport['data']> = {}): IssueAnnualReport => ({
  type: 'IssueAnnualReport',
  data: {
    year: 2025,
    number: '25-BC/BTGDVTU',
    issuedOn: '2025-12-20',
    place: 'Phan Thiết',
    signer: { name: 'Nguyễn Văn A', title: 'Phó Trưởng ban' },
    recipients: ['Thường trực Tỉnh ủy'],
    pinned,
    document: { title: 'BÁO CÁO' },
    today: '2025-12-22',
    ...over,
  },
});
const issued: ReportIssued = { type: 'ReportIssued', data: (({ today: _t, ...d }) => d)(issue().data) };

describe('the annual report stream (report-<year>)', () => {
  it('a first draft records all four written sections, missing ones empty', () => {
    report
      .given([])
      .when({
        type: 'DraftAnnualReport',
        data: { year: 2025, sections: { causes: '  Nguồn lực hạn chế. ' }, today: '2025-12-10' },
      })
      .then([
        {
          type: 'ReportDrafted',
          data: {
            year: 2025,
            sections: { limitations: '', causes: 'Nguồn lực hạn chế.', directions: '', recommendations: '' },
            draftedOn: '2025-12-10',
          },
        },
      ]);
  });

  it('a later draft records only the sections that changed', () => {
    report
      .given([drafted])
      .when({
        type: 'DraftAnnualReport',
        data: { year: 2025, sections: { causes: sections.causes, directions: 'Mới.' }, today: '2025-12-11' },
      })
      .then([
        {
          type: 'ReportSectionEdited',
          data: { year: 2025, section: 'directions', text: 'Mới.', editedOn: '2025-12-11' },
        },
      ]);
  });

  it('issues once, with number, date, place, signer, recipients, the pin and the whole document', () => {
    report.given([drafted]).when(issue()).then([issued]);
  });

  it('report.already_issued: no draft and no second issue after the issue', () => {
    report.given([drafted, issued]).when(issue()).thenRejects('report.already_issued');
    report
      .given([drafted, issued])
      .when({ type: 'DraftAnnualReport', data: { year: 2025, sections: { causes: 'x' }, today: '2025-12-30' } })
      .thenRejects('report.already_issued');
  });
  it('report.must_be_drafted', () => report.given([]).when(issue()).thenRejects('report.must_be_drafted'));
  it('report.sections_required', () => {
    const partial: ReportDrafted = {
      type: 'ReportDrafted',
      data: { ...drafted.data, sections: { ...sections, recommendations: '' } },
    };
    report.given([partial]).when(issue()).thenRejects('report.sections_required');
  });
  it.each([
    ['report.number_format', { number: '25/BC' }],
    ['report.date_not_in_future', { issuedOn: '2025-12-23' }],
    ['report.issued_within_or_after_year', { issuedOn: '2024-12-31' }],
    ['report.place_required', { place: ' ' }],
    ['report.signer_required', { signer: { name: '', title: 'Trưởng ban' } }],
    ['report.recipients_required', { recipients: [] }],
    ['report.invalid_date', { issuedOn: '20-12-2025' }],
  ])('%s', (code, over) =>
    report
      .given([drafted])
      .when(issue(over as Partial<IssueAnnualReport['data']>))
      .thenRejects(code),
  );
  it('report.unknown_section', () => {
    report
      .given([])
      .when({
        type: 'DraftAnnualReport',
        data: { year: 2025, sections: { summary: 'x' } as never, today: '2025-12-10' },
      })
      .thenRejects('report.unknown_section');
  });
});
