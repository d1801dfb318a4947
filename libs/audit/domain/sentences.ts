import { subjectLabel, type Subject, type SubjectLookup } from './subjects.js';

/**
 * Each event type as a sentence an auditor reads, Vietnamese and English. Placeholders:
 * `{name}` the subject as called then; `{d:f}` data field f (dates as dd/mm/yyyy); `{vnd:f}` an
 * amount; `{unit:f}` / `{org:f}` / `{hh:f}` the unit / organisation / household whose id is in f, as called then;
 * `{l:f}` the label of the code in f; f may be a dotted path into nested data (`to.standard`). Personal data (a head's name, a donor's name) has no
 * placeholder, so no sentence can carry it.
 */
export const SENTENCES: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  AdministrativeUnitEstablished: {
    vi: 'Thành lập {name} (mã {d:code}) từ ngày {d:establishedOn}',
    en: 'Established {name} (code {d:code}) on {d:establishedOn}',
  },
  AdministrativeUnitRenamed: {
    vi: 'Đổi tên {name} thành "{d:name}" từ ngày {d:effectiveOn}',
    en: 'Renamed {name} to "{d:name}" from {d:effectiveOn}',
  },
  AdministrativeUnitReclassified: {
    vi: 'Thay đổi phân loại của {name} từ ngày {d:effectiveOn}',
    en: 'Reclassified {name} from {d:effectiveOn}',
  },
  AdministrativeUnitMergedInto: {
    vi: 'Sáp nhập {name} vào {unit:successorId} từ ngày {d:effectiveOn} ({d:decisionRef})',
    en: 'Merged {name} into {unit:successorId} from {d:effectiveOn} ({d:decisionRef})',
  },
  AdministrativeUnitsMerged: {
    vi: '{name} được hình thành do sáp nhập từ ngày {d:effectiveOn} ({d:decisionRef})',
    en: '{name} formed by a merger from {d:effectiveOn} ({d:decisionRef})',
  },
  AdministrativeUnitDissolved: {
    vi: 'Giải thể {name} từ ngày {d:dissolvedOn}',
    en: 'Dissolved {name} on {d:dissolvedOn}',
  },
  AdministrativeUnitReparented: {
    vi: 'Chuyển {name} về trực thuộc {unit:toParentId} từ ngày {d:effectiveOn}',
    en: 'Moved {name} under {unit:toParentId} from {d:effectiveOn}',
  },

  OrganizationRegistered: { vi: 'Đăng ký cơ quan, đơn vị {name}', en: 'Registered the organisation {name}' },
  OrganizationRenamed: { vi: 'Đổi tên {name} thành "{d:name}"', en: 'Renamed {name} to "{d:name}"' },
  OrganizationDissolved: { vi: 'Giải thể {name} từ ngày {d:dissolvedOn}', en: 'Dissolved {name} on {d:dissolvedOn}' },
  OrganizationsMerged: {
    vi: '{name} được hình thành do hợp nhất từ ngày {d:effectiveOn} ({d:decisionRef})',
    en: '{name} formed by a merger from {d:effectiveOn} ({d:decisionRef})',
  },
  OrganizationMergedInto: {
    vi: 'Hợp nhất {name} vào {org:successorId} từ ngày {d:effectiveOn}',
    en: 'Merged {name} into {org:successorId} from {d:effectiveOn}',
  },

  PairingEstablished: {
    vi: 'Thiết lập {name} từ ngày {d:establishedOn} ({d:decisionRef})',
    en: 'Established the {name} on {d:establishedOn} ({d:decisionRef})',
  },
  PairingPlanAdopted: {
    vi: 'Thông qua kế hoạch năm {d:year} của {name}',
    en: 'Adopted the {d:year} plan of the {name}',
  },
  VisitConducted: {
    vi: 'Ghi nhận chuyến thăm hỏi ngày {d:occurredOn} của {name}',
    en: 'Recorded a visit on {d:occurredOn} by the {name}',
  },
  GiftDelivered: {
    vi: 'Ghi nhận đợt tặng quà ngày {d:occurredOn} của {name}',
    en: 'Recorded a gift on {d:occurredOn} by the {name}',
  },
  ExchangeHeld: {
    vi: 'Ghi nhận buổi giao lưu ngày {d:occurredOn} của {name}',
    en: 'Recorded an exchange on {d:occurredOn} by the {name}',
  },
  OutreachSessionHeld: {
    vi: 'Ghi nhận buổi tuyên truyền ngày {d:occurredOn} của {name}',
    en: 'Recorded an outreach session on {d:occurredOn} by the {name}',
  },
  ImmersionStayCompleted: {
    vi: 'Ghi nhận đợt "cùng ăn, cùng ở, cùng làm" ngày {d:occurredOn} của {name}',
    en: 'Recorded a four-together stay on {d:occurredOn} by the {name}',
  },
  StudyTourConducted: {
    vi: 'Ghi nhận chuyến học tập mô hình ngày {d:occurredOn} của {name}',
    en: 'Recorded a study tour on {d:occurredOn} by the {name}',
  },
  VolunteerWorkDone: {
    vi: 'Ghi nhận ngày công lao động ngày {d:occurredOn} của {name}',
    en: 'Recorded volunteer work on {d:occurredOn} by the {name}',
  },
  ActivityRecordCorrected: {
    vi: 'Đính chính một hoạt động của {name}: {d:reason}',
    en: 'Corrected an activity of the {name}: {d:reason}',
  },
  ActivityRecordVoided: {
    vi: 'Hủy bỏ một hoạt động của {name}: {d:reason}',
    en: 'Voided an activity of the {name}: {d:reason}',
  },
  PairingEnded: { vi: 'Kết thúc {name} từ ngày {d:endedOn}', en: 'Ended the {name} on {d:endedOn}' },
  PairingTransferred: {
    vi: '{name} chuyển từ {unit:fromAdminUnitId} sang {unit:toAdminUnitId} từ ngày {d:effectiveOn}',
    en: 'The {name} moved from {unit:fromAdminUnitId} to {unit:toAdminUnitId} from {d:effectiveOn}',
  },
  PairingHandedOver: {
    vi: '{org:toOrganizationId} tiếp nhận {name} từ {org:fromOrganizationId} từ ngày {d:effectiveOn}',
    en: '{org:toOrganizationId} took over the {name} from {org:fromOrganizationId} from {d:effectiveOn}',
  },
  PairingSlotClaimed: { vi: 'Giữ chỗ kết nghĩa cho {name}', en: 'Claimed the pairing slot for the {name}' },
  PairingSlotReleased: { vi: 'Trả chỗ kết nghĩa của {name}', en: 'Released the pairing slot of the {name}' },

  ProjectProposed: {
    vi: 'Đề xuất {name} tại {unit:adminUnitId}, kinh phí dự kiến {vnd:plannedBudgetVnd}',
    en: 'Proposed the {name} in {unit:adminUnitId}, planned budget {vnd:plannedBudgetVnd}',
  },
  ProjectApproved: {
    vi: 'Phê duyệt {name} ngày {d:approvedOn} ({d:decisionRef})',
    en: 'Approved the {name} on {d:approvedOn} ({d:decisionRef})',
  },
  WorkStarted: { vi: 'Khởi công {name} ngày {d:startedOn}', en: 'Work started on the {name} on {d:startedOn}' },
  ProgressReported: {
    vi: 'Báo cáo tiến độ {name}: {d:percent}% ngày {d:on}',
    en: 'Progress of the {name}: {d:percent}% on {d:on}',
  },
  ProjectCompleted: {
    vi: 'Hoàn thành {name} ngày {d:completedOn}, chi phí thực tế {vnd:actualCostVnd}',
    en: 'Completed the {name} on {d:completedOn}, actual cost {vnd:actualCostVnd}',
  },
  ProjectHandedOver: {
    vi: 'Bàn giao {name} cho {unit:toAdminUnitId} ngày {d:handedOverOn}',
    en: 'Handed the {name} over to {unit:toAdminUnitId} on {d:handedOverOn}',
  },
  ProjectCancelled: { vi: 'Hủy {name}: {d:reason}', en: 'Cancelled the {name}: {d:reason}' },
  ProjectTransferred: {
    vi: '{name} chuyển từ {unit:fromAdminUnitId} sang {unit:toAdminUnitId} từ ngày {d:effectiveOn} ({d:mergeDecisionRef})',
    en: 'The {name} moved from {unit:fromAdminUnitId} to {unit:toAdminUnitId} from {d:effectiveOn} ({d:mergeDecisionRef})',
  },
  FundingPledged: {
    vi: 'Cam kết tài trợ {vnd:amountVnd} cho {name} ({l:source})',
    en: 'Pledged {vnd:amountVnd} to the {name} ({l:source})',
  },
  FundsReceived: {
    vi: 'Tiếp nhận {vnd:amountVnd} cho {name} ({l:source})',
    en: 'Received {vnd:amountVnd} for the {name} ({l:source})',
  },

  HouseholdRegistered: { vi: 'Đăng ký {name} tại {unit:communeId}', en: 'Registered {name} in {unit:communeId}' },
  HouseholdMoved: {
    vi: '{name} chuyển từ {unit:fromCommuneId} đến {unit:toCommuneId} ngày {d:movedOn}',
    en: '{name} moved from {unit:fromCommuneId} to {unit:toCommuneId} on {d:movedOn}',
  },
  HouseholdMembersChanged: {
    vi: 'Số nhân khẩu của {name} đổi từ {d:from} thành {d:to}',
    en: 'Members of {name} changed from {d:from} to {d:to}',
  },
  HouseholdHeadChanged: {
    vi: 'Thay đổi chủ hộ của {name} ngày {d:changedOn}',
    en: 'Changed the head of {name} on {d:changedOn}',
  },
  PovertyAssessed: {
    vi: 'Rà soát năm {d:reviewYear}: {name} là {l:classification}',
    en: '{d:reviewYear} review: {name} is {l:classification}',
  },
  PovertyStatusChanged: {
    vi: 'Rà soát năm {d:reviewYear}: {name} {l:transition}',
    en: '{d:reviewYear} review: {name} {l:transition}',
  },
  AssessmentRestated: {
    vi: 'Tính lại kết quả rà soát năm {d:reviewYear} của {name} theo {l:to.standard}: từ {l:from.classification} (theo {l:from.standard}) thành {l:to.classification}. Lý do: {d:reason}',
    en: 'Restated the {d:reviewYear} review of {name} under {l:to.standard}: from {l:from.classification} (under {l:from.standard}) to {l:to.classification}. Reason: {d:reason}',
  },
  SupportCommitted: {
    vi: 'Cam kết hỗ trợ {name} trị giá {vnd:valueVnd}, hạn {d:dueOn}',
    en: 'Committed support worth {vnd:valueVnd} to {name}, due {d:dueOn}',
  },
  SupportDelivered: {
    vi: 'Trao hỗ trợ {vnd:valueVnd} cho {name} ngày {d:deliveredOn}',
    en: 'Delivered {vnd:valueVnd} of support to {name} on {d:deliveredOn}',
  },
  SupportCommitmentFulfilled: {
    vi: 'Hoàn thành cam kết hỗ trợ {name} ngày {d:fulfilledOn}',
    en: 'Fulfilled a commitment to {name} on {d:fulfilledOn}',
  },
  SupportCommitmentCancelled: {
    vi: 'Hủy cam kết hỗ trợ {name}: {d:reason}',
    en: 'Cancelled a commitment to {name}: {d:reason}',
  },
  HouseholdPersonalDataErased: {
    vi: 'Xóa dữ liệu cá nhân của {name} ngày {d:erasedOn}',
    en: 'Erased the personal data of {name} on {d:erasedOn}',
  },
  HouseholdMergedInto: {
    vi: 'Gộp {name} (đăng ký trùng) vào {hh:survivorId} ngày {d:mergedOn}: {d:reason}',
    en: 'Merged {name} (a duplicate registration) into {hh:survivorId} on {d:mergedOn}: {d:reason}',
  },
  HouseholdAbsorbed: {
    vi: '{name} tiếp nhận hộ đăng ký trùng {hh:duplicateId} ngày {d:mergedOn}: {d:reason}',
    en: '{name} took in the duplicate registration {hh:duplicateId} on {d:mergedOn}: {d:reason}',
  },
  HouseholdTransferred: {
    vi: '{name} chuyển từ {unit:fromCommuneId} sang {unit:toCommuneId} theo sáp nhập từ ngày {d:effectiveOn}',
    en: '{name} moved from {unit:fromCommuneId} to {unit:toCommuneId} with a merger from {d:effectiveOn}',
  },
  SupportSponsorHandedOver: {
    vi: '{org:toOrganizationId} tiếp nhận cam kết hỗ trợ {name} từ {org:fromOrganizationId}',
    en: '{org:toOrganizationId} took over a commitment to {name} from {org:fromOrganizationId}',
  },
  HouseholdCountRecorded: {
    vi: 'Ghi nhận {name} năm {d:year}: {d:totalHouseholds} hộ',
    en: 'Recorded the {name} for {d:year}: {d:totalHouseholds} households',
  },

  SpreadsheetImportStarted: {
    vi: 'Bắt đầu nhập {name}: {d:rows} dòng, {d:valid} dòng hợp lệ',
    en: 'Started the import of {name}: {d:rows} rows, {d:valid} valid',
  },
  SpreadsheetImportRowApplied: {
    vi: 'Nhập dòng {d:row} của {name} (hộ {d:code})',
    en: 'Imported row {d:row} of {name} (household {d:code})',
  },
  SpreadsheetImportRowRefused: {
    vi: 'Không nhập dòng {d:row} của {name}: {d:message}',
    en: 'Did not import row {d:row} of {name}: {d:message}',
  },
  SpreadsheetImportCompleted: {
    vi: 'Hoàn thành nhập {name}: {d:applied} dòng đã nhập, {d:refused} dòng bị từ chối',
    en: 'Completed the import of {name}: {d:applied} rows imported, {d:refused} refused',
  },

  ReportDrafted: { vi: 'Soạn dự thảo {name}', en: 'Drafted the {name}' },
  ReportSectionEdited: { vi: 'Sửa một phần của {name}', en: 'Edited a section of the {name}' },
  ReportIssued: {
    vi: 'Ban hành {name}, số {d:number}, ngày {d:issuedOn}',
    en: 'Issued the {name}, number {d:number}, on {d:issuedOn}',
  },

  UserCreated: { vi: 'Tạo {name} với vai trò {l:role}', en: 'Created {name} as {l:role}' },
  UserDisabled: { vi: 'Khóa {name}', en: 'Disabled {name}' },
  UserEnabled: { vi: 'Mở khóa {name}', en: 'Enabled {name}' },
  UserPasswordChanged: { vi: '{name} đổi mật khẩu', en: '{name} changed their password' },
  UserPasswordReset: { vi: 'Đặt lại mật khẩu của {name}', en: 'Reset the password of {name}' },
  UserRoleChanged: {
    vi: 'Đổi vai trò của {name} từ {l:previousRole} thành {l:role}',
    en: 'Changed the role of {name} from {l:previousRole} to {l:role}',
  },
  UserScopeChanged: {
    vi: 'Chuyển {name} sang đơn vị {org:organizationId}',
    en: 'Moved {name} to {org:organizationId}',
  },
};

/** Labels of the codes a sentence names (`{l:f}`). */
const LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  poor: { vi: 'hộ nghèo', en: 'poor' },
  near_poor: { vi: 'hộ cận nghèo', en: 'near-poor' },
  average_living: { vi: 'hộ có mức sống trung bình', en: 'of average living standard' },
  not_poor: { vi: 'hộ không nghèo', en: 'not poor' },
  newly_poor: { vi: 'phát sinh nghèo', en: 'became poor' },
  exited_poverty: { vi: 'thoát nghèo', en: 'exited poverty' },
  relapsed: { vi: 'tái nghèo', en: 'relapsed into poverty' },
  became_near_poor: { vi: 'trở thành hộ cận nghèo', en: 'became near-poor' },
  exited_near_poverty: { vi: 'thoát cận nghèo', en: 'exited near-poverty' },
  admin: { vi: 'quản trị', en: 'admin' },
  supervisor: { vi: 'Ban Dân vận Tỉnh ủy', en: 'supervisor' },
  staff: { vi: 'cán bộ đơn vị', en: 'staff' },
  commune_officer: { vi: 'cán bộ xã', en: 'commune officer' },
  auditor: { vi: 'thanh tra', en: 'auditor' },
  state_budget: { vi: 'ngân sách nhà nước', en: 'state budget' },
  organization_fund: { vi: 'quỹ của đơn vị', en: "the organisation's fund" },
  social_mobilization: { vi: 'vận động xã hội', en: 'social mobilisation' },
  enterprise: { vi: 'doanh nghiệp', en: 'an enterprise' },
  individual: { vi: 'cá nhân', en: 'an individual' },
  QD09_2011: { vi: 'Quyết định 09/2011/QĐ-TTg', en: 'Decision 09/2011/QD-TTg' },
  QD59_2015: { vi: 'Quyết định 59/2015/QĐ-TTg', en: 'Decision 59/2015/QD-TTg' },
  ND07_2021: { vi: 'Nghị định 07/2021/NĐ-CP', en: 'Decree 07/2021/ND-CP' },
  ND351_2025: { vi: 'Nghị định 351/2025/NĐ-CP', en: 'Decree 351/2025/ND-CP' },
};

export interface SentenceInput {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** The subject as called just before this event (or as this event names it). */
  readonly subject: Subject | null;
  readonly lookup: SubjectLookup;
}

const dmy = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : v);
const vnd = (n: unknown, lang: 'vi' | 'en') =>
  typeof n === 'number' ? `${n.toLocaleString(lang === 'vi' ? 'de-DE' : 'en-US')} ₫` : '?';

/** The value at a dotted path ("to.standard"); undefined when a step is missing. */
function at(data: Readonly<Record<string, unknown>>, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function fill(template: string, input: SentenceInput, lang: 'vi' | 'en'): string {
  return template.replace(/\{(?:(\w+):)?([\w.]+)\}/g, (_, kind: string | undefined, field: string) => {
    if (!kind) return field === 'name' ? subjectLabel(input.subject, lang) : '?';
    const v = at(input.data, field);
    switch (kind) {
      case 'd':
        return typeof v === 'string' ? dmy(v) : typeof v === 'number' ? String(v) : '?';
      case 'vnd':
        return vnd(v, lang);
      case 'unit':
        return subjectLabel(input.lookup(`adminunit-${String(v)}`), lang);
      case 'org':
        return subjectLabel(input.lookup(`organization-${String(v)}`), lang);
      case 'hh':
        return subjectLabel(input.lookup(`household-${String(v)}`), lang);
      case 'l':
        return typeof v === 'string' ? (LABELS[v]?.[lang] ?? v) : '?';
      default:
        return '?';
    }
  });
}

/** The event as a sentence in both languages; an event type without a template reads as its name. */
export function sentenceOf(input: SentenceInput): { vi: string; en: string } {
  const t = Object.hasOwn(SENTENCES, input.type) ? SENTENCES[input.type] : null;
  if (!t)
    return {
      vi: `${input.type} — ${subjectLabel(input.subject, 'vi')}`,
      en: `${input.type} — ${subjectLabel(input.subject, 'en')}`,
    };
  return { vi: fill(t.vi, input, 'vi'), en: fill(t.en, input, 'en') };
}
