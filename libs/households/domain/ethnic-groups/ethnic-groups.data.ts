/**
 * Vietnam's 54 ethnic groups (dân tộc) with the codes of the General Statistics Office's list,
 * "Danh mục các dân tộc Việt Nam", issued by Quyết định 1019/QĐ-TCTK (12/11/2008), which
 * continues the 1979 list of Quyết định 121-TCTK/PPCĐ (2/3/1979; that list numbered the groups
 * differently, e.g. 04 Hoa, 05 Khơ-me, 06 Mường).
 *
 * Sources read (search tool, 2026-11-30):
 * - qcvn109.gov.vn, "Phụ lục E — Danh mục dân tộc Việt Nam (ban hành theo QĐ 1019/QĐ-TCTK)":
 *   codes 01–13 with their other names;
 * - gso.gov.vn DocID 15172, "Danh mục các dân tộc Việt Nam": codes 01–20 (Kinh … Mnông);
 * - viendantochoc.vass.gov.vn and cucthongke.danang.gov.vn: the 1979 decision and list;
 * - vietnamlife.asia, "Ethnic groups in Vietnam": the 54 groups in the order of population that
 *   the list follows.
 * CONFIRMED: codes 01–20. UNCONFIRMED: codes 21–54 are the list's order as remembered and as
 * the population-ordered list gives it; no source read here shows those numbers.
 *
 * Checked again (search tool, 2026-11-30, second pass): the pages above still show only codes
 * 01–20 of the 2008 list (gso.gov.vn DocID 15172 stops at 20 Mnông in the part indexed). The
 * 1979 list (Quyết định 121-TCTK/PPCĐ, 2/3/1979, cucthongke.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=112&cat=20;
 * also oxyz.wordpress.com/2007/11/26) numbers 01 Kinh, 02 Tày, 03 Thái, 04 Hoa, 05 Khơ-me,
 * 06 Mường, 07 Nùng, 08 HMông, 09 Dao, 10 Gia-rai, 11 Ngái — a different order from the 2008
 * list, so its numbers are not these codes. Software code lists found in public repositories
 * number 21–54 in at least three different ways (the 1979 order: 21 Ra-glai, 22 Xtiêng,
 * 23 Bru-Vân Kiều, 24 Thổ … 53 Ơ Đu, 54 Rơ-măm; and others), none citing the decision. The
 * population order of the 2019 census (vi.wikipedia "Danh sách các dân tộc Việt Nam theo số dân":
 * 21 X'Tiêng, 22 Bru-Vân Kiều, 23 Thổ, 24 Khơ Mú, 25 Cơ Tu, 26 Giáy …) is not the 2008 order
 * either. So codes 21–54 STAY UNCONFIRMED: reports show the group's name (nameVi), never the
 * code alone, so a wrong code cannot mislabel a row.
 *
 * `variants` are spellings accepted on input (hyphenated forms of the 2008 list, names without
 * diacritics, common other names); input is matched ignoring case, spaces, hyphens and
 * apostrophes, and stored under `nameVi`.
 */
export interface EthnicGroup {
  readonly code: string;
  readonly nameVi: string;
  readonly variants: readonly string[];
}

const g = (code: string, nameVi: string, ...variants: string[]): EthnicGroup => ({ code, nameVi, variants });

export const ETHNIC_GROUPS_CONFIRMED_UP_TO = '20';

export const ETHNIC_GROUPS: readonly EthnicGroup[] = [
  g('01', 'Kinh', 'Việt', 'Kinh (Việt)', 'Viet'),
  g('02', 'Tày', 'Thổ Tày', 'Ngạn', 'Phén', 'Thù Lao', 'Pa Dí'),
  g('03', 'Thái', 'Tày Khao', 'Thái Trắng', 'Thái Đen', 'Tày Đăm'),
  g('04', 'Mường', 'Mol', 'Mual', 'Ao Tá'),
  g('05', 'Khmer', 'Khơ me', 'Khơ-me', 'Khơ Me Krôm', 'Khmer Krom'),
  g('06', 'Hoa', 'Hán', 'Hoa (Hán)', 'Triều Châu', 'Phúc Kiến', 'Quảng Đông', 'Hải Nam', 'Hẹ', 'Minh Hương'),
  g('07', 'Nùng', 'Nùng An', 'Nùng Cháo', 'Nùng Lòi', 'Khèn Lài'),
  g('08', 'Mông', "H'mông", 'Hmông', 'Hmong', 'Mèo', 'Mẹo'),
  g('09', 'Dao', 'Mán', 'Dao Đỏ', 'Dao Tiền', 'Thanh Y'),
  g('10', 'Gia Rai', 'Gia-rai', 'Giơ-rai', 'Jarai', 'Chơ-rai', 'Tơ-buăn'),
  g('11', 'Ê Đê', 'Ê-đê', 'Ra-đê', 'Rhade', 'Ede'),
  g('12', 'Ba Na', 'Ba-na', 'Bahnar', 'Gơ-lar', 'Tơ-lô', 'Rơ-ngao'),
  g('13', 'Sán Chay', 'Sán Chay (Cao Lan-Sán Chỉ)', 'Cao Lan', 'Sán Chỉ', 'Hờn Bạn'),
  g('14', 'Chăm', 'Chàm', 'Chiêm Thành', 'Chăm Hroi', 'Cham'),
  g('15', 'Cơ Ho', 'Cơ-ho', "K'Ho", 'Koho', 'Kơho', 'Xrê', 'Nộp', 'Cơ Don', 'Chil', 'Lát', 'Tơ Ring'),
  g('16', 'Xơ Đăng', 'Xơ-đăng', 'Sedang', 'Xơ Teng', 'Tơ Đra', 'Ca Dong', 'Hà Lăng'),
  g('17', 'Sán Dìu', 'Sán Dẻo', 'Trại Đất', 'Mán Quần Cộc'),
  g('18', 'Hrê', 'Chăm Rê', 'Chom', 'Mọi Lũy'),
  g('19', 'Ra Glai', 'Ra-glai', 'Raglai', 'Ra Glay', 'Rai', 'La Oang', 'Noang', 'Hoang'),
  g('20', 'Mnông', "M'Nông", 'Mơ Nông', 'Pnông', 'Nông', 'Prâng', 'Biat'),
  g('21', 'Thổ', 'Kẹo', 'Mọn', 'Cuối', 'Tày Pọng'),
  g('22', 'Xtiêng', "X'tiêng", 'Stiêng', 'Xa Điêng'),
  g('23', 'Khơ mú', 'Khơ-mú', 'Khmu', 'Xá Cẩu', 'Tày Hay'),
  g('24', 'Bru Vân Kiều', 'Bru-Vân Kiều', 'Bru', 'Vân Kiều', 'Măng Coong', 'Trì', 'Khùa'),
  g('25', 'Cơ Tu', 'Cơ-tu', 'Ca Tu', 'Katu'),
  g('26', 'Giáy', 'Nhắng', 'Dẩng', 'Pầu Thìn'),
  g('27', 'Tà Ôi', 'Tà-ôi', 'Pa Cô', 'Ta Oi'),
  g('28', 'Mạ', 'Châu Mạ', 'Mạ Ngăn', 'Mạ Xóp'),
  g('29', 'Giẻ Triêng', 'Giẻ-Triêng', 'Gié Triêng', 'Giẻ', 'Triêng', 'Ve', 'Bnoong'),
  g('30', 'Co', 'Cor', 'Col', 'Cùa', 'Trầu'),
  g('31', 'Chơ Ro', 'Chơ-ro', 'Chơro', 'Châu Ro', 'Đơ Ro', 'Cho Ro'),
  g('32', 'Xinh Mun', 'Xinh-mun', 'Puộc', 'Pụa'),
  g('33', 'Hà Nhì', 'Hà Nhì Già', 'U Ní', 'Xá U Ní'),
  g('34', 'Chu Ru', 'Chu-ru', 'Chơ Ru', 'Kru'),
  g('35', 'Lào', 'Lào Bốc', 'Lào Nọi'),
  g('36', 'La Chí', 'Cù Tê', 'La Quả'),
  g('37', 'Kháng', 'Xá Khao', 'Xá Súa', 'Xá Dón'),
  g('38', 'Phù Lá', 'Bồ Khô Pạ', 'Mu Di', 'Xá Phó'),
  g('39', 'La Hủ', 'Lao', 'Pu Đang', 'Khù Xung', 'Cò Xung'),
  g('40', 'La Ha', 'Xá Khao', 'Khlá Phlạo'),
  g('41', 'Pà Thẻn', 'Pà Hưng', 'Tống'),
  g('42', 'Lự', 'Lữ', 'Nhuồn', 'Duôn'),
  g('43', 'Ngái', 'Xín', 'Lê', 'Đản', 'Khách Gia'),
  g('44', 'Chứt', 'Rục', 'Sách', 'Mày', 'Mã Liềng', 'Arem'),
  g('45', 'Lô Lô', 'Mun Di'),
  g('46', 'Mảng', 'Mảng Ư', 'Xá Lá Vàng'),
  g('47', 'Cơ Lao', 'Cờ Lao'),
  g('48', 'Bố Y', 'Chủng Chá', 'Trọng Gia', 'Tu Dí', 'Tu Dìn'),
  g('49', 'Cống', 'Xắm Khống', 'Mấng Nhé', 'Xá Xeng'),
  g('50', 'Si La', 'Cù Dề Xừ', 'Khả Pẻ'),
  g('51', 'Pu Péo', 'Ka Pèo', 'Pen Ti Lô Lô'),
  g('52', 'Rơ Măm', 'Rơ-măm'),
  g('53', 'Brâu', 'Brao'),
  g('54', 'Ơ Đu', 'Ơ-đu', 'Tày Hạt'),
];

/** Kinh, the majority: every other group is an ethnic minority (đồng bào DTTS). */
export const MAJORITY_GROUP_CODE = '01';
