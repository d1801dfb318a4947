import type { ImportKind } from '../../domain/household-import.events.js';

/**
 * The columns of the two spreadsheets communes send, in the order of their lists.
 *
 * Source: the annual review of poor and near-poor households follows Quyết định 24/2021/QĐ-TTg
 * (16/7/2021, the review procedure) and Thông tư 07/2021/TT-BLĐTBXH (18/7/2021, methods and
 * report forms; amended by Thông tư 02/2022/TT-BLĐTBXH of 30/3/2022; consolidated as Văn bản hợp
 * nhất 1315/VBHN-BLĐTBXH of 13/4/2023), under the standard of Nghị định 07/2021/NĐ-CP. Checked
 * with the search tool (2026-11-30): luatvietnam.vn's record of Thông tư 07/2021 (date, signer,
 * "mẫu biểu báo cáo"), and the provincial plans that cite it (UBND Bình Thuận 3477/KH-UBND of
 * 14/9/2023, UBND Sóc Trăng 135/KH-UBND of 27/9/2022, UBND An Giang 1373/QĐ-UBND of 28/8/2023).
 * The commune lists are drawn up "theo thôn/bản" per household (note to the earlier forms of
 * Thông tư 21/2012/TT-BLĐTBXH, 123doc.net copy).
 *
 * NOT CONFIRMED: the appendix forms' exact column list (the text of the appendix was not among the
 * sources the search tool holds). The headers below are the fields those lists carry in common
 * use — STT, mã hộ, họ và tên chủ hộ, năm sinh, giới tính, số CCCD, dân tộc, thôn, số nhân khẩu,
 * thu nhập bình quân đầu người, chỉ số thiếu hụt dịch vụ xã hội cơ bản, kết quả phân loại — and
 * what registration and assessment need (khu vực, ngày). A commune whose headers differ renames
 * its header row; columns are found by header, not by position.
 */
export interface ImportColumn {
  /** The field of the parsed row. */
  readonly key: string;
  readonly vi: string;
  readonly en: string;
  readonly required: boolean;
  readonly example: string | number;
  /** What a valid value is, in Vietnamese (the dry run's message names it). */
  readonly hint: string;
  /** A list of the "Danh mục" sheet the cell picks from (Excel data validation). */
  readonly list?: 'ethnicity' | 'gender' | 'area' | 'classification';
  readonly width: number;
}

const col = (
  key: string,
  vi: string,
  en: string,
  required: boolean,
  example: string | number,
  hint: string,
  width: number,
  list?: ImportColumn['list'],
): ImportColumn => ({ key, vi, en, required, example, hint, width, list });

const STT = col('stt', 'STT', 'No.', false, 1, 'số thứ tự (không bắt buộc)', 6);
const CODE = col('code', 'Mã hộ', 'Household code', true, 'PD-0001', 'mã hộ của xã, tối đa 40 ký tự', 14);
const HEAD = col(
  'fullName',
  'Họ và tên chủ hộ',
  "Head's full name",
  true,
  'Nguyễn Văn An',
  'họ và tên, tối đa 200 ký tự',
  26,
);

export const HOUSEHOLD_COLUMNS: readonly ImportColumn[] = [
  STT,
  CODE,
  HEAD,
  col('birthYear', 'Năm sinh', 'Birth year', false, 1975, 'năm có 4 chữ số, từ 1900', 10),
  col('gender', 'Giới tính', 'Gender', false, 'Nam', 'Nam, Nữ hoặc Khác', 10, 'gender'),
  col('idNumber', 'Số CCCD/định danh cá nhân', 'Citizen ID number', false, '052075001234', 'tối đa 40 ký tự', 18),
  col('ethnicity', 'Dân tộc', 'Ethnic group', true, 'Kinh', 'một trong 54 dân tộc (sheet "Danh mục")', 12, 'ethnicity'),
  col('village', 'Thôn', 'Village', false, '', 'tên một thôn đang hoạt động của xã', 16),
  col('memberCount', 'Số nhân khẩu', 'Members', true, 4, 'số nguyên từ 1 đến 100', 10),
  col('area', 'Khu vực', 'Area', true, 'Nông thôn', 'Nông thôn hoặc Thành thị', 12, 'area'),
  col('registeredOn', 'Ngày đăng ký', 'Registered on', true, '15/01/2024', 'ngày dd/mm/yyyy, không sau hôm nay', 14),
];

export const REVIEW_COLUMNS: readonly ImportColumn[] = [
  STT,
  CODE,
  { ...HEAD, required: false, hint: 'để đối chiếu (không kiểm tra: dữ liệu cá nhân đã niêm phong)' },
  col('village', 'Thôn', 'Village', false, '', 'để đối chiếu (không kiểm tra)', 16),
  col('reviewYear', 'Năm rà soát', 'Review year', true, 2024, 'năm có 4 chữ số, từ 2000', 10),
  col('assessedOn', 'Ngày rà soát', 'Assessed on', true, '20/11/2024', 'ngày dd/mm/yyyy, không sau hôm nay', 14),
  col(
    'income',
    'Thu nhập bình quân đầu người (đồng/người/tháng)',
    'Income per capita (VND/person/month)',
    true,
    1_200_000,
    'số đồng, không âm',
    20,
  ),
  col(
    'deprivations',
    'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản',
    'Deprivations of basic social services',
    false,
    'Việc làm; Bảo hiểm y tế',
    'tên hoặc mã các chỉ số của chuẩn nghèo năm rà soát, ngăn cách bởi dấu ;',
    32,
  ),
  col(
    'classification',
    'Kết quả phân loại',
    'Classification',
    false,
    'Hộ nghèo',
    'Hộ nghèo, Hộ cận nghèo, Hộ có mức sống trung bình hoặc Hộ không nghèo — phải khớp kết quả tính theo chuẩn',
    20,
    'classification',
  ),
];

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  households: HOUSEHOLD_COLUMNS,
  review: REVIEW_COLUMNS,
};

export const IMPORT_TITLES: Readonly<Record<ImportKind, { vi: string; en: string }>> = {
  households: { vi: 'Danh sách hộ gia đình', en: 'Household list' },
  review: { vi: 'Kết quả rà soát hộ nghèo, hộ cận nghèo', en: "Results of the poor and near-poor households' review" },
};

/** The first row of data: row 1 holds the Vietnamese headers, row 2 the English ones. */
export const FIRST_DATA_ROW = 3;
export const MAX_ROWS = 2000;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const GENDER_WORDS: Readonly<Record<string, 'male' | 'female' | 'other'>> = {
  nam: 'male',
  nữ: 'female',
  nu: 'female',
  khác: 'other',
  khac: 'other',
};
export const AREA_WORDS: Readonly<Record<string, 'rural' | 'urban'>> = {
  'nông thôn': 'rural',
  'nong thon': 'rural',
  'thành thị': 'urban',
  'thanh thi': 'urban',
};

/** The Excel letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
