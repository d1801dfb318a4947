import type { Random } from './random.js';

/**
 * Names for the demo people. Kinh names follow family + middle + given; the ethnic-minority
 * groups of the south-central uplands (Raglai, K'Ho, Chăm, Chơ Ro) are given names in the
 * Vietnamese spelling used on their household registers.
 */
const KINH_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const KINH_MIDDLE = { male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh'], female: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Mỹ', 'Thanh'] };
const KINH_GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Tuấn', 'Vinh'],
  female: ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Lan', 'Linh', 'Mai', 'Nga', 'Nhung', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến'],
};

const ETHNIC: Record<string, { family: readonly string[]; given: { male: readonly string[]; female: readonly string[] } }> = {
  Raglai: {
    family: ['Bo Bo', 'Chamaléa', 'Katơr', 'Pinăng', 'Mang', 'Ma', 'Cao'],
    given: { male: ['Thị', 'Ngọt', 'Sáu', 'Bảy', 'Hiệp', 'Lâm', 'Phước', 'Tý'], female: ['Thị Hoa', 'Thị Lành', 'Thị Mến', 'Thị Ngọc', 'Thị Sương', 'Thị Bé'] },
  },
  "K'Ho": {
    family: ['K\'Brơi', 'Ka', 'Kơ Să', 'Liêng', 'Bon Jốc', 'Ha'],
    given: { male: ['Đin', 'Ha Sin', 'Tơ Neh', 'Brêu', 'Krai', 'Yơn'], female: ['Thị Lan', 'H\'Lim', 'Ka Dó', 'Ka Thu', 'Ka Điệp', 'Ka Nhi'] },
  },
  'Chăm': {
    family: ['Đàng', 'Thiên', 'Quảng', 'Lưu', 'Thuận', 'Bá', 'Trượng', 'Từ', 'Hán'],
    given: { male: ['Văn Sử', 'Văn Hòa', 'Năng Sơn', 'Văn Thắng', 'Đức Minh', 'Văn Lợi'], female: ['Thị Hương', 'Thị Sen', 'Thị Trúc', 'Thị Thủy', 'Thị Nguyệt', 'Thị Phấn'] },
  },
  'Chơ Ro': {
    family: ['Điểu', 'Thổ', 'Lâm', 'Mai', 'Ka'],
    given: { male: ['Văn Út', 'Văn Hai', 'Thanh Sơn', 'Văn Bé', 'Minh Tâm'], female: ['Thị Bông', 'Thị Rét', 'Thị Nở', 'Thị Hạnh', 'Thị Mai'] },
  },
};

export const ETHNIC_GROUPS = ['Raglai', "K'Ho", 'Chăm', 'Chơ Ro'] as const;

export function personName(random: Random, ethnicity: string, gender: 'male' | 'female'): string {
  const group = ETHNIC[ethnicity];
  if (!group) return `${random.pick(KINH_FAMILY)} ${random.pick(KINH_MIDDLE[gender])} ${random.pick(KINH_GIVEN[gender])}`;
  return `${random.pick(group.family)} ${random.pick(group.given[gender])}`;
}

/** Sponsors who are individuals (cán bộ, đảng viên, nhà hảo tâm). */
export function individualSponsor(random: Random): string {
  const title = random.pick(['Ông', 'Bà', 'Đồng chí', 'Nhà hảo tâm']);
  return `${title} ${personName(random, 'Kinh', random.chance(0.5) ? 'male' : 'female')}`;
}
