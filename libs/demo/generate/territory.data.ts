/**
 * The demo province follows the seed document (Tỉnh ủy Bình Thuận, 2015): its ten pre-2025
 * districts, the communes of its uplands where Ra Glai, Cơ Ho, Chăm and Chơ Ro people live, and
 * the 2025-07-01 reorganisation: Bình Thuận, Lâm Đồng and Đắk Nông merged into Lâm Đồng
 * (Nghị quyết 202/2025/QH15, 12/6/2025), districts ended, communes merged, thôn Nha Mé moved.
 * Names are real places; codes and villages are illustrative. Merge groups follow the
 * province's plan where a source confirms them (CONFIRMED_MERGE_GROUPS); the rest are INVENTED.
 */
import type { CommuneType } from '@kn/territory';

export interface CommuneRow {
  readonly name: string;
  readonly district: number;
  /** Main ethnic groups with weights; empty for a Kinh-majority commune. */
  readonly ethnic: readonly (readonly [string, number])[];
  readonly target?: boolean;
  readonly extremelyDifficult?: boolean;
  /** Xã unless said otherwise (communeTypeOf, with its sources); households default to rural in a xã, urban in a phường or thị trấn. */
  readonly communeType?: CommuneType;
  /** Communes sharing a group merge on 2025-07-01 into a successor named after the group. */
  readonly mergeGroup?: string;
}

export const PROVINCE = { name: 'Bình Thuận', code: '60' } as const;

export const DISTRICTS = [
  { name: 'Tuy Phong', code: '601' },
  { name: 'Bắc Bình', code: '602' },
  { name: 'Hàm Thuận Bắc', code: '603' },
  { name: 'Hàm Thuận Nam', code: '604' },
  { name: 'Hàm Tân', code: '605' },
  { name: 'Tánh Linh', code: '606' },
  { name: 'Đức Linh', code: '607' },
  { name: 'Phan Thiết', code: '593' },
  { name: 'La Gi', code: '594' },
  { name: 'Phú Quý', code: '608' },
] as const;

const RK: CommuneRow['ethnic'] = [
  ['Ra Glai', 6],
  ['Cơ Ho', 3],
];
const KR: CommuneRow['ethnic'] = [
  ['Cơ Ho', 6],
  ['Ra Glai', 3],
];
const CHAM: CommuneRow['ethnic'] = [['Chăm', 10]];
const CR: CommuneRow['ethnic'] = [
  ['Chơ Ro', 5],
  ['Cơ Ho', 4],
];

export const COMMUNES: readonly CommuneRow[] = [
  { name: 'Phan Dũng', district: 0, ethnic: RK, target: true, extremelyDifficult: true, mergeGroup: 'Tuy Phong' },
  { name: 'Phong Phú', district: 0, ethnic: CHAM, target: true, mergeGroup: 'Tuy Phong' },
  { name: 'Phú Lạc', district: 0, ethnic: [], mergeGroup: 'Liên Hương' },
  { name: 'Vĩnh Hảo', district: 0, ethnic: [], mergeGroup: 'Vĩnh Hảo' },
  { name: 'Vĩnh Tân', district: 0, ethnic: [], mergeGroup: 'Vĩnh Hảo' },
  { name: 'Chí Công', district: 0, ethnic: [], mergeGroup: 'Phan Rí Cửa' },
  { name: 'Hòa Minh', district: 0, ethnic: [], mergeGroup: 'Phan Rí Cửa' },
  { name: 'Bình Thạnh', district: 0, ethnic: [], mergeGroup: 'Liên Hương' },
  { name: 'Phan Sơn', district: 1, ethnic: RK, target: true, extremelyDifficult: true, mergeGroup: 'Phan Sơn' },
  { name: 'Phan Lâm', district: 1, ethnic: RK, target: true, extremelyDifficult: true, mergeGroup: 'Phan Sơn' },
  { name: 'Phan Điền', district: 1, ethnic: KR, target: true, mergeGroup: 'Sông Lũy' },
  { name: 'Phan Tiến', district: 1, ethnic: KR, target: true, mergeGroup: 'Sông Lũy' },
  { name: 'Sông Lũy', district: 1, ethnic: RK, target: true, mergeGroup: 'Sông Lũy' },
  { name: 'Phan Hòa', district: 1, ethnic: CHAM, target: true, mergeGroup: 'Bắc Bình' },
  { name: 'Phan Thanh', district: 1, ethnic: CHAM, target: true, mergeGroup: 'Hòa Thắng' },
  { name: 'Phan Hiệp', district: 1, ethnic: CHAM, target: true, mergeGroup: 'Bắc Bình' },
  { name: 'Phan Rí Thành', district: 1, ethnic: [], mergeGroup: 'Bắc Bình' },
  { name: 'Bình An', district: 1, ethnic: [], mergeGroup: 'Hòa Thắng' },
  { name: 'Hải Ninh', district: 1, ethnic: [], mergeGroup: 'Hòa Thắng' },
  { name: 'Hòa Thắng', district: 1, ethnic: [], mergeGroup: 'Hòa Thắng' },
  { name: 'Sông Bình', district: 1, ethnic: [], mergeGroup: 'Hòa Thắng' },
  { name: 'La Dạ', district: 2, ethnic: RK, target: true, extremelyDifficult: true },
  { name: 'Đông Giang', district: 2, ethnic: RK, target: true, extremelyDifficult: true, mergeGroup: 'Đông Giang' },
  { name: 'Đông Tiến', district: 2, ethnic: RK, target: true, mergeGroup: 'Đông Giang' },
  { name: 'Thuận Hòa', district: 2, ethnic: KR, target: true, mergeGroup: 'Thuận Hòa' },
  { name: 'Thuận Minh', district: 2, ethnic: [], mergeGroup: 'Thuận Hòa' },
  { name: 'Hàm Trí', district: 2, ethnic: [] },
  { name: 'Hàm Phú', district: 2, ethnic: [], mergeGroup: 'Hàm Thuận' },
  { name: 'Hàm Chính', district: 2, ethnic: [], mergeGroup: 'Hàm Thuận' },
  { name: 'Hàm Cần', district: 3, ethnic: RK, target: true, mergeGroup: 'Hàm Cần' },
  { name: 'Mỹ Thạnh', district: 3, ethnic: RK, target: true, extremelyDifficult: true, mergeGroup: 'Hàm Cần' },
  { name: 'Tân Lập', district: 3, ethnic: [], mergeGroup: 'Hàm Thạnh' },
  { name: 'Hàm Minh', district: 3, ethnic: [], mergeGroup: 'Hàm Thạnh' },
  { name: 'Tân Thuận', district: 3, ethnic: [], mergeGroup: 'Hàm Thạnh' },
  { name: 'Hàm Kiệm', district: 3, ethnic: [], mergeGroup: 'Hàm Thạnh' },
  { name: 'Sơn Mỹ', district: 4, ethnic: [], mergeGroup: 'Sơn Mỹ' },
  { name: 'Tân Thắng', district: 4, ethnic: [], mergeGroup: 'Sơn Mỹ' },
  { name: 'Thắng Hải', district: 4, ethnic: [], mergeGroup: 'Sơn Mỹ' },
  { name: 'Sông Phan', district: 4, ethnic: CR, target: true, mergeGroup: 'Tân Minh' },
  { name: 'Tân Hà', district: 4, ethnic: [], mergeGroup: 'Tân Minh' },
  { name: 'La Ngâu', district: 5, ethnic: KR, target: true, mergeGroup: 'Đồng Kho' },
  { name: 'Đồng Kho', district: 5, ethnic: [], mergeGroup: 'Đồng Kho' },
  { name: 'Gia Huynh', district: 5, ethnic: [], mergeGroup: 'Đồng Kho' },
  { name: 'Suối Kiết', district: 5, ethnic: CR, target: true },
  { name: 'Măng Tố', district: 5, ethnic: [], mergeGroup: 'Bắc Ruộng' },
  { name: 'Bắc Ruộng', district: 5, ethnic: [], mergeGroup: 'Bắc Ruộng' },
  { name: 'Huy Khiêm', district: 5, ethnic: [], mergeGroup: 'Bắc Ruộng' },
  { name: 'Đa Kai', district: 6, ethnic: [], mergeGroup: 'Hoài Đức' },
  { name: 'Sùng Nhơn', district: 6, ethnic: [], mergeGroup: 'Hoài Đức' },
  { name: 'Mê Pu', district: 6, ethnic: [], mergeGroup: 'Hoài Đức' },
  { name: 'Đông Hà', district: 6, ethnic: CR, target: true, mergeGroup: 'Trà Tân' },
  { name: 'Trà Tân', district: 6, ethnic: [], mergeGroup: 'Trà Tân' },
  { name: 'Tiến Lợi', district: 7, ethnic: [], mergeGroup: 'Tiến Thành' },
  { name: 'Tiến Thành', district: 7, ethnic: [], mergeGroup: 'Tiến Thành' },
  { name: 'Thiện Nghiệp', district: 7, ethnic: [], mergeGroup: 'Mũi Né' },
  { name: 'Hàm Tiến', district: 7, ethnic: [], communeType: 'phuong', mergeGroup: 'Mũi Né' },
  { name: 'Tân Bình', district: 8, ethnic: [], mergeGroup: 'Tân Hải' },
  { name: 'Tân Tiến', district: 8, ethnic: [], mergeGroup: 'Tân Hải' },
  { name: 'Tân Phước', district: 8, ethnic: [] },
  { name: 'Tam Thanh', district: 9, ethnic: [], mergeGroup: 'Phú Quý' },
  { name: 'Long Hải', district: 9, ethnic: [], mergeGroup: 'Phú Quý' },
];

/**
 * Which commune-level units of the demo are phường or thị trấn (every other one is a xã). The demo
 * used to mark Tiến Lợi, Tiến Thành, Hàm Tiến, Tân Bình and Tân Tiến urban; checked against:
 * - Tiến Lợi, Tiến Thành: xã. The city's portal describes "Xã Tiến Lợi là xã vùng ven … một trong bốn
 *   xã thuộc thành phố Phan Thiết" (https://phanthiet.binhthuan.gov.vn/xa-tien-loi/vi-tri-dia-ly-va-dieu-kien-tu-nhien-579174)
 *   and "Tiến Thành là một xã vùng ven của thành phố Phan Thiết"
 *   (https://phanthiet.binhthuan.gov.vn/xa-tien-thanh/vi-tri-dia-ly-va-dieu-kien-tu-nhien-579088);
 *   VnEconomy (26/4/2024, https://vneconomy.vn/binh-thuan-mo-rong-tp-phan-thiet-them-94-km2.htm) counts
 *   Phan Thiết's 18 units as 14 phường and 4 xã and names Phong Nẫm and Tiến Lợi as its two xã to rearrange.
 * - Thiện Nghiệp: xã (one of those four xã; its own page was not read — NOT CONFIRMED by a source read here).
 * - Hàm Tiến: phường — "Ham Tien ward" (Phan Thiết article mirrored at https://ja.staypia.com/city/phan-thiet).
 * - Tân Bình, Tân Tiến (thị xã La Gi): xã. Nghị định 114/2005/NĐ-CP (5/9/2005) founding La Gi
 *   (https://timtailieu.net/document/view/nghi-dinh-so-114-2005-nd-cp-1167236) creates the wards Phước
 *   Hội, Phước Lộc, Tân Thiện, … out of thị trấn La Gi and xã Tân Thiện, Tân An; the part read does not
 *   show Tân Bình or Tân Tiến among the wards — kept as xã, NOT FULLY CONFIRMED.
 * No thị trấn is in the demo's list (Liên Hương, Phan Rí Cửa, Chợ Lầu are left out, see CONFIRMED_MERGE_GROUPS).
 */
export function communeTypeOf(row: CommuneRow): CommuneType {
  return row.communeType ?? 'xa';
}

/**
 * The type of each 2025 successor. After the reform the commune level has xã, phường and đặc khu
 * (Báo Mới's list below names "các xã, phường, đặc khu"); the demo's confirmed groups are all xã
 * (Vĩnh Hảo, Liên Hương, Tuy Phong, Phan Rí Cửa, Bắc Bình are named "xã …" in that list). The
 * invented groups are typed as their predecessors: all xã, except Mũi Né (phường Hàm Tiến with xã
 * Thiện Nghiệp), typed phường as the ward it grew from — INVENTED, like the group itself. Phú Quý
 * is believed to have become a đặc khu (NOT CONFIRMED here), a type this system does not model: xã.
 */
export const SUCCESSOR_COMMUNE_TYPES: Readonly<Record<string, CommuneType>> = { 'Mũi Né': 'phuong' };

/** The target commune no organisation has taken on yet (coverage stays below 100 %). */
export const UNPAIRED_COMMUNE = 'Suối Kiết';
/** Paired late, after the 2015 conclusion asked for 100 % coverage. */
export const LATE_PAIRED_COMMUNE = 'Đông Hà';

export const VILLAGE_NAMES = [
  'Thôn 1',
  'Thôn 2',
  'Thôn 3',
  'Thôn 4',
  'Thôn 5',
  'Thôn 6',
  'Thôn Đá Trải',
  'Thôn Tà Mon',
  'Thôn Ku Kê',
  'Thôn Mai Lãnh',
  'Thôn Sông Thao',
  'Thôn Bình Minh',
  'Thôn Tân Điền',
  'Thôn Lương Bình',
  'Thôn Tịnh Mỹ',
  'Thôn Bầu Sen',
] as const;

/**
 * Groups of the real plan (Tỉnh ủy Bình Thuận, 17/4/2025: 121 → 45 commune-level units), as
 * reported by Báo Mới, "Dự kiến tên gọi và trung tâm của 45 đơn vị hành chính cấp xã ở Bình
 * Thuận" (https://lite.baomoi.com/…-c52006668.epi): Vĩnh Tân + Vĩnh Hảo → xã Vĩnh Hảo; Phước
 * Thể + Phú Lạc + TT Liên Hương + Bình Thạnh → xã Liên Hương; Phan Dũng + Phong Phú (without
 * thôn Nha Mé, 7 km², 1,078 people, moved to Chí Công) → xã Tuy Phong; TT Phan Rí Cửa + Hòa
 * Minh + Chí Công (with Nha Mé) → xã Phan Rí Cửa; Phan Hòa + Phan Hiệp + Phan Rí Thành + TT Chợ
 * Lầu → xã Bắc Bình. Communes of a group the demo lacks (Phước Thể, the townships) are left
 * out. Every other group in COMMUNES is INVENTED for the demo (not checked against the plan).
 */
export const CONFIRMED_MERGE_GROUPS: readonly string[] = [
  'Vĩnh Hảo',
  'Liên Hương',
  'Tuy Phong',
  'Phan Rí Cửa',
  'Bắc Bình',
];

/** The village the plan moved from Phong Phú to Chí Công before Chí Công joined xã Phan Rí Cửa (source above). */
export const VILLAGE_TRANSFER = { village: 'Thôn Nha Mé', from: 'Phong Phú', to: 'Chí Công' } as const;

/** The provinces merged into Lâm Đồng on 2025-07-01 besides Bình Thuận (codes as before the merger). */
export const OTHER_PROVINCES = [
  { name: 'Lâm Đồng', code: '68' },
  { name: 'Đắk Nông', code: '67' },
] as const;
export const MERGED_PROVINCE = { name: 'Lâm Đồng', code: '68' } as const;
/** Nghị quyết 202/2025/QH15 (12/6/2025) on the arrangement of provinces: as the issue cites it; its text was not read here. */
export const PROVINCE_DECISION = 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025';
/** The commune arrangement of Lâm Đồng: the number and date are not confirmed by a source read here. */
export const MERGE_DECISION = 'Nghị quyết số 1671/NQ-UBTVQH15 ngày 16/6/2025';
export const DISTRICTS_ENDED_REASON =
  'Chấm dứt hoạt động của đơn vị hành chính cấp huyện từ 01/7/2025 (Luật Tổ chức chính quyền địa phương số 72/2025/QH15)';
