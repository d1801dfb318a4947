import type { ActivityKind } from '@kn/twinning';

type Mix = readonly (readonly [ActivityKind, number])[];

/**
 * The seed's story in numbers. 2013–2015: "chủ yếu dưới hình thức cho tặng quà", one-way, few
 * "cùng ăn, cùng ở" stays, no study tours. After the 2015 conclusion: more four-together stays,
 * commune-initiated exchanges and study tours elsewhere; 2020–2021 slowed by COVID-19.
 */
export interface Era {
  readonly perYear: readonly [number, number];
  readonly mix: Mix;
  readonly communeInitiated: number;
}

export function eraOf(year: number): Era {
  if (year <= 2015)
    return {
      perYear: year === 2013 ? [1, 3] : [4, 6],
      communeInitiated: 0.05,
      mix: [
        ['gift', 44],
        ['visit', 26],
        ['exchange', 13],
        ['outreach', 10],
        ['volunteer_work', 5],
        ['immersion_stay', 2],
      ],
    };
  if (year === 2020 || year === 2021)
    return {
      perYear: [3, 5],
      communeInitiated: 0.2,
      mix: [
        ['gift', 34],
        ['visit', 20],
        ['outreach', 16],
        ['volunteer_work', 12],
        ['immersion_stay', 10],
        ['exchange', 4],
        ['study_tour', 4],
      ],
    };
  if (year <= 2019)
    return {
      perYear: [5, 7],
      communeInitiated: 0.25,
      mix: [
        ['gift', 20],
        ['visit', 17],
        ['exchange', 13],
        ['outreach', 14],
        ['volunteer_work', 12],
        ['immersion_stay', 14],
        ['study_tour', 10],
      ],
    };
  return {
    perYear: [5, 8],
    communeInitiated: 0.36,
    mix: [
      ['gift', 14],
      ['visit', 15],
      ['exchange', 14],
      ['outreach', 13],
      ['volunteer_work', 12],
      ['immersion_stay', 19],
      ['study_tour', 13],
    ],
  };
}

export const GIFT_ITEMS = [
  { name: 'Gạo', unit: 'kg', price: 15_000, qty: [200, 2000] },
  { name: 'Mì tôm', unit: 'thùng', price: 110_000, qty: [20, 200] },
  { name: 'Dầu ăn', unit: 'lít', price: 45_000, qty: [50, 300] },
  { name: 'Chăn ấm', unit: 'cái', price: 250_000, qty: [20, 150] },
  { name: 'Áo ấm', unit: 'cái', price: 180_000, qty: [30, 200] },
  { name: 'Vở học sinh', unit: 'quyển', price: 8_000, qty: [500, 5000] },
  { name: 'Xe đạp', unit: 'chiếc', price: 1_600_000, qty: [5, 30] },
  { name: 'Bò giống', unit: 'con', price: 16_000_000, qty: [1, 6] },
  { name: 'Dê giống', unit: 'con', price: 3_500_000, qty: [3, 20] },
  { name: 'Bồn chứa nước', unit: 'cái', price: 2_200_000, qty: [5, 30] },
] as const;

export const SUMMARIES: Record<ActivityKind, readonly string[]> = {
  visit: [
    'Thăm hỏi, động viên gia đình chính sách và hộ nghèo',
    'Thăm hỏi già làng, người có uy tín trong đồng bào',
    'Thăm, chúc Tết Nguyên đán các hộ đồng bào',
    'Thăm hỏi hộ gia đình bị thiệt hại do mưa lũ',
  ],
  gift: [
    'Trao quà Tết cho hộ nghèo đồng bào dân tộc thiểu số',
    'Tặng quà cho học sinh nghèo vượt khó đầu năm học',
    'Trao tặng giống vật nuôi giúp hộ nghèo phát triển sinh kế',
    'Tặng quà nhân dịp Tết Ramưwan / lễ hội Katê',
  ],
  exchange: [
    'Giao lưu văn nghệ mừng Ngày hội Đại đoàn kết toàn dân tộc 18/11',
    'Giao lưu bóng đá, bóng chuyền với thanh niên xã',
    'Giao lưu cồng chiêng, dân ca Ra Glai',
    'Hội thi ẩm thực và trang phục truyền thống',
  ],
  outreach: [
    'Tuyên truyền chủ trương của Đảng, chính sách pháp luật của Nhà nước',
    'Tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống',
    'Hướng dẫn kỹ thuật trồng trọt, chăn nuôi',
    'Tuyên truyền giữ gìn vệ sinh môi trường, xây dựng nhà tiêu hợp vệ sinh',
  ],
  immersion_stay: [
    'Cùng ăn, cùng ở, cùng làm với bà con, giúp thu hoạch mùa vụ',
    'Cùng ăn, cùng ở, cùng suy nghĩ, cùng làm: hướng dẫn hộ nghèo làm kinh tế',
    'Đoàn viên ở lại nhà dân, cùng bà con làm đường bê tông nội thôn',
  ],
  study_tour: [
    'Học tập mô hình trồng thanh long VietGAP',
    'Tham quan mô hình nuôi dê, bò nhốt chuồng',
    'Học tập mô hình hợp tác xã dệt thổ cẩm',
    'Học tập mô hình trồng cây ăn trái xen canh',
  ],
  volunteer_work: [
    'Nạo vét kênh mương nội đồng',
    'Làm đường giao thông nông thôn, phát quang bụi rậm',
    'Giúp dân sửa chữa nhà ở trước mùa mưa bão',
    'Giúp bà con thu hoạch lúa, bắp',
  ],
};

export const STUDY_DESTINATIONS = [
  { destination: 'HTX Thanh long Hàm Minh, huyện Hàm Thuận Nam', models: ['Thanh long VietGAP', 'Liên kết tiêu thụ'] },
  { destination: 'Làng dệt thổ cẩm Mỹ Nghiệp, tỉnh Ninh Thuận', models: ['Dệt thổ cẩm', 'Du lịch cộng đồng'] },
  { destination: 'Mô hình nuôi dê, cừu ở huyện Ninh Phước, tỉnh Ninh Thuận', models: ['Chăn nuôi dê nhốt chuồng'] },
  { destination: 'Vùng cà phê xen sầu riêng Di Linh, tỉnh Lâm Đồng', models: ['Cà phê xen canh', 'Tưới nhỏ giọt'] },
  { destination: 'Mô hình nông thôn mới xã Hàm Chính', models: ['Xây dựng nông thôn mới', 'Tổ hợp tác sản xuất'] },
];

export const CORRECTION_REASONS = [
  'Cập nhật số người tham gia theo danh sách ký nhận',
  'Điều chỉnh nội dung theo biên bản của xã',
  'Sửa ngày tổ chức cho khớp với báo cáo đơn vị',
];
export const VOID_REASONS = [
  'Nhập trùng với hoạt động đã ghi nhận trước đó',
  'Hoạt động không tổ chức được do mưa lũ, ghi nhận nhầm',
  'Ghi nhầm vào cặp kết nghĩa khác',
];

export const PLAN_OBJECTIVES = [
  'Thường xuyên hơn, bám địa bàn hơn, hiệu quả hơn',
  'Mỗi hộ nghèo có ít nhất một cam kết hỗ trợ cụ thể',
  'Tổ chức ít nhất một đợt "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm"',
  'Đưa cán bộ xã, người có uy tín đi học tập mô hình ở địa bàn khác',
  'Hỗ trợ xây dựng công trình dân sinh thiết thực',
];
