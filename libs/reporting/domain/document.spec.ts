import { buildReport } from './report.js';
import { reportDocument, reportHeader } from './document.js';
import { input2015, PIN as pin } from './report.fixtures.js';
import { issuerOn } from './issuers.data.js';
import { textAgainstTables } from './document-figures.js';

describe('the report document', () => {
  const { report } = buildReport(input2015(), {
    kind: 'annual',
    issuedAt: '2015-12-20T03:00:00.000Z',
    pin,
    previous: null,
    reasons: [],
    lateEntries: 0,
    document: {
      status: 'issued',
      header: reportHeader('2015-11-26', { number: '21-BC/BDVTU', place: 'Phan Thiết' }),
      signer: { name: 'Nguyễn Văn A', title: 'Phó Trưởng ban' },
      recipients: ['Thường trực Tỉnh ủy', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
      sections: {
        limitations: 'Hoạt động còn mang tính phong trào.',
        causes: 'Nguồn lực hạn chế.',
        directions: 'Mở rộng về thôn xen ghép.',
        recommendations: 'Đề nghị chỉ đạo.',
      },
    },
  });
  const doc = reportDocument(report);

  it('every figure in the text equals the same figure in the tables (one figure, one definition)', () => {
    expect(doc.sections.flatMap((s) => s.paragraphs).flatMap((p) => p.figures).length).toBeGreaterThan(25);
    expect(textAgainstTables(doc)).toEqual([]);
  });

  it('the walk catches a sentence whose number differs from its table', () => {
    const [first, ...rest] = doc.sections;
    const p = first!.paragraphs[0]!;
    const wrong = {
      ...doc,
      sections: [
        {
          ...first!,
          paragraphs: [
            { ...p, figures: [{ ...p.figures[0]!, value: p.figures[0]!.value + 1 }] },
            ...first!.paragraphs.slice(1),
          ],
        },
        ...rest,
      ],
    };
    expect(textAgainstTables(wrong).length).toBeGreaterThan(0);
  });

  it('reads as a Party report: issuer and "*" left, ĐẢNG CỘNG SẢN VIỆT NAM right, number, place and date, sections I–IV, Nơi nhận, the deputy signing for the head', () => {
    expect(doc.header).toEqual({
      left: ['TỈNH ỦY BÌNH THUẬN', 'BAN DÂN VẬN', '*'],
      right: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      number: 'Số 21-BC/BDVTU',
      placeDate: 'Phan Thiết, ngày 26 tháng 11 năm 2015',
    });
    expect([doc.title, ...doc.subtitle]).toEqual(['BÁO CÁO', 'Kết quả công tác giao lưu, kết nghĩa năm 2015']);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'II. HẠN CHẾ, NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'PHỤ LỤC. SỐ LIỆU ĐIỀU CHỈNH SO VỚI BÁO CÁO ĐÃ BAN HÀNH',
    ]);
    expect(doc.closing).toEqual({
      recipients: ['- Thường trực Tỉnh ủy;', '- Ủy ban Mặt trận Tổ quốc tỉnh;', '- Lưu Văn phòng Ban.'],
      signature: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', '', '', 'Nguyễn Văn A'],
    });
    expect(doc.sections[2]!.paragraphs.map((p) => p.text)).toEqual(['Mở rộng về thôn xen ghép.']);
  });

  it('section I has the tables by organisation (co-organisers counted) and by commune (poverty rate where the count is known)', () => {
    const titles = doc.sections[0]!.tables.map((t) => t.title);
    expect(titles).toEqual(expect.arrayContaining(['Kết quả theo cơ quan, đơn vị', 'Kết quả theo xã']));
    expect(report.figures.byCommune.rows.find((r) => r.communeId === 'a')).toMatchObject({
      households: 400,
      poorEnd: 9,
      povertyRate: 2.25,
    });
    expect(report.figures.byCommune.rows.find((r) => r.communeId === 'b')).toMatchObject({
      households: null,
      povertyRate: null,
    });
    expect(report.figures.byOrganization.total).toMatchObject({ pairings: 2, activities: 6, resourcesVnd: 35_000_000 });
  });

  it('takes the issuer in force on the report date (effective-dated data)', () => {
    expect(issuerOn('2015-11-26')).toMatchObject({
      committee: 'TỈNH ỦY BÌNH THUẬN',
      body: 'BAN DÂN VẬN',
      abbreviation: 'BDVTU',
    });
    expect(issuerOn('2025-04-25')).toMatchObject({ body: 'BAN TUYÊN GIÁO VÀ DÂN VẬN' });
    expect(issuerOn('2025-12-20')).toMatchObject({ committee: 'TỈNH ỦY LÂM ĐỒNG', body: 'BAN TUYÊN GIÁO VÀ DÂN VẬN' });
  });
});
