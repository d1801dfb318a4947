import { reportDocument } from './document.js';
import { ethnicGroupTable } from './ethnic-table.js';
import { buildReport } from './report.js';
import { input2015, PIN, REVIEWS_2015 } from './report.fixtures.js';

const table = (reviews = REVIEWS_2015, period = { from: 2015, to: 2015 }) =>
  ethnicGroupTable({ ...input2015(), period, reviews });

describe('poor and near-poor households by ethnic group', () => {
  it('counts each household once, under its latest review up to the year, in the official list order', () => {
    expect(table()).toEqual({
      rows: [
        { code: '01', ethnicity: 'Kinh', poor: 2, nearPoor: 1 },
        { code: '14', ethnicity: 'Chăm', poor: 1, nearPoor: 0 },
        { code: '15', ethnicity: 'Cơ Ho', poor: 0, nearPoor: 2 },
        { code: '19', ethnicity: 'Ra Glai', poor: 6, nearPoor: 0 },
      ],
      total: { poor: 9, nearPoor: 3 },
    });
  });

  it('reads an earlier year as it stood then (2014: the three later near-poor were poor)', () => {
    expect(table(REVIEWS_2015, { from: 2014, to: 2014 })).toEqual({
      rows: [
        { code: '01', ethnicity: 'Kinh', poor: 1, nearPoor: 0 },
        { code: '15', ethnicity: 'Cơ Ho', poor: 2, nearPoor: 0 },
      ],
      total: { poor: 3, nearPoor: 0 },
    });
  });

  it('lists a household without a known group under "Chưa rõ dân tộc", after the official groups', () => {
    const rows = table([
      ...REVIEWS_2015,
      { householdId: 'u', reviewYear: 2015, classification: 'poor', ethnicity: null, ethnicCode: null },
    ]).rows;
    expect(rows.at(-1)).toEqual({ code: null, ethnicity: 'Chưa rõ dân tộc', poor: 1, nearPoor: 0 });
  });

  it('has the poverty table\u2019s end-of-period totals, and the document shows it with those keys', () => {
    const { report } = buildReport(input2015(), {
      kind: 'annual',
      issuedAt: '2016-01-06T03:00:00.000Z',
      pin: PIN,
      previous: null,
      reasons: [],
      lateEntries: 0,
    });
    const f = report.figures;
    expect(f.byEthnicity!.total).toEqual({
      poor: f.poverty.total.poor.end.total,
      nearPoor: f.poverty.total.nearPoor.end.total,
    });
    const t = reportDocument(report)
      .sections.flatMap((s) => s.tables)
      .find((x) => x.title === 'Hộ nghèo, hộ cận nghèo theo dân tộc (cuối kỳ)')!;
    expect(t.rows).toEqual([
      ['Kinh', 2, 1],
      ['Chăm', 1, 0],
      ['Cơ Ho', 0, 2],
      ['Ra Glai', 6, 0],
    ]);
    expect([t.totalRow, t.totalKeys]).toEqual([
      ['Tổng cộng', 9, 3],
      [null, 'poverty.province.poor.end', 'poverty.province.nearPoor.end'],
    ]);
  });

  it('leaves the table out of a report issued before it existed', () => {
    const { report } = buildReport(input2015(), {
      kind: 'annual',
      issuedAt: '2016-01-06T03:00:00.000Z',
      pin: PIN,
      previous: null,
      reasons: [],
      lateEntries: 0,
    });
    const { byEthnicity: _gone, ...older } = report.figures;
    const titles = reportDocument({ ...report, figures: older })
      .sections.flatMap((s) => s.tables)
      .map((x) => x.title);
    expect(titles).not.toContain('Hộ nghèo, hộ cận nghèo theo dân tộc (cuối kỳ)');
  });
});
