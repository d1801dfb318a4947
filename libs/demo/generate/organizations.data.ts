import type { OrganizationKind } from '@kn/organizations';

export interface OrganizationRow {
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrganizationKind;
  /** The 2025 restructuring of provincial departments (Nghị quyết 18-NQ/TW): renamed or dissolved on 2025-03-01. */
  readonly renamedTo?: string;
  readonly dissolvedReason?: string;
  /** The short name of the organisation it merged into on 2025-03-01 (MERGED_ORGANIZATIONS). */
  readonly mergeInto?: string;
}

/**
 * The mergers of the 2025 restructuring the issue names: Sở NN&PTNT + Sở TN&MT → Sở Nông nghiệp
 * và Môi trường; Ban Dân vận + Ban Tuyên giáo → Ban Tuyên giáo và Dân vận (Nghị quyết 18-NQ/TW
 * of 2017 and the 2024–2025 conclusions implementing it). The decision references and the date
 * (2025-03-01, when the merged departments began work) are ILLUSTRATIVE: not read from a source.
 */
export const MERGED_ORGANIZATIONS = [
  {
    shortName: 'SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    kind: 'department',
    decisionRef: 'Nghị quyết của HĐND tỉnh về thành lập Sở Nông nghiệp và Môi trường (minh họa)',
  },
  {
    shortName: 'BTGDV',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    kind: 'department',
    decisionRef: 'Quyết định của Ban Thường vụ Tỉnh ủy về thành lập Ban Tuyên giáo và Dân vận (minh họa)',
  },
] as const satisfies readonly { shortName: string; name: string; kind: OrganizationKind; decisionRef: string }[];

/** The organisations the seed document addresses ("Nơi nhận"), then departments and enterprises. */
export const ORGANIZATIONS: readonly OrganizationRow[] = [
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'MTTQ', kind: 'fatherland_front' },
  { name: 'Hội Nông dân tỉnh', shortName: 'HND', kind: 'mass_organization' },
  { name: 'Hội Liên hiệp Phụ nữ tỉnh', shortName: 'HLHPN', kind: 'mass_organization' },
  { name: 'Tỉnh đoàn', shortName: 'TĐ', kind: 'mass_organization' },
  { name: 'Hội Cựu chiến binh tỉnh', shortName: 'CCB', kind: 'mass_organization' },
  { name: 'Liên đoàn Lao động tỉnh', shortName: 'LĐLĐ', kind: 'mass_organization' },
  { name: 'Công an tỉnh', shortName: 'CA', kind: 'police' },
  { name: 'Bộ Chỉ huy Quân sự tỉnh', shortName: 'BCHQS', kind: 'military' },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', shortName: 'BĐBP', kind: 'border_guard' },
  { name: 'Ban Dân tộc tỉnh', shortName: 'BDT', kind: 'department', renamedTo: 'Sở Dân tộc và Tôn giáo' },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', shortName: 'SNN', kind: 'department', mergeInto: 'SNNMT' },
  { name: 'Sở Y tế', shortName: 'SYT', kind: 'department' },
  { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGD', kind: 'department' },
  { name: 'Văn phòng Tỉnh ủy', shortName: 'VPTU', kind: 'department' },
  { name: 'Ban Tuyên giáo Tỉnh ủy', shortName: 'BTG', kind: 'department', mergeInto: 'BTGDV' },
  { name: 'Ban Dân vận Tỉnh ủy', shortName: 'BDV', kind: 'department', mergeInto: 'BTGDV' },
  { name: 'Ban Tổ chức Tỉnh ủy', shortName: 'BTC', kind: 'department' },
  { name: 'Ủy ban Kiểm tra Tỉnh ủy', shortName: 'UBKT', kind: 'department' },
  { name: 'Văn phòng UBND tỉnh', shortName: 'VPUB', kind: 'department' },
  {
    name: 'Sở Lao động - Thương binh và Xã hội',
    shortName: 'SLĐTBXH',
    kind: 'department',
    dissolvedReason:
      'Kết thúc hoạt động từ 01/3/2025, chức năng chuyển về Sở Nội vụ và Sở Y tế theo Nghị quyết 18-NQ/TW',
  },
  { name: 'Sở Tài chính', shortName: 'STC', kind: 'department' },
  {
    name: 'Sở Kế hoạch và Đầu tư',
    shortName: 'SKHĐT',
    kind: 'department',
    dissolvedReason: 'Hợp nhất vào Sở Tài chính từ 01/3/2025 theo Nghị quyết 18-NQ/TW',
  },
  {
    name: 'Sở Giao thông vận tải',
    shortName: 'SGTVT',
    kind: 'department',
    dissolvedReason: 'Hợp nhất với Sở Xây dựng từ 01/3/2025 theo Nghị quyết 18-NQ/TW',
  },
  { name: 'Sở Xây dựng', shortName: 'SXD', kind: 'department' },
  { name: 'Sở Tài nguyên và Môi trường', shortName: 'STNMT', kind: 'department', mergeInto: 'SNNMT' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'SVHTTDL', kind: 'department' },
  { name: 'Sở Công Thương', shortName: 'SCT', kind: 'department' },
  { name: 'Sở Tư pháp', shortName: 'STP', kind: 'department' },
  { name: 'Sở Nội vụ', shortName: 'SNV', kind: 'department' },
  {
    name: 'Sở Thông tin và Truyền thông',
    shortName: 'STTTT',
    kind: 'department',
    dissolvedReason: 'Hợp nhất vào Sở Khoa học và Công nghệ từ 01/3/2025',
  },
  { name: 'Sở Khoa học và Công nghệ', shortName: 'SKHCN', kind: 'department' },
  { name: 'Ngân hàng Chính sách xã hội chi nhánh tỉnh', shortName: 'NHCSXH', kind: 'department' },
  { name: 'Báo Bình Thuận', shortName: 'BBT', kind: 'department' },
  { name: 'Đài Phát thanh - Truyền hình tỉnh', shortName: 'PTTH', kind: 'department' },
  { name: 'Công ty Điện lực Bình Thuận', shortName: 'PCBT', kind: 'enterprise' },
  { name: 'Công ty TNHH MTV Xổ số kiến thiết Bình Thuận', shortName: 'XSKT', kind: 'enterprise' },
  { name: 'Công ty Cổ phần Cấp thoát nước Bình Thuận', shortName: 'CTN', kind: 'enterprise' },
  { name: 'Ngân hàng Nông nghiệp và PTNT chi nhánh Bình Thuận', shortName: 'AGR', kind: 'enterprise' },
  {
    name: 'Công ty Cổ phần Thanh long Hoàng Hậu',
    shortName: 'TLHH',
    kind: 'enterprise',
    dissolvedReason: 'Doanh nghiệp giải thể do kinh doanh thua lỗ kéo dài',
  },
  { name: 'Hội Chữ thập đỏ tỉnh', shortName: 'CTĐ', kind: 'other' },
  { name: 'Hội Khuyến học tỉnh', shortName: 'HKH', kind: 'other' },
];

/** The 2013 wave (Thông báo 197-TB/VPTU): the Front, the mass organisations and the armed forces, then the Party's and province's offices. */
export const FIRST_WAVE = [
  'MTTQ',
  'HND',
  'HLHPN',
  'TĐ',
  'CCB',
  'LĐLĐ',
  'CA',
  'BCHQS',
  'BĐBP',
  'BDT',
  'SNN',
  'SYT',
  'SGD',
  'VPTU',
  'BTG',
  'BTC',
  'UBKT',
  'VPUB',
];
/** After the 2015 conclusion: departments and enterprises take a second commune or a mixed village. */
export const SECOND_WAVE = [
  'SLĐTBXH',
  'STC',
  'SKHĐT',
  'SGTVT',
  'SXD',
  'STNMT',
  'SVHTTDL',
  'SCT',
  'STP',
  'SNV',
  'STTTT',
  'SKHCN',
  'NHCSXH',
  'PCBT',
  'XSKT',
  'CTN',
  'AGR',
  'TLHH',
  'BBT',
  'PTTH',
];

export const PAIRING_DECISION_2013 = '197-TB/VPTU';
export const PAIRING_DECISION_2016 = '12-KL/TU';
export const RESTRUCTURING_ON = '2025-03-01';
export const ENTERPRISE_DISSOLVED_ON = '2019-12-31';
