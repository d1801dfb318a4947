import type { Random } from './random.js';

/**
 * Names for the demo people. Kinh names follow family + middle + given; the ethnic-minority
 * groups of the south-central uplands (Ra Glai, Cơ Ho, Chăm, Chơ Ro) and the Hoa are given names in the
 * Vietnamese spelling used on their household registers.
 */
const KINH_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Võ',
  'Phan',
  'Trương',
  'Bùi',
  'Đặng',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
];
const KINH_MIDDLE = {
  male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh'],
  female: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Mỹ', 'Thanh'],
};
const KINH_GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khoa',
    'Long',
    'Nam',
    'Phúc',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Tuấn',
    'Vinh',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hoa',
    'Lan',
    'Linh',
    'Mai',
    'Nga',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
  ],
};

const ETHNIC: Record<
  string,
  { family: readonly string[]; given: { male: readonly string[]; female: readonly string[] } }
> = {
  'Ra Glai': {
    family: ['Bo Bo', 'Chamaléa', 'Katơr', 'Pinăng', 'Mang', 'Ma', 'Cao'],
    given: {
      male: ['Thị', 'Ngọt', 'Sáu', 'Bảy', 'Hiệp', 'Lâm', 'Phước', 'Tý'],
      female: ['Thị Hoa', 'Thị Lành', 'Thị Mến', 'Thị Ngọc', 'Thị Sương', 'Thị Bé'],
    },
  },
  'Cơ Ho': {
    family: ["K'Brơi", 'Ka', 'Kơ Să', 'Liêng', 'Bon Jốc', 'Ha'],
    given: {
      male: ['Đin', 'Ha Sin', 'Tơ Neh', 'Brêu', 'Krai', 'Yơn'],
      female: ['Thị Lan', "H'Lim", 'Ka Dó', 'Ka Thu', 'Ka Điệp', 'Ka Nhi'],
    },
  },
  Chăm: {
    family: ['Đàng', 'Thiên', 'Quảng', 'Lưu', 'Thuận', 'Bá', 'Trượng', 'Từ', 'Hán'],
    given: {
      male: ['Văn Sử', 'Văn Hòa', 'Năng Sơn', 'Văn Thắng', 'Đức Minh', 'Văn Lợi'],
      female: ['Thị Hương', 'Thị Sen', 'Thị Trúc', 'Thị Thủy', 'Thị Nguyệt', 'Thị Phấn'],
    },
  },
  Hoa: {
    family: ['Lý', 'Quách', 'Lâm', 'Hứa', 'Diệp', 'Tăng'],
    given: {
      male: ['Kiến Quốc', 'Vĩnh Phát', 'Chấn Hưng', 'Gia Huy', 'Tuấn Kiệt'],
      female: ['Mỹ Linh', 'Ngọc Lan', 'Tú Anh', 'Huệ Mẫn', 'Bích Vân'],
    },
  },
  'Chơ Ro': {
    family: ['Điểu', 'Thổ', 'Lâm', 'Mai', 'Ka'],
    given: {
      male: ['Văn Út', 'Văn Hai', 'Thanh Sơn', 'Văn Bé', 'Minh Tâm'],
      female: ['Thị Bông', 'Thị Rét', 'Thị Nở', 'Thị Hạnh', 'Thị Mai'],
    },
  },
};

/** Official names (ethnic-groups.data.ts of households): Ra Glai, Cơ Ho, Chăm, Chơ Ro, and the Hoa of the coast towns. */
export const ETHNIC_GROUPS = ['Ra Glai', 'Cơ Ho', 'Chăm', 'Chơ Ro', 'Hoa'] as const;

export function personName(random: Random, ethnicity: string, gender: 'male' | 'female'): string {
  const group = ETHNIC[ethnicity];
  if (!group)
    return `${random.pick(KINH_FAMILY)} ${random.pick(KINH_MIDDLE[gender])} ${random.pick(KINH_GIVEN[gender])}`;
  return `${random.pick(group.family)} ${random.pick(group.given[gender])}`;
}

/** Sponsors who are individuals (cán bộ, đảng viên, nhà hảo tâm). */
export function individualSponsor(random: Random): string {
  const title = random.pick(['Ông', 'Bà', 'Đồng chí', 'Nhà hảo tâm']);
  return `${title} ${personName(random, 'Kinh', random.chance(0.5) ? 'male' : 'female')}`;
}
