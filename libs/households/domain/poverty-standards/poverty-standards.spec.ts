import {
  classify,
  listStandards,
  reclassify,
  standardByCode,
  standardForReview,
  standardInForce,
  validateDeprivations,
} from './poverty-standards.js';
import type { Area, Classification, PovertyStandard } from './poverty-standard.types.js';

const std = (code: string): PovertyStandard => {
  const s = standardByCode(code);
  if (!s) throw new Error(`missing standard ${code}`);
  return s;
};
const D2 = ['health_insurance', 'housing_quality'];
const D3 = ['health_insurance', 'housing_quality', 'hygienic_latrine'];

type Row = [string, Area, number, readonly string[], Classification];

describe('poverty standards as data', () => {
  it('lists the four decrees with contiguous periods in force and review years one year earlier', () => {
    const list = listStandards();
    expect(list.map((s) => [s.code, s.validFrom, s.validTo, s.reviewYears.from, s.reviewYears.to])).toEqual([
      ['QD09_2011', 2011, 2015, 2011, 2014],
      ['QD59_2015', 2016, 2021, 2015, 2020],
      ['ND07_2021', 2022, 2026, 2021, 2025],
      ['ND351_2025', 2027, 2030, 2026, 2029],
    ]);
    list.slice(1).forEach((s, i) => {
      expect(s.validFrom).toBe(list[i]!.validTo + 1);
      expect(s.reviewYears.from).toBe(list[i]!.reviewYears.to + 1);
      expect(s.reviewYears.from).toBe(s.validFrom - 1);
    });
    for (const s of list) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('carries the indicator codes of API.md', () => {
    expect(std('QD59_2015').indicators.map((i) => i.code)).toEqual([
      'medical_services',
      'health_insurance',
      'adult_education',
      'child_school_attendance',
      'housing_quality',
      'housing_area',
      'water_source',
      'hygienic_latrine',
      'telecom_use',
      'information_assets',
    ]);
    const nd07 = std('ND07_2021').indicators.map((i) => i.code);
    expect(nd07).toEqual([
      'employment',
      'dependants',
      'nutrition',
      'health_insurance',
      'adult_education',
      'child_school_attendance',
      'housing_quality',
      'housing_area',
      'water_source',
      'hygienic_latrine',
      'telecom_use',
      'information_access',
    ]);
    expect(std('ND351_2025').indicators.map((i) => i.code)).toEqual([...nd07.slice(0, 11), 'waste_treatment']);
    for (const s of listStandards()) for (const i of s.indicators) expect(i.labelVi && i.labelEn).toBeTruthy();
  });

  it('flags the facts POVERTY-STANDARDS.md marks unconfirmed', () => {
    expect(std('QD09_2011').unconfirmed).toEqual({ thresholds: false, averageLiving: false, indicators: false });
    expect(std('QD59_2015').unconfirmed.averageLiving).toBe(true);
    expect(std('ND07_2021').unconfirmed).toEqual({ thresholds: false, averageLiving: false, indicators: false });
    expect(std('ND351_2025').unconfirmed.indicators).toBe(true);
  });
});

describe('standardInForce', () => {
  it.each([
    ['2010-12-31', undefined],
    ['2011-01-01', 'QD09_2011'],
    ['2015-12-31', 'QD09_2011'],
    ['2016-01-01', 'QD59_2015'],
    ['2018-11-20', 'QD59_2015'],
    ['2021-12-15', 'QD59_2015'],
    ['2022-01-01', 'ND07_2021'],
    ['2026-11-30', 'ND07_2021'],
    ['2027-01-01', 'ND351_2025'],
    ['2030-12-31', 'ND351_2025'],
    ['2031-01-01', undefined],
    ['not-a-date', undefined],
  ])('an assessment on %s is classified under %s', (date, code) => {
    expect(standardInForce(date)?.code).toBe(code);
  });

  it.each([
    [2021, 'QD59_2015'],
    [2026, 'ND07_2021'],
    [2027, 'ND351_2025'],
  ])('the lists of %i are under %s', (year, code) => {
    expect(standardInForce(year)?.code).toBe(code);
  });
});

describe('standardForReview: the review of year N uses the standard in force for N + 1', () => {
  it.each([
    [2010, undefined],
    [2011, 'QD09_2011'],
    [2014, 'QD09_2011'],
    [2015, 'QD59_2015'],
    [2020, 'QD59_2015'],
    [2021, 'ND07_2021'],
    [2025, 'ND07_2021'],
    [2026, 'ND351_2025'],
    [2029, 'ND351_2025'],
    [2030, undefined],
  ])('review %i → %s', (reviewYear, code) => {
    const r = standardForReview(reviewYear);
    expect(r?.standard.code).toBe(code);
    if (r) {
      expect(r.appliesToYear).toBe(reviewYear + 1);
      expect(standardInForce(r.appliesToYear)?.code).toBe(code);
    }
  });

  // At each boundary, both review years, both areas, both sides of each line (QĐ 09 has two lines).
  const boundaryRows: [number, Area, number, readonly string[], Classification][] = [
    [2014, 'rural', 400_000, [], 'poor'],
    [2014, 'rural', 400_001, [], 'near_poor'],
    [2014, 'rural', 520_000, [], 'near_poor'],
    [2014, 'rural', 520_001, [], 'not_poor'],
    [2014, 'urban', 500_000, [], 'poor'],
    [2014, 'urban', 500_001, [], 'near_poor'],
    [2014, 'urban', 650_000, [], 'near_poor'],
    [2014, 'urban', 650_001, [], 'not_poor'],
    [2015, 'rural', 700_000, [], 'poor'],
    [2015, 'rural', 700_001, [], 'near_poor'],
    [2015, 'rural', 1_000_000, [], 'near_poor'],
    [2015, 'rural', 1_000_001, [], 'average_living'],
    [2015, 'urban', 900_000, [], 'poor'],
    [2015, 'urban', 900_001, [], 'near_poor'],
    [2015, 'urban', 1_300_000, [], 'near_poor'],
    [2015, 'urban', 1_300_001, [], 'average_living'],
    [2020, 'rural', 700_000, [], 'poor'],
    [2020, 'rural', 700_001, D3, 'poor'],
    [2020, 'rural', 1_000_000, D2, 'near_poor'],
    [2020, 'rural', 1_000_001, D3, 'average_living'],
    [2020, 'urban', 900_000, [], 'poor'],
    [2020, 'urban', 900_001, D2, 'near_poor'],
    [2020, 'urban', 1_300_000, D3, 'poor'],
    [2020, 'urban', 1_300_001, [], 'average_living'],
    [2021, 'rural', 1_500_000, D3, 'poor'],
    [2021, 'rural', 1_500_000, D2, 'near_poor'],
    [2021, 'rural', 1_500_001, D3, 'average_living'],
    [2021, 'rural', 700_000, [], 'near_poor'],
    [2021, 'urban', 2_000_000, D3, 'poor'],
    [2021, 'urban', 2_000_000, D2, 'near_poor'],
    [2021, 'urban', 2_000_001, D3, 'average_living'],
    [2021, 'urban', 900_000, [], 'near_poor'],
    [2025, 'rural', 1_500_000, D3, 'poor'],
    [2025, 'rural', 1_500_001, D3, 'average_living'],
    [2025, 'rural', 2_200_000, D3, 'average_living'],
    [2025, 'urban', 2_000_000, D3, 'poor'],
    [2025, 'urban', 2_000_001, D3, 'average_living'],
    [2025, 'urban', 2_800_000, D3, 'average_living'],
    [2026, 'rural', 2_200_000, D3, 'poor'],
    [2026, 'rural', 2_200_000, D2, 'near_poor'],
    [2026, 'rural', 2_200_001, D3, 'not_poor'],
    [2026, 'rural', 1_500_001, D3, 'poor'],
    [2026, 'urban', 2_800_000, D3, 'poor'],
    [2026, 'urban', 2_800_000, D2, 'near_poor'],
    [2026, 'urban', 2_800_001, D3, 'not_poor'],
    [2026, 'urban', 2_000_001, D3, 'poor'],
  ];
  it.each(boundaryRows)('review %i, %s, income %i with %j → %s', (year, area, income, deprivations, expected) => {
    expect(classify(standardForReview(year)!.standard, { incomePerCapitaVnd: income, deprivations, area })).toBe(
      expected,
    );
  });
});

describe('classify', () => {
  const rows: Row[] = [
    // QĐ 09/2011 — income only, deprivations ignored.
    ['QD09_2011', 'rural', 400_000, D3, 'poor'],
    ['QD09_2011', 'rural', 400_001, D3, 'near_poor'],
    ['QD09_2011', 'rural', 520_000, [], 'near_poor'],
    ['QD09_2011', 'rural', 520_001, D3, 'not_poor'],
    ['QD09_2011', 'urban', 500_000, [], 'poor'],
    ['QD09_2011', 'urban', 500_001, [], 'near_poor'],
    ['QD09_2011', 'urban', 650_000, [], 'near_poor'],
    ['QD09_2011', 'urban', 650_001, [], 'not_poor'],
    // QĐ 59/2015 — at or under the line poor whatever; between the lines OR ≥ 3 deprivations.
    ['QD59_2015', 'rural', 650_000, [], 'poor'],
    ['QD59_2015', 'rural', 650_000, D3, 'poor'],
    ['QD59_2015', 'rural', 700_000, [], 'poor'],
    ['QD59_2015', 'rural', 700_001, D2, 'near_poor'],
    ['QD59_2015', 'rural', 700_001, D3, 'poor'],
    ['QD59_2015', 'rural', 1_000_000, D2, 'near_poor'],
    ['QD59_2015', 'rural', 1_000_000, D3, 'poor'],
    ['QD59_2015', 'rural', 1_000_001, D3, 'average_living'],
    ['QD59_2015', 'rural', 1_500_000, [], 'average_living'],
    ['QD59_2015', 'rural', 1_500_001, [], 'not_poor'],
    ['QD59_2015', 'urban', 900_000, [], 'poor'],
    ['QD59_2015', 'urban', 900_001, D2, 'near_poor'],
    ['QD59_2015', 'urban', 1_300_000, D3, 'poor'],
    ['QD59_2015', 'urban', 1_300_001, D3, 'average_living'],
    ['QD59_2015', 'urban', 1_950_000, [], 'average_living'],
    ['QD59_2015', 'urban', 1_950_001, [], 'not_poor'],
    // NĐ 07/2021 — poor needs income ≤ line AND ≥ 3 deprivations.
    ['ND07_2021', 'rural', 1_200_000, D2, 'near_poor'],
    ['ND07_2021', 'rural', 1_200_000, D3, 'poor'],
    ['ND07_2021', 'rural', 0, [], 'near_poor'],
    ['ND07_2021', 'rural', 1_500_000, D3, 'poor'],
    ['ND07_2021', 'rural', 1_500_000, D2, 'near_poor'],
    ['ND07_2021', 'rural', 1_500_001, D3, 'average_living'],
    ['ND07_2021', 'rural', 2_250_000, D3, 'average_living'],
    ['ND07_2021', 'rural', 2_250_001, [], 'not_poor'],
    ['ND07_2021', 'urban', 2_000_000, D3, 'poor'],
    ['ND07_2021', 'urban', 2_000_000, D2, 'near_poor'],
    ['ND07_2021', 'urban', 2_000_001, D3, 'average_living'],
    ['ND07_2021', 'urban', 3_000_001, [], 'not_poor'],
    // NĐ 351/2025 — same rule, no known average-living band.
    ['ND351_2025', 'rural', 2_200_000, D3, 'poor'],
    ['ND351_2025', 'rural', 2_200_000, D2, 'near_poor'],
    ['ND351_2025', 'rural', 2_200_001, D3, 'not_poor'],
    ['ND351_2025', 'urban', 2_800_000, D3, 'poor'],
    ['ND351_2025', 'urban', 2_800_001, [], 'not_poor'],
  ];

  it.each(rows)('%s %s income %i with %j → %s', (code, area, income, deprivations, expected) => {
    expect(classify(std(code), { incomePerCapitaVnd: income, deprivations, area })).toBe(expected);
  });

  it('counts a repeated deprivation once (ND07: two distinct codes stay near-poor)', () => {
    const twiceListed = ['health_insurance', 'health_insurance', 'housing_quality'];
    expect(
      classify(std('ND07_2021'), { incomePerCapitaVnd: 1_000_000, deprivations: twiceListed, area: 'rural' }),
    ).toBe('near_poor');
  });

  it('never counts a code the standard does not define', () => {
    const withForeign = ['health_insurance', 'housing_quality', 'information_assets'];
    expect(
      classify(std('ND07_2021'), { incomePerCapitaVnd: 1_000_000, deprivations: withForeign, area: 'rural' }),
    ).toBe('near_poor');
  });
});

describe('validateDeprivations', () => {
  it('returns the codes the standard does not know, once each', () => {
    expect(validateDeprivations(std('ND07_2021'), ['nutrition', 'information_assets', 'x', 'x'])).toEqual([
      'information_assets',
      'x',
    ]);
    expect(validateDeprivations(std('QD59_2015'), ['information_assets', 'telecom_use'])).toEqual([]);
    expect(validateDeprivations(std('QD09_2011'), ['health_insurance'])).toEqual(['health_insurance']);
  });
});

describe('reclassify (what-if)', () => {
  it('drops deprivations the target standard lacks before classifying', () => {
    const input = {
      incomePerCapitaVnd: 1_400_000,
      deprivations: [...D2, 'information_assets'],
      area: 'rural' as const,
    };
    expect(reclassify(std('ND07_2021'), input)).toBe('near_poor');
    expect(reclassify(std('ND07_2021'), { ...input, deprivations: [...D3, 'information_assets'] })).toBe('poor');
  });
});
