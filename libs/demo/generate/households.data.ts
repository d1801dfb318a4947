import { standardForReview as forReview, type CommitmentKind, type PovertyStandard } from '@kn/households';

/** Latent deprivations; each standard sees the ones it has indicators for (QĐ 59/2015, NĐ 07/2021). */
export const LATENT_DEPRIVATIONS = [
  'health_insurance',
  'adult_education',
  'child_school_attendance',
  'housing_quality',
  'housing_area',
  'water_source',
  'hygienic_latrine',
  'telecom_use',
  'medical_services',
  'information_assets',
  'employment',
  'dependants',
  'nutrition',
  'waste_treatment',
] as const;
export type Latent = (typeof LATENT_DEPRIVATIONS)[number];

/**
 * The standard a review classifies under: a review held in year N uses the standard in force for
 * N + 1 (`standardForReview` of households, SPEC §2.7), so the 2026 review is under NĐ 351/2025.
 * The demo names it in its command, so the review reads the same whatever the default.
 */
export function standardForReview(reviewYear: number): PovertyStandard {
  const found = forReview(reviewYear);
  if (!found) throw new Error(`demo: no poverty standard for the ${reviewYear} review`);
  return found.standard;
}

/** The indicator codes of the standard that see a household's latent deprivations (QĐ 09/2011 measured income only). */
export function deprivationCodes(standard: PovertyStandard, latent: ReadonlySet<Latent>): string[] {
  const known = new Set(standard.indicators.map((i) => i.code));
  const codes = [...latent].map((c) => (c === 'information_assets' && !known.has(c) ? 'information_access' : c));
  return [...new Set(codes.filter((c) => known.has(c)))];
}

/** Nominal growth shocks by year: the 2016 drought, COVID-19 in 2020–2021. */
export const YEAR_SHOCK: Readonly<Record<number, number>> = {
  2016: -0.1,
  2017: 0.02,
  2019: 0.01,
  2020: -0.07,
  2021: -0.09,
  2022: 0.05,
  2025: -0.02,
};

export const COMMITMENTS: readonly {
  kind: CommitmentKind;
  weight: number;
  value: [number, number];
  text: string;
  removes?: Latent;
  boost?: number;
}[] = [
  { kind: 'livestock', weight: 20, value: [8, 20], text: 'Hỗ trợ 01 con bò giống sinh sản', boost: 0.15 },
  {
    kind: 'seeds_inputs',
    weight: 12,
    value: [2, 6],
    text: 'Hỗ trợ giống cây trồng, phân bón vụ Đông Xuân',
    boost: 0.06,
  },
  { kind: 'housing', weight: 10, value: [40, 70], text: 'Xây nhà Đại đoàn kết', removes: 'housing_quality' },
  {
    kind: 'job_training',
    weight: 6,
    value: [3, 8],
    text: 'Đào tạo nghề may công nghiệp cho lao động trong hộ',
    removes: 'employment',
    boost: 0.08,
  },
  {
    kind: 'employment',
    weight: 5,
    value: [2, 5],
    text: 'Giới thiệu việc làm tại khu công nghiệp',
    removes: 'employment',
    boost: 0.2,
  },
  {
    kind: 'scholarship',
    weight: 8,
    value: [2, 6],
    text: 'Học bổng cho học sinh nghèo vượt khó',
    removes: 'child_school_attendance',
  },
  {
    kind: 'health_insurance',
    weight: 8,
    value: [1, 3],
    text: 'Mua thẻ bảo hiểm y tế cho các thành viên',
    removes: 'health_insurance',
  },
  {
    kind: 'clean_water',
    weight: 7,
    value: [3, 8],
    text: 'Hỗ trợ bồn chứa và đấu nối nước sạch',
    removes: 'water_source',
  },
  { kind: 'sanitation', weight: 6, value: [4, 9], text: 'Xây nhà tiêu hợp vệ sinh', removes: 'hygienic_latrine' },
  { kind: 'tools', weight: 5, value: [2, 6], text: 'Hỗ trợ máy bơm nước, nông cụ sản xuất', boost: 0.05 },
  { kind: 'cash', weight: 4, value: [1, 5], text: 'Hỗ trợ tiền mặt khắc phục khó khăn', boost: 0.02 },
  { kind: 'mentoring', weight: 6, value: [1, 2], text: 'Cán bộ đơn vị kèm cặp, hướng dẫn cách làm ăn', boost: 0.06 },
  { kind: 'other', weight: 3, value: [1, 4], text: 'Hỗ trợ sửa chữa bếp, chuồng trại' },
];

export const COMMITMENT_CANCEL_REASONS = [
  'Hộ chuyển đi nơi khác sinh sống, không tiếp tục hỗ trợ',
  'Hộ đã được hỗ trợ cùng nội dung từ chương trình khác',
  'Đơn vị tài trợ không còn đủ nguồn lực thực hiện',
];

export const ERASURE_REASON =
  'Chủ hộ yêu cầu xóa dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân';
