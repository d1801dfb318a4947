import type { Classification } from './poverty-standards/poverty-standard.types.js';
import type { CommitmentKind, Transition } from './household.events.js';

/** User-facing labels, Vietnamese first (the UI's default) with English. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

export const CLASSIFICATION_LABELS: Readonly<Record<Classification, Label>> = {
  poor: { vi: 'Hộ nghèo', en: 'Poor' },
  near_poor: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
  average_living: { vi: 'Hộ có mức sống trung bình', en: 'Average living standard' },
  not_poor: { vi: 'Hộ không nghèo', en: 'Not poor' },
};

/** A household's status in the register: its latest classification, or not yet assessed. */
export const HOUSEHOLD_STATUS_LABELS: Readonly<Record<Classification | 'unassessed', Label>> = {
  ...CLASSIFICATION_LABELS,
  unassessed: { vi: 'Chưa rà soát', en: 'Not assessed' },
};

export const TRANSITION_LABELS: Readonly<Record<Transition, Label>> = {
  newly_poor: { vi: 'Phát sinh hộ nghèo', en: 'Newly poor' },
  exited_poverty: { vi: 'Thoát nghèo', en: 'Exited poverty' },
  relapsed: { vi: 'Tái nghèo', en: 'Relapsed into poverty' },
  became_near_poor: { vi: 'Phát sinh hộ cận nghèo', en: 'Became near-poor' },
  exited_near_poverty: { vi: 'Thoát cận nghèo', en: 'Exited near-poverty' },
};

export const COMMITMENT_KIND_LABELS: Readonly<Record<CommitmentKind, Label>> = {
  livestock: { vi: 'Con giống, vật nuôi', en: 'Livestock' },
  seeds_inputs: { vi: 'Giống cây trồng, vật tư', en: 'Seeds and farm inputs' },
  housing: { vi: 'Nhà ở', en: 'Housing' },
  job_training: { vi: 'Đào tạo nghề', en: 'Job training' },
  employment: { vi: 'Giới thiệu việc làm', en: 'Employment' },
  scholarship: { vi: 'Học bổng', en: 'Scholarship' },
  health_insurance: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
  clean_water: { vi: 'Nước sạch', en: 'Clean water' },
  sanitation: { vi: 'Nhà tiêu hợp vệ sinh', en: 'Sanitation' },
  tools: { vi: 'Công cụ sản xuất', en: 'Tools' },
  cash: { vi: 'Tiền mặt', en: 'Cash' },
  mentoring: { vi: 'Kèm cặp, hướng dẫn làm ăn', en: 'Mentoring' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Vietnamese money format: 1.200.000 ₫. */
export function formatVnd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}${Math.abs(Math.round(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}
