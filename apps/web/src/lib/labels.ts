/** Vietnamese / English labels of the API's codes. */
type Labels = Readonly<Record<string, readonly [string, string]>>;

export const ROLE_LABELS: Labels = {
  admin: ['Quản trị', 'Administrator'],
  supervisor: ['Ban Dân vận (giám sát)', 'Supervisor'],
  staff: ['Cán bộ đơn vị', 'Organisation staff'],
  commune_officer: ['Cán bộ xã', 'Commune officer'],
  auditor: ['Thanh tra / kiểm tra', 'Auditor'],
};

export const UNIT_KIND_LABELS: Labels = {
  province: ['Tỉnh', 'Province'],
  district: ['Huyện', 'District'],
  commune: ['Xã', 'Commune'],
  village: ['Thôn', 'Village'],
};

export const CLASSIFICATION_LABELS: Labels = {
  ethnic_minority_commune: ['Xã thuần đồng bào DTTS', 'Ethnic-minority commune'],
  mixed_village: ['Thôn xen ghép', 'Mixed village'],
  extremely_difficult: ['Đặc biệt khó khăn (ĐBKK)', 'Extremely difficult'],
  region_I: ['Khu vực I', 'Region I'],
  region_II: ['Khu vực II', 'Region II'],
  region_III: ['Khu vực III', 'Region III'],
};

export const UNIT_STATUS_LABELS: Labels = {
  active: ['Đang hoạt động', 'Active'],
  merged: ['Đã sáp nhập', 'Merged'],
  dissolved: ['Đã giải thể', 'Dissolved'],
};

export const ORG_KIND_LABELS: Labels = {
  fatherland_front: ['Ủy ban MTTQ', 'Fatherland Front Committee'],
  mass_organization: ['Tổ chức chính trị - xã hội', 'Mass organisation'],
  police: ['Công an', 'Police'],
  military: ['Quân sự', 'Military'],
  border_guard: ['Bộ đội Biên phòng', 'Border guard'],
  department: ['Sở, ban, ngành', 'Department'],
  enterprise: ['Doanh nghiệp', 'Enterprise'],
  other: ['Khác', 'Other'],
};

export const ORG_STATUS_LABELS: Labels = {
  active: ['Đang hoạt động', 'Active'],
  dissolved: ['Đã giải thể', 'Dissolved'],
};

export const PAIRING_STATUS_LABELS: Labels = {
  active: ['Đang kết nghĩa', 'Active'],
  ended: ['Đã kết thúc', 'Ended'],
};

export const ACTIVITY_KIND_LABELS: Labels = {
  visit: ['Thăm hỏi', 'Visit'],
  gift: ['Tặng quà', 'Gift'],
  exchange: ['Giao lưu', 'Exchange'],
  outreach: ['Tuyên truyền', 'Outreach'],
  immersion_stay: ['Cùng ăn, cùng ở, cùng làm', 'Immersion stay'],
  study_tour: ['Học tập mô hình', 'Study tour'],
  volunteer_work: ['Lao động tình nguyện', 'Volunteer work'],
};
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND_LABELS);

export const INITIATOR_LABELS: Labels = {
  organization: ['Đơn vị chủ động', 'Organisation'],
  commune: ['Xã chủ động', 'Commune'],
};

export const RESOURCE_TYPE_LABELS: Labels = {
  cash: ['Tiền mặt', 'Cash'],
  in_kind: ['Hiện vật', 'In kind'],
  labour_days: ['Ngày công', 'Labour days'],
};

export const FUND_SOURCE_LABELS: Labels = {
  state_budget: ['Ngân sách nhà nước', 'State budget'],
  organization_fund: ['Quỹ của đơn vị', 'Organisation fund'],
  social_mobilization: ['Xã hội hóa', 'Social mobilisation'],
  enterprise: ['Doanh nghiệp', 'Enterprise'],
  individual: ['Cá nhân', 'Individual'],
};

export const RECIPIENT_LABELS: Labels = {
  commune: ['Xã', 'Commune'],
  village: ['Thôn', 'Village'],
  school: ['Trường học', 'School'],
  households: ['Hộ gia đình', 'Households'],
};

export const EXCHANGE_KIND_LABELS: Labels = {
  cultural: ['Văn hóa, văn nghệ', 'Cultural'],
  sports: ['Thể dục thể thao', 'Sports'],
};

export const OUTREACH_TOPIC_LABELS: Labels = {
  party_policy: ['Chủ trương của Đảng, chính sách', 'Party policy'],
  law: ['Pháp luật', 'Law'],
  science_technology: ['Khoa học kỹ thuật', 'Science and technology'],
  customs_reform: ['Xóa bỏ hủ tục', 'Customs reform'],
  hygiene_environment: ['Vệ sinh môi trường', 'Hygiene and environment'],
  reproductive_health: ['Sức khỏe sinh sản', 'Reproductive health'],
  family_planning: ['Kế hoạch hóa gia đình', 'Family planning'],
  security: ['An ninh trật tự', 'Security'],
  other: ['Khác', 'Other'],
};

export const PROJECT_STATUS_LABELS: Labels = {
  proposed: ['Đề xuất', 'Proposed'],
  approved: ['Đã phê duyệt', 'Approved'],
  in_progress: ['Đang thi công', 'In progress'],
  completed: ['Hoàn thành', 'Completed'],
  handed_over: ['Đã bàn giao', 'Handed over'],
  cancelled: ['Đã hủy', 'Cancelled'],
};
export const PROJECT_STATUSES = Object.keys(PROJECT_STATUS_LABELS);

export const PROJECT_CATEGORY_LABELS: Labels = {
  security_lighting: ['Ánh sáng an ninh', 'Security lighting'],
  small_irrigation: ['Thủy lợi nhỏ', 'Small irrigation'],
  canal_dredging: ['Nạo vét kênh mương', 'Canal dredging'],
  rural_road: ['Đường giao thông nông thôn', 'Rural road'],
  dam_reinforcement: ['Gia cố đập', 'Dam reinforcement'],
  school: ['Trường học', 'School'],
  clean_water: ['Nước sạch', 'Clean water'],
  housing: ['Nhà ở', 'Housing'],
  other: ['Khác', 'Other'],
};

export const HOUSEHOLD_STATUS_LABELS: Labels = {
  poor: ['Hộ nghèo', 'Poor'],
  near_poor: ['Hộ cận nghèo', 'Near-poor'],
  average_living: ['Hộ có mức sống trung bình', 'Average living'],
  not_poor: ['Không nghèo', 'Not poor'],
  unassessed: ['Chưa rà soát', 'Not assessed'],
};

export const TRANSITION_LABELS: Labels = {
  newly_poor: ['Nghèo phát sinh', 'Newly poor'],
  exited_poverty: ['Thoát nghèo', 'Exited poverty'],
  relapsed: ['Tái nghèo', 'Relapsed'],
  became_near_poor: ['Trở thành cận nghèo', 'Became near-poor'],
  exited_near_poverty: ['Thoát cận nghèo', 'Exited near-poverty'],
};

export const COMMITMENT_KIND_LABELS: Labels = {
  livestock: ['Con giống', 'Livestock'],
  seeds_inputs: ['Giống cây, vật tư', 'Seeds and inputs'],
  housing: ['Nhà ở', 'Housing'],
  job_training: ['Đào tạo nghề', 'Job training'],
  employment: ['Việc làm', 'Employment'],
  scholarship: ['Học bổng', 'Scholarship'],
  health_insurance: ['Bảo hiểm y tế', 'Health insurance'],
  clean_water: ['Nước sạch', 'Clean water'],
  sanitation: ['Nhà vệ sinh', 'Sanitation'],
  tools: ['Công cụ sản xuất', 'Tools'],
  cash: ['Tiền mặt', 'Cash'],
  mentoring: ['Kèm cặp, hướng dẫn', 'Mentoring'],
  other: ['Khác', 'Other'],
};

export const COMMITMENT_STATUS_LABELS: Labels = {
  open: ['Đang thực hiện', 'Open'],
  overdue: ['Quá hạn', 'Overdue'],
  fulfilled: ['Đã hoàn thành', 'Fulfilled'],
  cancelled: ['Đã hủy', 'Cancelled'],
};

export const AREA_LABELS: Labels = { rural: ['Nông thôn', 'Rural'], urban: ['Thành thị', 'Urban'] };
export const GENDER_LABELS: Labels = { female: ['Nữ', 'Female'], male: ['Nam', 'Male'], other: ['Khác', 'Other'] };

/** Indicator labels when the poverty-standards endpoint is not reachable. */
export const DEPRIVATION_LABELS: Labels = {
  medical_services: ['Tiếp cận dịch vụ y tế', 'Medical services'],
  health_insurance: ['Bảo hiểm y tế', 'Health insurance'],
  adult_education: ['Trình độ giáo dục của người lớn', 'Adult education'],
  child_school_attendance: ['Tình trạng đi học của trẻ em', 'Child school attendance'],
  housing_quality: ['Chất lượng nhà ở', 'Housing quality'],
  housing_area: ['Diện tích nhà ở bình quân', 'Housing area'],
  water_source: ['Nguồn nước sinh hoạt', 'Water source'],
  hygienic_latrine: ['Nhà tiêu hợp vệ sinh', 'Hygienic latrine'],
  telecom_use: ['Sử dụng dịch vụ viễn thông', 'Telecom use'],
  information_assets: ['Tài sản phục vụ tiếp cận thông tin', 'Information assets'],
  information_access: ['Phương tiện tiếp cận thông tin', 'Information access'],
  employment: ['Việc làm', 'Employment'],
  dependants: ['Người phụ thuộc trong hộ', 'Dependants'],
  nutrition: ['Dinh dưỡng', 'Nutrition'],
  waste_treatment: ['Thu gom rác thải', 'Waste treatment'],
};

/** Vietnamese messages for the validator codes of problem+json field errors. */
export const FIELD_ERROR_LABELS: Labels = {
  isNotEmpty: ['Không được để trống', 'Must not be empty'],
  isDefined: ['Bắt buộc nhập', 'Required'],
  isString: ['Phải là văn bản', 'Must be text'],
  isLength: ['Độ dài không hợp lệ', 'Invalid length'],
  isIn: ['Giá trị không hợp lệ', 'Not an allowed value'],
  isUuid: ['Mã định danh không hợp lệ', 'Invalid id'],
  isInt: ['Phải là số nguyên', 'Must be a whole number'],
  min: ['Giá trị quá nhỏ', 'Too small'],
  max: ['Giá trị quá lớn', 'Too large'],
  isIsoDate: ['Ngày không hợp lệ', 'Invalid date'],
  isPastIsoDate: ['Ngày không được ở tương lai', 'Date must not be in the future'],
  isVnd: ['Số tiền phải là số nguyên VND không âm', 'Money must be a non-negative whole VND amount'],
  matches: ['Định dạng không hợp lệ', 'Invalid format'],
  arrayMinSize: ['Cần ít nhất một mục', 'At least one item is needed'],
  unknown_field: ['Trường không được hỗ trợ', 'Unknown field'],
};

export const ENTITY_PATHS: Readonly<Record<string, string>> = {
  adminunit: '/api/admin-units',
  organization: '/api/organizations',
  pairing: '/api/pairings',
  project: '/api/projects',
  household: '/api/households',
};
