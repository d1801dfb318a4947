/**
 * The body that issues the program's annual report, as effective-dated data (a reorganisation is
 * a new entry, not new code). Header lines follow Hướng dẫn 36-HD/VPTW ngày 03/4/2018 of the
 * Văn phòng Trung ương Đảng (thể thức văn bản của Đảng): the superior committee's name, the
 * body's name, then "*" under it; the document number "Số …-BC/<abbreviation>".
 */
export interface Issuer {
  /** First day in force (inclusive) and last (inclusive; null while in force). */
  readonly from: string;
  readonly to: string | null;
  /** "TỈNH ỦY BÌNH THUẬN": the committee the body belongs to. */
  readonly committee: string;
  /** "BAN DÂN VẬN": the body, in capitals as in the header. */
  readonly body: string;
  /** The body as written in running text and the signature block ("Ban Dân vận Tỉnh ủy"). */
  readonly bodyName: string;
  /** The abbreviation after "-BC/" in the document number. */
  readonly abbreviation: string;
  readonly sources: readonly string[];
  /** Facts taken from press rather than the founding decision. */
  readonly unconfirmed: readonly string[];
}

export const ISSUERS: readonly Issuer[] = [
  {
    from: '2013-01-01',
    to: '2025-02-28',
    committee: 'TỈNH ỦY BÌNH THUẬN',
    body: 'BAN DÂN VẬN',
    bodyName: 'Ban Dân vận Tỉnh ủy',
    abbreviation: 'BDVTU',
    sources: [
      'Thông báo kết luận của Thường trực Tỉnh ủy (seed): "Báo cáo số 21-BC/BDVTU, ngày 26/11/2015" of the Ban Dân vận Tỉnh ủy Bình Thuận',
    ],
    unconfirmed: [],
  },
  {
    from: '2025-03-01',
    to: '2025-06-30',
    committee: 'TỈNH ỦY BÌNH THUẬN',
    body: 'BAN TUYÊN GIÁO VÀ DÂN VẬN',
    bodyName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    abbreviation: 'BTGDVTU',
    sources: [
      'Kết luận 121-KL/TW ngày 24/01/2025: the provincial Ban Tuyên giáo and Ban Dân vận merge (congly.vn, Tiền Giang 06/02/2025; baomoi.com, Bắc Giang from 01/3/2025)',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy Bình Thuận acting by 25/4/2025 (doanhnghiephoinhap.vn)',
    ],
    unconfirmed: [
      "from: the date of Bình Thuận's founding decision was not found; 01/3/2025 is assumed",
      'abbreviation BTGDVTU',
    ],
  },
  {
    from: '2025-07-01',
    to: null,
    committee: 'TỈNH ỦY LÂM ĐỒNG',
    body: 'BAN TUYÊN GIÁO VÀ DÂN VẬN',
    bodyName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    abbreviation: 'BTGDVTU',
    sources: [
      'Bình Thuận, Đắk Nông and Lâm Đồng form the new Lâm Đồng province from 01/7/2025 (Nghị quyết 202/2025/QH15); the provincial party committee follows',
    ],
    unconfirmed: ['abbreviation BTGDVTU'],
  },
];

/** The issuer in force on a day (the report's date), the last one for days after every entry. */
export function issuerOn(day: string): Issuer {
  return (
    ISSUERS.find((i) => day >= i.from && (i.to === null || day <= i.to)) ??
    (day < ISSUERS[0]!.from ? ISSUERS[0]! : ISSUERS.at(-1)!)
  );
}
