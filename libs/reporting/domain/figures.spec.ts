import { buildFigures, projectInPeriod } from './figures.js';
import { act, input2015, povertyRow, yearInput } from './report.fixtures.js';

describe('report figures', () => {
  it('gives the results of a year: coverage, activities by kind, four-together, commune initiative, resources by source, projects with value', () => {
    const f = buildFigures(input2015());
    expect(f.coverage).toEqual({
      targetCommunes: 3,
      pairedCommunes: 2,
      percent: 66.7,
      unpaired: [{ id: 'c', name: 'Sông Lũy' }],
    });
    expect(f.activities.byKind.map((k) => [k.code, k.count])).toEqual([
      ['visit', 3],
      ['gift', 1],
      ['immersion_stay', 1],
      ['study_tour', 1],
    ]);
    expect(f.activities.fourTogether).toEqual({ count: 1, of: 6, share: 0.167 });
    expect(f.activities.communeInitiatedByKind).toEqual([{ code: 'visit', label: 'Thăm hỏi', count: 1 }]);
    expect(f.resources).toMatchObject({
      totalVnd: 35_000_000,
      stateBudgetVnd: 30_000_000,
      socialMobilizationVnd: 5_000_000,
      socialMobilizationShare: 0.143,
    });
    expect(f.projects).toMatchObject({
      total: 1,
      completedValueVnd: 118_000_000,
      byStatus: [{ code: 'handed_over', label: 'Đã bàn giao', count: 1 }],
    });
    expect(f.projects.byCategory[0]).toMatchObject({
      code: 'security_lighting',
      count: 1,
      completed: 1,
      plannedBudgetVnd: 120_000_000,
    });
  });

  it('measures the limitations: one-way share, gift-only pairings, communes without initiative, unpaired communes', () => {
    const f = buildFigures(input2015());
    expect(f.limitations.oneWay).toEqual({ count: 5, of: 6, share: 0.833 });
    expect(f.limitations.giftOnly).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(f.limitations.communesWithoutInitiative).toEqual([{ id: 'b', name: 'Phan Lâm' }]);
    expect(f.limitations.unpairedCommunes).toEqual([{ id: 'c', name: 'Sông Lũy' }]);
  });

  it('builds the "diễn biến trong năm" table per commune with a province total that balances', () => {
    const input = {
      ...input2015(),
      years: [yearInput(2015, { poverty: [povertyRow(2015, 'b', 4, 1, 0), povertyRow(2015, 'a', 10, 2, 3)] })],
    };
    const { rows, total } = buildFigures(input).poverty;
    expect(rows.map((r) => r.communeName)).toEqual(['Phan Lâm', 'Phan Sơn']);
    expect(total.poor).toEqual({
      start: { total: 14, ethnicMinority: 14 },
      newly: { total: 3, ethnicMinority: 3 },
      exited: { total: 3, ethnicMinority: 3 },
      relapsed: { total: 0, ethnicMinority: 0 },
      end: { total: 14, ethnicMinority: 14 },
    });
  });

  it('sums a review over its years: flows added, stocks from the first start and the last end', () => {
    const input = {
      ...input2015(),
      period: { from: 2014, to: 2015 },
      years: [yearInput(2014, { poverty: [povertyRow(2014, 'a', 12, 1, 3)] }), yearInput(2015)],
      activities: [...input2015().activities, act('p2', 'b', 'exchange', 'commune', '2014-05-01')],
    };
    const f = buildFigures(input);
    expect(f.activities.total).toBe(12);
    expect(f.activities.byYear).toEqual([
      { year: 2014, total: 6 },
      { year: 2015, total: 6 },
    ]);
    expect(f.resources.totalVnd).toBe(70_000_000);
    expect(f.poverty.total.poor.start.total).toBe(12);
    expect(f.poverty.total.poor.exited.total).toBe(6);
    expect(f.poverty.total.poor.end.total).toBe(9);
    expect(f.limitations.giftOnly).toEqual({ count: 0, of: 2, share: 0 });
    expect(f.limitations.communesWithoutInitiative).toEqual([]);
    expect(f.coverageByYear.map((c) => c.year)).toEqual([2014, 2015]);
  });

  it('counts a project in each year from its start until it closes', () => {
    const p = input2015().projects[0];
    expect(projectInPeriod(p, { from: 2015, to: 2015 })).toBe(true);
    expect(projectInPeriod(p, { from: 2016, to: 2016 })).toBe(false);
    expect(
      projectInPeriod({ ...p, completedOn: null, handedOverOn: null, status: 'in_progress' }, { from: 2018, to: 2018 }),
    ).toBe(true);
    expect(projectInPeriod(p, { from: 2014, to: 2014 })).toBe(false);
  });
});
