import { reportDocument } from './document.js';
import { buildReport } from './report.js';
import { input2015, PIN } from './report.fixtures.js';
import { compareFigures, figureLabel } from './restatement.js';

const ctx = {
  kind: 'annual' as const,
  issuedAt: '2015-12-31T03:00:00.000Z',
  pin: PIN,
  previous: null,
  reasons: [],
  lateEntries: 0,
};

describe('the annual report', () => {
  it('reads like the conclusions: a Vietnamese title, results and limitations with the figures', () => {
    const { report } = buildReport(input2015(), ctx);
    expect(report.title).toBe('BÁO CÁO KẾT QUẢ CÔNG TÁC GIAO LƯU, KẾT NGHĨA NĂM 2015');
    expect(report.issueNumber).toBe(1);
    expect(report.narrative.results[0]).toBe(
      '- Có 2/3 xã thuần đồng bào dân tộc thiểu số (66,7%) có cơ quan, đơn vị ở tỉnh giao lưu, kết nghĩa.',
    );
    expect(report.narrative.results.join('\n')).toContain(
      'Huy động được 35.000.000 đồng, trong đó ngân sách nhà nước 30.000.000 đồng, nguồn xã hội hóa (xã hội hóa, doanh nghiệp, cá nhân) 5.000.000 đồng (14,3%)',
    );
    expect(report.narrative.limitations[0]).toContain('83,3% hoạt động (5/6) do các đơn vị ở tỉnh tổ chức');
    expect(report.narrative.limitations.join('\n')).toContain('chưa có đơn vị kết nghĩa (Sông Lũy)');
    expect(report.restatement).toEqual({ previous: null, changes: [], reasons: [], lateEntries: 0 });
  });

  it('lists the figures restated since the last issue and the reasons recorded in between', () => {
    const first = buildReport(input2015(), ctx);
    const input = input2015();
    const later = { ...input, activities: input.activities.filter((a) => a.initiator !== 'commune') };
    const reason = {
      position: 50,
      type: 'ActivityRecordVoided',
      typeLabel: 'Hủy bản ghi hoạt động',
      reason: 'Ghi trùng',
      recordedAt: '2016-01-05T02:00:00.000Z',
      streamId: 'pairing-1',
      actor: 'staff',
      affectsPeriod: true,
    };
    const unrelated = { ...reason, position: 51, reason: 'Khác', affectsPeriod: false };
    const issue = { issueNumber: 1, issuedAt: ctx.issuedAt, position: 42, headHash: PIN.headHash };
    const { report } = buildReport(later, {
      ...ctx,
      kind: 'review',
      pin: { ...PIN, position: 60 },
      previous: { issue, figures: first.figures },
      reasons: [reason, unrelated],
      lateEntries: 0,
    });
    expect(report.issueNumber).toBe(2);
    expect(report.restatement.changes).toEqual([
      { key: 'activities.communeInitiated', label: 'Hoạt động do xã chủ động tổ chức', before: 1, after: 0 },
      {
        key: 'limitations.communesWithoutInitiative',
        label: 'Xã chưa chủ động tổ chức hoạt động',
        before: 1,
        after: 2,
      },
    ]);
    expect(report.restatement.reasons).toEqual([reason]);
    const unchanged = buildReport(input2015(), {
      ...ctx,
      previous: { issue, figures: first.figures },
      reasons: [reason],
    });
    expect(unchanged.report.restatement).toMatchObject({ changes: [], reasons: [] });
  });

  it('names every flat figure in Vietnamese', () => {
    const names = { a: 'Phan Sơn' };
    expect(figureLabel('poverty.a.poor.exited.em', names)).toBe('Hộ nghèo thoát (DTTS), xã Phan Sơn');
    expect(figureLabel('resources.bySource.social_mobilization', names)).toBe('Nguồn lực: Xã hội hóa (đồng)');
    expect(
      compareFigures({ 'activities.total': 4 }, { 'activities.total': 3, 'activities.byKind.gift': 1 }, names),
    ).toEqual([
      { key: 'activities.total', label: 'Tổng số hoạt động', before: 4, after: 3 },
      { key: 'activities.byKind.gift', label: 'Hoạt động: Tặng quà', before: null, after: 1 },
    ]);
  });

  it('lays out the document: four sections and the appendix with typed tables, the poverty tables with DTTS columns', () => {
    const doc = reportDocument(buildReport(input2015(), ctx).report);
    expect(doc.sections.map((s) => s.sheet)).toEqual([
      'I. Kết quả',
      'II. Hạn chế',
      'III. Phương hướng',
      'IV. Kiến nghị',
      'Phụ lục điều chỉnh',
    ]);
    const poor = doc.sections[0].tables.find((t) => t.title === 'Diễn biến hộ nghèo')!;
    expect(poor.columns).toHaveLength(11);
    expect(poor.groups?.reduce((n, g) => n + g.span, 0)).toBe(11);
    expect(poor.rows[0]).toEqual(['Phan Sơn', 10, 10, 2, 2, 3, 3, 0, 0, 9, 9]);
    expect(doc.notes[0]).toContain(PIN.headHash!);
  });
});
