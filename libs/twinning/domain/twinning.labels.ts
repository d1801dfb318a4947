/**
 * The twinning context's vocabularies. Codes are stable and stored in events; the labels are
 * what users see (Vietnamese by default, English available).
 */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

export const ACTIVITY_KINDS = [
  'visit',
  'gift',
  'exchange',
  'outreach',
  'immersion_stay',
  'study_tour',
  'volunteer_work',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, Label>> = {
  visit: { vi: 'Thăm hỏi', en: 'Visit' },
  gift: { vi: 'Tặng quà', en: 'Gift' },
  exchange: { vi: 'Giao lưu văn hóa, thể thao', en: 'Cultural or sports exchange' },
  outreach: { vi: 'Tuyên truyền', en: 'Outreach session' },
  immersion_stay: { vi: 'Cùng ăn, cùng ở, cùng suy nghĩ, cùng làm', en: 'Four-together stay' },
  study_tour: { vi: 'Học tập mô hình', en: 'Study tour' },
  volunteer_work: { vi: 'Ngày công lao động', en: 'Volunteer work' },
};

export const INITIATORS = ['organization', 'commune'] as const;
export type Initiator = (typeof INITIATORS)[number];
export const INITIATOR_LABELS: Readonly<Record<Initiator, Label>> = {
  organization: { vi: 'Đơn vị ở tỉnh', en: 'Provincial organisation' },
  commune: { vi: 'Xã', en: 'Commune' },
};

export const OUTREACH_TOPICS = [
  'party_policy',
  'law',
  'science_technology',
  'customs_reform',
  'hygiene_environment',
  'reproductive_health',
  'family_planning',
  'security',
  'other',
] as const;
export type OutreachTopic = (typeof OUTREACH_TOPICS)[number];
export const OUTREACH_TOPIC_LABELS: Readonly<Record<OutreachTopic, Label>> = {
  party_policy: { vi: 'Chủ trương của Đảng', en: "The Party's guidelines" },
  law: { vi: 'Chính sách, pháp luật của Nhà nước', en: 'State policy and law' },
  science_technology: { vi: 'Khoa học kỹ thuật', en: 'Science and technology' },
  customs_reform: { vi: 'Xóa bỏ hủ tục lạc hậu', en: 'Reforming outdated customs' },
  hygiene_environment: { vi: 'Vệ sinh môi trường', en: 'Hygiene and environment' },
  reproductive_health: { vi: 'Sức khỏe sinh sản', en: 'Reproductive health' },
  family_planning: { vi: 'Dân số, kế hoạch hóa gia đình', en: 'Population and family planning' },
  security: { vi: 'Quốc phòng, an ninh, trật tự', en: 'Defence, security and public order' },
  other: { vi: 'Khác', en: 'Other' },
};

export const EXCHANGE_KINDS = ['cultural', 'sports'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export const EXCHANGE_KIND_LABELS: Readonly<Record<ExchangeKind, Label>> = {
  cultural: { vi: 'Văn hóa, văn nghệ', en: 'Cultural' },
  sports: { vi: 'Thể dục, thể thao', en: 'Sports' },
};

export const GIFT_RECIPIENTS = ['commune', 'village', 'school', 'households'] as const;
export type GiftRecipient = (typeof GIFT_RECIPIENTS)[number];
export const GIFT_RECIPIENT_LABELS: Readonly<Record<GiftRecipient, Label>> = {
  commune: { vi: 'Xã', en: 'Commune' },
  village: { vi: 'Thôn', en: 'Village' },
  school: { vi: 'Trường học', en: 'School' },
  households: { vi: 'Hộ gia đình', en: 'Households' },
};

export const RESOURCE_TYPES = ['cash', 'in_kind', 'labour_days'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const RESOURCE_TYPE_LABELS: Readonly<Record<ResourceType, Label>> = {
  cash: { vi: 'Tiền mặt', en: 'Cash' },
  in_kind: { vi: 'Hiện vật', en: 'In kind' },
  labour_days: { vi: 'Ngày công', en: 'Labour days' },
};

/** Shared by activity resources and project funding (SPEC §2.3, §2.4 "source as above"). */
export const RESOURCE_SOURCES = [
  'state_budget',
  'organization_fund',
  'social_mobilization',
  'enterprise',
  'individual',
] as const;
export type ResourceSource = (typeof RESOURCE_SOURCES)[number];
export const RESOURCE_SOURCE_LABELS: Readonly<Record<ResourceSource, Label>> = {
  state_budget: { vi: 'Ngân sách nhà nước', en: 'State budget' },
  organization_fund: { vi: 'Kinh phí của đơn vị', en: "Organisation's own funds" },
  social_mobilization: { vi: 'Xã hội hóa', en: 'Social mobilisation' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
};

export const PAIRING_STATUSES = ['active', 'ended'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];
export const PAIRING_STATUS_LABELS: Readonly<Record<PairingStatus, Label>> = {
  active: { vi: 'Đang kết nghĩa', en: 'Active' },
  ended: { vi: 'Đã kết thúc', en: 'Ended' },
};

export const PROJECT_CATEGORIES = [
  'security_lighting',
  'small_irrigation',
  'canal_dredging',
  'rural_road',
  'dam_reinforcement',
  'school',
  'clean_water',
  'housing',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
export const PROJECT_CATEGORY_LABELS: Readonly<Record<ProjectCategory, Label>> = {
  security_lighting: { vi: 'Ánh sáng an ninh', en: 'Security lighting' },
  small_irrigation: { vi: 'Thủy lợi nhỏ', en: 'Small irrigation' },
  canal_dredging: { vi: 'Nạo vét kênh mương', en: 'Canal dredging' },
  rural_road: { vi: 'Đường giao thông nông thôn', en: 'Rural road' },
  dam_reinforcement: { vi: 'Gia cố đập', en: 'Dam reinforcement' },
  school: { vi: 'Trường học', en: 'School' },
  clean_water: { vi: 'Nước sạch', en: 'Clean water' },
  housing: { vi: 'Nhà ở', en: 'Housing' },
  other: { vi: 'Khác', en: 'Other' },
};

export const PROJECT_STATUSES = [
  'proposed',
  'approved',
  'in_progress',
  'completed',
  'handed_over',
  'cancelled',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, Label>> = {
  proposed: { vi: 'Đề xuất', en: 'Proposed' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  in_progress: { vi: 'Đang thi công', en: 'In progress' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  handed_over: { vi: 'Đã bàn giao', en: 'Handed over' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const FUNDING_KINDS = ['pledged', 'received'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];
export const FUNDING_KIND_LABELS: Readonly<Record<FundingKind, Label>> = {
  pledged: { vi: 'Cam kết tài trợ', en: 'Pledged' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
};

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
