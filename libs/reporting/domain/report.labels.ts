/**
 * Vietnamese wording of the report, kept here so the domain depends on no other context. Codes
 * are those stored in the events (twinning and households vocabularies).
 */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  visit: 'Thăm hỏi',
  gift: 'Tặng quà',
  exchange: 'Giao lưu văn hóa, thể thao',
  outreach: 'Tuyên truyền',
  immersion_stay: '"Cùng ăn, cùng ở, cùng suy nghĩ, cùng làm"',
  study_tour: 'Học tập mô hình ở địa bàn khác',
  volunteer_work: 'Ngày công lao động',
};
export const KIND_ORDER = Object.keys(KIND_LABELS);

export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  state_budget: 'Ngân sách nhà nước',
  organization_fund: 'Kinh phí của đơn vị',
  social_mobilization: 'Xã hội hóa',
  enterprise: 'Doanh nghiệp',
  individual: 'Cá nhân',
};
export const SOURCE_ORDER = Object.keys(SOURCE_LABELS);
/** "Nguồn lực xã hội" beside the state's: everything not from the budget or the units' own funds. */
export const SOCIAL_SOURCES: readonly string[] = ['social_mobilization', 'enterprise', 'individual'];

export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  security_lighting: '"Ánh sáng an ninh"',
  small_irrigation: 'Thủy lợi nhỏ',
  canal_dredging: 'Nạo vét kênh mương nội đồng',
  rural_road: 'Đường giao thông nông thôn',
  dam_reinforcement: 'Gia cố đập thủy lợi',
  school: 'Trường học',
  clean_water: 'Nước sạch',
  housing: 'Nhà ở',
  other: 'Công trình khác',
};
export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS);

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  proposed: 'Đề xuất',
  approved: 'Đã phê duyệt',
  in_progress: 'Đang thi công',
  completed: 'Hoàn thành',
  handed_over: 'Đã bàn giao',
  cancelled: 'Đã hủy',
};
export const STATUS_ORDER = Object.keys(STATUS_LABELS);

export const COMMITMENT_LABELS: Readonly<Record<string, string>> = {
  open: 'Đang thực hiện (còn hạn)',
  overdue: 'Quá hạn chưa hoàn thành',
  fulfilled: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};

export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  ActivityRecordCorrected: 'Đính chính hoạt động',
  ActivityRecordVoided: 'Hủy bản ghi hoạt động',
  PairingEnded: 'Kết thúc kết nghĩa',
  ProjectCancelled: 'Hủy công trình',
  SupportCommitmentCancelled: 'Hủy cam kết hỗ trợ',
  HouseholdPersonalDataErased: 'Xóa dữ liệu cá nhân',
  OrganizationDissolved: 'Giải thể đơn vị',
  AssessmentRestated: 'Tính lại kết quả rà soát hộ nghèo',
  AdministrativeUnitDissolved: 'Giải thể đơn vị hành chính',
};

export const labelOf = (labels: Readonly<Record<string, string>>, code: string): string => labels[code] ?? code;

/** Codes in the labels' order first, unknown ones after, alphabetically. */
export function ordered(codes: Iterable<string>, order: readonly string[]): string[] {
  const set = new Set(codes);
  return [...order.filter((c) => set.has(c)), ...[...set].filter((c) => !order.includes(c)).sort()];
}
