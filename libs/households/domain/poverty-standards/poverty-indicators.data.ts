import type { Indicator } from './poverty-standard.types.js';

/** Indicators shared by several decrees; each standard lists the ones it measures. */
const indicator = (code: string, labelVi: string, labelEn: string): Indicator => ({ code, labelVi, labelEn });

const MEDICAL_SERVICES = indicator('medical_services', 'Tiếp cận dịch vụ y tế', 'Access to medical services');
const HEALTH_INSURANCE = indicator('health_insurance', 'Bảo hiểm y tế', 'Health insurance');
const ADULT_EDUCATION = indicator('adult_education', 'Trình độ giáo dục của người lớn', 'Adult education');
const CHILD_SCHOOL = indicator(
  'child_school_attendance',
  'Tình trạng đi học của trẻ em',
  "Children's school attendance",
);
const HOUSING_QUALITY = indicator('housing_quality', 'Chất lượng nhà ở', 'Housing quality');
const HOUSING_AREA = indicator('housing_area', 'Diện tích nhà ở bình quân đầu người', 'Housing area per capita');
const WATER_SOURCE = indicator('water_source', 'Nguồn nước sinh hoạt', 'Water source');
const LATRINE_2015 = indicator('hygienic_latrine', 'Hố xí/nhà tiêu hợp vệ sinh', 'Hygienic latrine');
const LATRINE = indicator('hygienic_latrine', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine');
const TELECOM = indicator('telecom_use', 'Sử dụng dịch vụ viễn thông', 'Telecom use');
const INFO_ASSETS = indicator(
  'information_assets',
  'Tài sản phục vụ tiếp cận thông tin',
  'Assets for access to information',
);
const INFO_ACCESS = indicator(
  'information_access',
  'Phương tiện phục vụ tiếp cận thông tin',
  'Means of access to information',
);
const EMPLOYMENT = indicator('employment', 'Việc làm', 'Employment');
const DEPENDANTS = indicator('dependants', 'Người phụ thuộc trong hộ', 'Dependants in the household');
const NUTRITION = indicator('nutrition', 'Dinh dưỡng', 'Nutrition');
const WASTE = indicator('waste_treatment', 'Xử lý rác thải', 'Waste treatment');

/** QĐ 59/2015/QĐ-TTg: 5 dimensions, 10 indicators. */
export const QD59_2015_INDICATORS: readonly Indicator[] = [
  MEDICAL_SERVICES,
  HEALTH_INSURANCE,
  ADULT_EDUCATION,
  CHILD_SCHOOL,
  HOUSING_QUALITY,
  HOUSING_AREA,
  WATER_SOURCE,
  LATRINE_2015,
  TELECOM,
  INFO_ASSETS,
];

/** NĐ 07/2021/NĐ-CP: 6 dimensions, 12 indicators. */
export const ND07_2021_INDICATORS: readonly Indicator[] = [
  EMPLOYMENT,
  DEPENDANTS,
  NUTRITION,
  HEALTH_INSURANCE,
  ADULT_EDUCATION,
  CHILD_SCHOOL,
  HOUSING_QUALITY,
  HOUSING_AREA,
  WATER_SOURCE,
  LATRINE,
  TELECOM,
  INFO_ACCESS,
];

/** NĐ 351/2025/NĐ-CP draft list: ND07's twelve with waste treatment in place of information access. */
export const ND351_2025_INDICATORS: readonly Indicator[] = [
  EMPLOYMENT,
  DEPENDANTS,
  NUTRITION,
  HEALTH_INSURANCE,
  ADULT_EDUCATION,
  CHILD_SCHOOL,
  HOUSING_QUALITY,
  HOUSING_AREA,
  WATER_SOURCE,
  LATRINE,
  TELECOM,
  WASTE,
];
