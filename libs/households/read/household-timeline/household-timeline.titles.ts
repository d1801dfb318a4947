import type { HouseholdEvent, HouseholdEventType } from '../../domain/household.events.js';
import {
  CLASSIFICATION_LABELS,
  COMMITMENT_KIND_LABELS,
  TRANSITION_LABELS,
  formatVnd,
} from '../../domain/household.labels.js';

interface Title {
  readonly title: string;
  readonly titleEn: string;
}
type DataOf<T extends HouseholdEventType> = Extract<HouseholdEvent, { type: T }>['data'];

/** dd/mm/yyyy, as Vietnamese documents write dates. */
const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One title per event type; the mapped type makes a new event type a compile error here. */
const TITLES: { readonly [T in HouseholdEventType]: (data: DataOf<T>) => Title } = {
  HouseholdRegistered: (d) => ({
    title: `Đăng ký hộ ${d.code} (${d.ethnicity}, ${d.memberCount} nhân khẩu)`,
    titleEn: `Household ${d.code} registered (${d.ethnicity}, ${d.memberCount} members)`,
  }),
  HouseholdMergedInto: (d) => ({
    title: `Gộp vào hộ khác (đăng ký trùng): ${d.reason}`,
    titleEn: `Merged into another household (a duplicate registration): ${d.reason}`,
  }),
  HouseholdAbsorbed: (d) => ({
    title: `Gộp hộ đăng ký trùng vào hộ này: ${d.reason}`,
    titleEn: `A duplicate registration merged into this household: ${d.reason}`,
  }),
  HouseholdMoved: () => ({ title: 'Chuyển nơi ở', titleEn: 'Moved' }),
  HouseholdTransferred: (d) => ({
    title: `Chuyển về xã mới sau sắp xếp đơn vị hành chính (${d.mergeDecisionRef})`,
    titleEn: `Transferred to the merged commune (${d.mergeDecisionRef})`,
  }),
  HouseholdMembersChanged: (d) => ({
    title: `Thay đổi nhân khẩu: ${d.from} → ${d.to}`,
    titleEn: `Members changed: ${d.from} → ${d.to}`,
  }),
  HouseholdHeadChanged: () => ({ title: 'Thay đổi chủ hộ', titleEn: 'New head of household' }),
  PovertyAssessed: (d) => {
    const label = CLASSIFICATION_LABELS[d.classification];
    return {
      title: `Rà soát năm ${d.reviewYear}: ${label.vi} — thu nhập ${formatVnd(d.incomePerCapitaVnd)}/người/tháng, chuẩn nghèo ${formatVnd(d.povertyLineVnd)}`,
      titleEn: `Review ${d.reviewYear}: ${label.en} — income ${formatVnd(d.incomePerCapitaVnd)} per person per month, poverty line ${formatVnd(d.povertyLineVnd)}`,
    };
  },
  PovertyStatusChanged: (d) => ({
    title: TRANSITION_LABELS[d.transition].vi,
    titleEn: TRANSITION_LABELS[d.transition].en,
  }),
  AssessmentRestated: (d) => ({
    title: `Tính lại kết quả rà soát năm ${d.reviewYear} theo ${d.to.standard}: ${CLASSIFICATION_LABELS[d.from.classification].vi} → ${CLASSIFICATION_LABELS[d.to.classification].vi} (${d.reason})`,
    titleEn: `Review ${d.reviewYear} restated under ${d.to.standard}: ${CLASSIFICATION_LABELS[d.from.classification].en} → ${CLASSIFICATION_LABELS[d.to.classification].en} (${d.reason})`,
  }),
  SupportCommitted: (d) => {
    const kind = COMMITMENT_KIND_LABELS[d.kind];
    return {
      title: `Cam kết hỗ trợ: ${kind.vi} — ${formatVnd(d.valueVnd)}, hạn ${viDate(d.dueOn)}`,
      titleEn: `Support committed: ${kind.en} — ${formatVnd(d.valueVnd)}, due ${d.dueOn}`,
    };
  },
  SupportDelivered: (d) => ({
    title: `Trao hỗ trợ: ${d.description} — ${formatVnd(d.valueVnd)}`,
    titleEn: `Support delivered: ${d.description} — ${formatVnd(d.valueVnd)}`,
  }),
  SupportCommitmentFulfilled: () => ({ title: 'Hoàn thành cam kết hỗ trợ', titleEn: 'Commitment fulfilled' }),
  SupportCommitmentCancelled: (d) => ({
    title: `Hủy cam kết hỗ trợ: ${d.reason}`,
    titleEn: `Commitment cancelled: ${d.reason}`,
  }),
  HouseholdPersonalDataErased: () => ({ title: 'Xóa dữ liệu cá nhân của chủ hộ', titleEn: 'Personal data erased' }),
  SupportSponsorHandedOver: (d) => ({
    title: `Đơn vị hỗ trợ hợp nhất, đơn vị mới tiếp nhận cam kết (${d.decisionRef})`,
    titleEn: `Sponsor merged; the successor takes the commitment over (${d.decisionRef})`,
  }),
};

/** The timeline line for an event: Vietnamese title (shown by default) and English. */
export function timelineTitle(event: HouseholdEvent): Title {
  return (TITLES[event.type] as (data: HouseholdEvent['data']) => Title)(event.data);
}
