/**
 * Vietnamese / English labels of the API's codes. The domain's vocabularies are the one source
 * (libs/<context>/domain/*.labels.ts, imported through the `@libs` alias); only codes no context
 * names (roles, commitment states, field-error codes, …) are labelled here.
 */
import {
  ADMIN_UNIT_KIND_LABELS,
  ADMIN_UNIT_STATUS_LABELS,
  CLASSIFICATION_LABELS,
  COMMUNE_TYPE_LABELS,
} from '@libs/territory/domain/admin-unit.labels.js';
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_STATUS_LABELS,
} from '@libs/organizations/domain/organization.labels.js';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  EXCHANGE_KIND_LABELS,
  GIFT_RECIPIENT_LABELS,
  INITIATOR_LABELS,
  OUTREACH_TOPIC_LABELS,
  PAIRING_STATUS_LABELS,
  PROJECT_CATEGORY_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  RESOURCE_SOURCE_LABELS,
  RESOURCE_TYPE_LABELS,
} from '@libs/twinning/domain/twinning.labels.js';
import {
  COMMITMENT_KIND_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  TRANSITION_LABELS,
} from '@libs/households/domain/household.labels.js';

export {
  CLASSIFICATION_LABELS,
  COMMUNE_TYPE_LABELS,
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  EXCHANGE_KIND_LABELS,
  INITIATOR_LABELS,
  OUTREACH_TOPIC_LABELS,
  PAIRING_STATUS_LABELS,
  PROJECT_CATEGORY_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  RESOURCE_TYPE_LABELS,
  COMMITMENT_KIND_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  TRANSITION_LABELS,
};
export const UNIT_KIND_LABELS = ADMIN_UNIT_KIND_LABELS;
export const UNIT_STATUS_LABELS = ADMIN_UNIT_STATUS_LABELS;
export const ORG_KIND_LABELS = ORGANIZATION_KIND_LABELS;
export const ORG_STATUS_LABELS = ORGANIZATION_STATUS_LABELS;
export const FUND_SOURCE_LABELS = RESOURCE_SOURCE_LABELS;
export const RECIPIENT_LABELS = GIFT_RECIPIENT_LABELS;

/** A label table: the domain's `{ vi, en }`, or `[vi, en]` for the few the UI adds. */
export type LabelTable = Readonly<
  Record<string, readonly [string, string] | { readonly vi: string; readonly en: string }>
>;
type Labels = Readonly<Record<string, readonly [string, string]>>;

export const ROLE_LABELS: Labels = {
  admin: ['Quản trị', 'Administrator'],
  supervisor: ['Ban Dân vận (giám sát)', 'Supervisor'],
  staff: ['Cán bộ đơn vị', 'Organisation staff'],
  commune_officer: ['Cán bộ xã', 'Commune officer'],
  auditor: ['Thanh tra / kiểm tra', 'Auditor'],
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
