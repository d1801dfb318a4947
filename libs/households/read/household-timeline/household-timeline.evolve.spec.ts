import type { HouseholdEvent } from '../../domain/household.events.js';
import { assessedEvent, committed, erased, registered } from '../../domain/household.fixtures.js';
import { emptyTimeline, evolveHouseholdTimeline } from './household-timeline.evolve.js';

const run = (events: HouseholdEvent[]) => events.reduce(evolveHouseholdTimeline, emptyTimeline);
const exited: HouseholdEvent = {
  type: 'PovertyStatusChanged',
  data: { reviewYear: 2019, changedOn: '2019-11-15', from: 'poor', to: 'near_poor', transition: 'exited_poverty' },
};

describe('household timeline', () => {
  it('lists milestones in business-date order with Vietnamese titles', () => {
    const items = run([
      registered,
      assessedEvent(2019, 'near_poor', { incomePerCapitaVnd: 900_000 }),
      exited,
      committed,
    ]).items;
    expect(items.map((i) => [i.date, i.type, i.title])).toEqual([
      ['2013-09-01', 'HouseholdRegistered', 'Đăng ký hộ HN-0001 (Ra Glai, 5 nhân khẩu)'],
      [
        '2019-11-15',
        'PovertyAssessed',
        'Rà soát năm 2019: Hộ cận nghèo — thu nhập 900.000 ₫/người/tháng, chuẩn nghèo 700.000 ₫',
      ],
      ['2019-11-15', 'PovertyStatusChanged', 'Thoát nghèo'],
      ['2023-01-10', 'SupportCommitted', 'Cam kết hỗ trợ: Con giống, vật nuôi — 15.000.000 ₫, hạn 30/06/2023'],
    ]);
  });

  it('carries the figures for "income against the line"', () => {
    const [, assessed] = run([registered, assessedEvent(2018, 'poor')]).items;
    expect(assessed).toMatchObject({
      reviewYear: 2018,
      incomePerCapitaVnd: 650_000,
      povertyLineVnd: 700_000,
      nearPoorLineVnd: 1_000_000,
      classification: 'poor',
    });
  });

  it('slots an earlier-dated event recorded later into place', () => {
    const items = run([registered, committed, assessedEvent(2018, 'poor')]).items;
    expect(items.map((i) => i.date)).toEqual(['2013-09-01', '2018-11-15', '2023-01-10']);
  });

  it('never shows sealed personal data, and records its erasure', () => {
    const items = run([registered, erased]).items;
    expect(items[0]).not.toHaveProperty('head');
    expect(items[1]).toMatchObject({
      type: 'HouseholdPersonalDataErased',
      title: 'Xóa dữ liệu cá nhân của chủ hộ',
      date: '2024-01-05',
    });
  });

  it('titles every kind of milestone in Vietnamese and English', () => {
    const events: HouseholdEvent[] = [
      {
        type: 'HouseholdMoved',
        data: {
          fromCommuneId: 'a',
          fromVillageId: null,
          toCommuneId: 'b',
          toVillageId: null,
          area: 'rural',
          movedOn: '2020-01-01',
        },
      },
      {
        type: 'HouseholdTransferred',
        data: { fromCommuneId: 'b', toCommuneId: 'c', effectiveOn: '2025-07-01', mergeDecisionRef: 'NQ 1656' },
      },
      { type: 'HouseholdMembersChanged', data: { from: 5, to: 6, effectiveOn: '2021-01-01' } },
      { type: 'HouseholdHeadChanged', data: { head: { keyId: 'k', ciphertext: 'c' }, changedOn: '2022-01-01' } },
      {
        type: 'SupportDelivered',
        data: {
          commitmentId: 'c',
          deliveryId: 'd',
          deliveredOn: '2023-02-01',
          description: 'Bò',
          valueVnd: 1_000_000,
          deliveredToDateVnd: 1_000_000,
          exceedsCommitmentByVnd: 0,
        },
      },
      { type: 'SupportCommitmentFulfilled', data: { commitmentId: 'c', fulfilledOn: '2023-03-01' } },
      { type: 'SupportCommitmentCancelled', data: { commitmentId: 'c', reason: 'Rút', cancelledOn: '2023-04-01' } },
    ];
    expect(run(events).items.map((i) => i.title)).toEqual([
      'Chuyển nơi ở',
      'Thay đổi nhân khẩu: 5 → 6',
      'Thay đổi chủ hộ',
      'Trao hỗ trợ: Bò — 1.000.000 ₫',
      'Hoàn thành cam kết hỗ trợ',
      'Hủy cam kết hỗ trợ: Rút',
      'Chuyển về xã mới sau sắp xếp đơn vị hành chính (NQ 1656)',
    ]);
    expect(run(events).items.every((i) => i.titleEn.length > 0)).toBe(true);
  });
});
