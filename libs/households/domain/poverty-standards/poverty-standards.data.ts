import type { PovertyStandard } from './poverty-standard.types.js';
import { ND07_2021_INDICATORS, ND351_2025_INDICATORS, QD59_2015_INDICATORS } from './poverty-indicators.data.js';

/**
 * The standards, oldest first, each with the review years it governs and its sources
 * (POVERTY-STANDARDS.md); every press-sourced fact is
 * flagged in `unconfirmed` so it can be checked and corrected here without touching code.
 */
export const POVERTY_STANDARDS: readonly PovertyStandard[] = [
  {
    code: 'QD09_2011',
    name: 'Chuẩn nghèo, cận nghèo giai đoạn 2011–2015 (Quyết định 09/2011/QĐ-TTg)',
    nameEn: 'Poverty and near-poverty standard 2011–2015 (Decision 09/2011/QD-TTg)',
    validFrom: 2011,
    validTo: 2015,
    transitionalYear: null,
    reviewYears: { from: 2011, to: 2014 },
    sources: [
      'Quyết định 09/2011/QĐ-TTg ngày 30/01/2011: hộ nghèo nông thôn ≤ 400.000, thành thị ≤ 500.000; cận nghèo 401.000–520.000 / 501.000–650.000 đồng/người/tháng (Tuổi Trẻ Cuối tuần, tag "chuẩn hộ nghèo", cuoituan.tuoitre.vn)',
      'Reviews 2011–2014 draw up the lists for 2012–2015 (POVERTY-STANDARDS.md); the 2010 review is not modelled',
    ],
    rule: 'income_only',
    minDeprivationsForPoor: null,
    thresholds: {
      rural: { povertyLineVnd: 400_000, nearPoorLineVnd: 520_000, averageLiving: null },
      urban: { povertyLineVnd: 500_000, nearPoorLineVnd: 650_000, averageLiving: null },
    },
    indicators: [],
    unconfirmed: { thresholds: false, averageLiving: false, indicators: false },
  },
  {
    code: 'QD59_2015',
    name: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (Quyết định 59/2015/QĐ-TTg)',
    nameEn: 'Multidimensional poverty standard 2016–2020 (Decision 59/2015/QD-TTg)',
    validFrom: 2016,
    validTo: 2021,
    transitionalYear: 2021,
    reviewYears: { from: 2015, to: 2020 },
    sources: [
      'Quyết định 59/2015/QĐ-TTg ngày 19/11/2015, hiệu lực 05/01/2016, chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (baocaotaichinh.vn)',
      'The 2015 review was held under QĐ 59 for the 2016 lists (Quảng Ngãi statistical yearbook 2016 reports it under both standards)',
      'Kept in force for 2021 until NĐ 07/2021 (transitional year)',
    ],
    rule: 'income_or_deprivation_2016',
    minDeprivationsForPoor: 3,
    thresholds: {
      rural: {
        povertyLineVnd: 700_000,
        nearPoorLineVnd: 1_000_000,
        averageLiving: { aboveVnd: 1_000_000, upToVnd: 1_500_000 },
      },
      urban: {
        povertyLineVnd: 900_000,
        nearPoorLineVnd: 1_300_000,
        averageLiving: { aboveVnd: 1_300_000, upToVnd: 1_950_000 },
      },
    },
    indicators: QD59_2015_INDICATORS,
    unconfirmed: { thresholds: false, averageLiving: true, indicators: false },
  },
  {
    code: 'ND07_2021',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2021–2025 (Nghị định 07/2021/NĐ-CP)',
    nameEn: 'Multidimensional poverty standard 2021–2025 (Decree 07/2021/ND-CP)',
    validFrom: 2022,
    validTo: 2026,
    transitionalYear: 2026,
    reviewYears: { from: 2021, to: 2025 },
    sources: [
      'Nghị định 07/2021/NĐ-CP ngày 27/01/2021: chuẩn nghèo đa chiều 2022–2025, 1.500.000 / 2.000.000 đồng, AND rule, 12 indicators; the 2021 review used it for the 2022 lists',
      'NĐ 351/2025 keeps NĐ 07 through 31/12/2026 (transitional year)',
    ],
    rule: 'income_and_deprivation',
    minDeprivationsForPoor: 3,
    thresholds: {
      rural: {
        povertyLineVnd: 1_500_000,
        nearPoorLineVnd: 1_500_000,
        averageLiving: { aboveVnd: 1_500_000, upToVnd: 2_250_000 },
      },
      urban: {
        povertyLineVnd: 2_000_000,
        nearPoorLineVnd: 2_000_000,
        averageLiving: { aboveVnd: 2_000_000, upToVnd: 3_000_000 },
      },
    },
    indicators: ND07_2021_INDICATORS,
    unconfirmed: { thresholds: false, averageLiving: false, indicators: false },
  },
  {
    code: 'ND351_2025',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2026–2030 (Nghị định 351/2025/NĐ-CP)',
    nameEn: 'Multidimensional poverty standard 2026–2030 (Decree 351/2025/ND-CP)',
    validFrom: 2027,
    validTo: 2030,
    transitionalYear: null,
    reviewYears: { from: 2026, to: 2029 },
    sources: [
      'Nghị định 351/2025/NĐ-CP: 2.200.000 nông thôn / 2.800.000 thành thị (provincial press, 2025); the 2026 review draws up the 2027 lists',
      'Final indicator list unconfirmed (draft list used)',
    ],
    rule: 'income_and_deprivation',
    minDeprivationsForPoor: 3,
    thresholds: {
      // No average-living band is known for this decree yet: above the line is `not_poor`.
      rural: { povertyLineVnd: 2_200_000, nearPoorLineVnd: 2_200_000, averageLiving: null },
      urban: { povertyLineVnd: 2_800_000, nearPoorLineVnd: 2_800_000, averageLiving: null },
    },
    indicators: ND351_2025_INDICATORS,
    unconfirmed: { thresholds: false, averageLiving: false, indicators: true },
  },
];
