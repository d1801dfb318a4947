import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { reportDocument, textAgainstTables, type Report } from '@kn/reporting';
import { startApi, type Client, type Harness } from '../support/api-harness.js';

const commune = (name: string, code: string, em = true) => ({
  kind: 'commune',
  name,
  code,
  parentId: null,
  classifications: em ? ['ethnic_minority_commune'] : [],
  establishedOn: '2013-01-01',
});
const activity = (kind: string, occurredOn: string, extra: Record<string, unknown> = {}) => ({
  kind,
  occurredOn,
  initiator: 'organization',
  locationName: 'Nhà văn hóa xã',
  participants: { organizationMembers: 10, residents: 50 },
  summary: `${kind} ${occurredOn}`,
  resources: [{ type: 'cash', valueVnd: 10_000_000, source: 'state_budget' }],
  beneficiaryHouseholdIds: [],
  ...extra,
});

describe('annual report and review over HTTP', () => {
  let h: Harness;
  let supervisor: Client;
  const ids: Record<string, string> = {};
  const acts: string[] = [];
  const ok = async (path: string, body: unknown) => {
    const r = await h.admin.post(path, body);
    expect([path, r.status, r.body?.errors ?? r.body?.detail ?? null]).toEqual([
      path,
      r.status === 201 ? 201 : 200,
      null,
    ]);
    return r.body;
  };

  beforeAll(async () => {
    h = await startApi();
    supervisor = await h.userWith('supervisor');
    for (const [k, name, code] of [
      ['a', 'Phan Sơn', 'A'],
      ['b', 'Phan Lâm', 'B'],
      ['c', 'Sông Lũy', 'C'],
    ])
      ids[k] = (await ok('/api/admin-units', commune(name, code))).id;
    ids.hnd = (await ok('/api/organizations', { name: 'Hội Nông dân tỉnh', kind: 'mass_organization' })).id;
    ids.ca = (await ok('/api/organizations', { name: 'Công an tỉnh', kind: 'police' })).id;
    ids.pa = (
      await ok('/api/pairings', {
        organizationId: ids.hnd,
        adminUnitId: ids.a,
        establishedOn: '2013-08-15',
        decisionRef: '197-TB/VPTU',
      })
    ).id;
    ids.pb = (
      await ok('/api/pairings', {
        organizationId: ids.ca,
        adminUnitId: ids.b,
        establishedOn: '2013-08-15',
        decisionRef: '197-TB/VPTU',
      })
    ).id;
    for (const b of [
      activity('visit', '2015-02-10'),
      activity('exchange', '2015-05-10', { initiator: 'commune', exchangeKind: 'cultural' }),
      activity('immersion_stay', '2015-08-01', { nights: 3, hostHouseholdIds: [] }),
      activity('study_tour', '2015-11-20', {
        destination: 'Lâm Đồng',
        modelsStudied: ['cà phê'],
        resources: [{ type: 'cash', valueVnd: 5_000_000, source: 'social_mobilization' }],
      }),
      activity('visit', '2014-04-01'),
    ])
      acts.push((await ok(`/api/pairings/${ids.pa}/activities`, b)).id);
    await ok(
      `/api/pairings/${ids.pb}/activities`,
      activity('gift', '2015-03-01', {
        items: [{ name: 'Gạo', quantity: 500, unit: 'kg', valueVnd: 7_500_000 }],
        recipient: 'households',
      }),
    );
    ids.project = (
      await ok('/api/projects', {
        adminUnitId: ids.a,
        pairingId: ids.pa,
        category: 'security_lighting',
        title: 'Ánh sáng an ninh',
        plannedBudgetVnd: 120_000_000,
        plannedStartOn: '2015-03-01',
        plannedEndOn: '2015-09-30',
      })
    ).id;
    await ok(`/api/projects/${ids.project}/approve`, { approvedOn: '2015-02-01', decisionRef: '45/QĐ-UBND' });
    await ok(`/api/projects/${ids.project}/start`, { startedOn: '2015-03-01' });
    await ok(`/api/projects/${ids.project}/complete`, {
      completedOn: '2015-09-20',
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
    });
    const household = async (code: string, ethnicity: string) =>
      (
        await ok('/api/households', {
          communeId: ids.a,
          villageId: null,
          code,
          head: { fullName: 'Mấu Thị Lan', birthYear: 1978, gender: 'female', idNumber: `0601780000${code.slice(-2)}` },
          ethnicity,
          memberCount: 5,
          area: 'rural',
          registeredOn: '2013-09-01',
        })
      ).id;
    ids.h1 = await household('HN-01', 'Raglai');
    ids.h2 = await household('HN-02', 'Kinh');
    const assess = (id: string, year: number, income: number) =>
      ok(`/api/households/${id}/assessments`, {
        reviewYear: year,
        assessedOn: `${year}-11-15`,
        incomePerCapitaVnd: income,
        deprivations: [],
      });
    await assess(ids.h1, 2014, 300_000);
    await assess(ids.h2, 2014, 300_000);
    await assess(ids.h1, 2015, 900_000);
    await assess(ids.h2, 2015, 350_000);
    await ok(`/api/households/${ids.h2}/commitments`, {
      sponsor: { organizationId: ids.hnd },
      kind: 'livestock',
      description: 'Một con bò',
      valueVnd: 15_000_000,
      dueOn: '2015-12-20',
      committedOn: '2015-12-01',
    });
    await ok(`/api/admin-units/${ids.a}/household-counts`, {
      year: 2015,
      totalHouseholds: 250,
      ethnicMinorityHouseholds: 200,
      source: 'Thống kê xã năm 2015',
    });
    await h.settle();
  });
  afterAll(async () => h?.close());

  let first: any;
  it('gives the year in Vietnamese: results, limitations, the poverty table with DTTS columns, commitments, pinned to the log and the chain', async () => {
    const r = await supervisor.get('/api/reports/annual?year=2015');
    expect(r.status).toBe(200);
    first = r.body;
    expect(first.title).toBe('BÁO CÁO KẾT QUẢ CÔNG TÁC GIAO LƯU, KẾT NGHĨA NĂM 2015');
    const f = first.figures;
    expect(f.coverage).toMatchObject({
      targetCommunes: 3,
      pairedCommunes: 2,
      unpaired: [{ id: ids.c, name: 'Sông Lũy' }],
    });
    expect(f.activities).toMatchObject({
      total: 5,
      studyTours: 1,
      fourTogether: { count: 1, of: 5, share: 0.2 },
      communeInitiated: { count: 1, of: 5 },
    });
    expect(f.resources).toMatchObject({
      totalVnd: 45_000_000,
      stateBudgetVnd: 40_000_000,
      socialMobilizationVnd: 5_000_000,
    });
    expect(f.projects).toMatchObject({
      total: 1,
      completedValueVnd: 118_000_000,
      byCategory: [{ code: 'security_lighting', count: 1, completedValueVnd: 118_000_000 }],
    });
    expect(f.limitations).toMatchObject({
      oneWay: { count: 4, of: 5 },
      giftOnly: { count: 1, of: 2, share: 0.5 },
      communesWithoutInitiative: [{ id: ids.b, name: 'Phan Lâm' }],
      unpairedCommunes: [{ id: ids.c }],
    });
    expect(f.poverty.rows).toEqual([expect.objectContaining({ communeId: ids.a, communeName: 'Phan Sơn' })]);
    expect(f.poverty.total.poor).toEqual({
      start: { total: 2, ethnicMinority: 1 },
      newly: { total: 0, ethnicMinority: 0 },
      exited: { total: 1, ethnicMinority: 1 },
      relapsed: { total: 0, ethnicMinority: 0 },
      end: { total: 1, ethnicMinority: 0 },
    });
    expect(f.commitments).toEqual({ open: 0, overdue: 1, fulfilled: 0, cancelled: 0 });
    // Registered as "Raglai", counted under the official name; HN-01 near-poor, HN-02 poor at the 2015 review.
    expect(f.byEthnicity).toEqual({
      rows: [
        { code: '01', ethnicity: 'Kinh', poor: 1, nearPoor: 0 },
        { code: '19', ethnicity: 'Ra Glai', poor: 0, nearPoor: 1 },
      ],
      total: { poor: f.poverty.total.poor.end.total, nearPoor: f.poverty.total.nearPoor.end.total },
    });
    expect(first.narrative.limitations.join('\n')).toContain('chưa có đơn vị kết nghĩa (Sông Lũy)');
    const verify = (await h.admin.get('/api/audit/verify')).body;
    expect(first.pinned).toMatchObject({ headHash: verify.headHash, chainVerified: true, exact: true });
    expect(r.headers.get('x-log-position')).toBe(String(first.pinned.position));
    expect(first.restatement).toEqual({ previous: null, changes: [], reasons: [], lateEntries: 0 });
    expect(f.byCommune.rows.find((r: any) => r.communeId === ids.a)).toMatchObject({
      households: 250,
      poorEnd: 1,
      povertyRate: 0.4,
    });
    expect(first.narrative.results.join('\n')).toContain(
      'Tỷ lệ hộ nghèo cuối kỳ ở các xã đã có số hộ dân cư: 0,4%; chưa có số hộ dân cư của 2 xã (Phan Lâm, Sông Lũy)',
    );
    expect(first).toMatchObject({
      status: 'draft',
      header: {
        party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
        issuer: ['TỈNH ỦY LÂM ĐỒNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN'],
        number: null,
      },
    });
    expect(textAgainstTables(reportDocument(first as Report))).toEqual([]);
  });

  let issued: any;
  it('is drafted by the supervisor (sections II–IV) and issued once with number, date, place, signer and recipients', async () => {
    const sections = {
      limitations: 'Hoạt động chủ yếu là thăm hỏi, tặng quà.',
      causes: 'Nguồn lực còn hạn chế.',
      directions: 'Mở rộng kết nghĩa về thôn xen ghép.',
      recommendations: 'Đề nghị Thường trực Tỉnh ủy chỉ đạo các đơn vị.',
    };
    const issue = {
      number: '21-BC/BDVTU',
      issuedOn: '2015-12-20',
      place: 'Phan Thiết',
      signer: { name: 'Nguyễn Văn An', title: 'Phó Trưởng ban' },
      recipients: ['Thường trực Tỉnh ủy', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
    };
    const early = await supervisor.post('/api/reports/annual/2015/issue', issue);
    expect([early.status, early.body.code]).toEqual([409, 'report.must_be_drafted']);
    expect(
      (await supervisor.post('/api/reports/annual/2015/draft', { sections: { limitations: sections.limitations } }))
        .status,
    ).toBe(201);
    expect((await supervisor.post('/api/reports/annual/2015/draft', { sections })).status).toBe(200);
    const draft = (await supervisor.get('/api/reports/annual?year=2015')).body;
    expect(draft).toMatchObject({ status: 'draft', sections });
    const r = await supervisor.post('/api/reports/annual/2015/issue', issue);
    expect(r.status).toBe(200);
    issued = (await supervisor.get('/api/reports/annual?year=2015')).body;
    expect(issued).toMatchObject({
      status: 'issued',
      sections,
      signer: issue.signer,
      recipients: issue.recipients,
      header: {
        party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
        issuer: ['TỈNH ỦY BÌNH THUẬN', 'BAN DÂN VẬN'],
        number: '21-BC/BDVTU',
        place: 'Phan Thiết',
        date: '2015-12-20',
      },
    });
    // Judged on its own date (20/12): the commitment due that day is not yet overdue; the draft was judged on 31/12.
    expect(issued.figures.activities).toEqual(draft.figures.activities);
    expect([issued.figures.commitments.open, draft.figures.commitments.overdue]).toEqual([1, 1]);
    const again = await supervisor.post('/api/reports/annual/2015/issue', issue);
    expect([again.status, again.body.code]).toEqual([409, 'report.already_issued']);
  });

  it('shows what was restated after a void and a correction, with their reasons', async () => {
    await ok(`/api/pairings/${ids.pa}/activities/${acts[0]}/void`, { reason: 'Ghi trùng với đợt thăm tháng 3' });
    await ok(`/api/pairings/${ids.pa}/activities/${acts[2]}/corrections`, {
      changes: { occurredOn: '2016-01-10' },
      reason: 'Sai năm: đợt ở cùng dân diễn ra đầu năm 2016',
    });
    // A 2015 review entered late under the old standard (near-poor at 450,000 đ), then restated under QĐ 59/2015 (poor).
    const { id: h3 } = await ok('/api/households', {
      communeId: ids.a,
      villageId: null,
      code: 'HN-03',
      head: { fullName: 'Katơr Văn Ba', birthYear: 1980, gender: 'male', idNumber: '060180000003' },
      ethnicity: 'Raglai',
      memberCount: 4,
      area: 'rural',
      registeredOn: '2013-09-01',
    });
    await ok(`/api/households/${h3}/assessments`, {
      reviewYear: 2015,
      assessedOn: '2015-11-15',
      incomePerCapitaVnd: 450_000,
      deprivations: [],
      standard: 'QD09_2011',
    });
    await ok(`/api/households/${h3}/assessments/2015/restate`, { reason: 'Kỳ rà soát 2015 áp dụng chuẩn QĐ 59/2015' });
    await h.settle();
    // The issued 2015 report downloads exactly as issued; the corrections appear in the 2016 report.
    expect((await supervisor.get('/api/reports/annual?year=2015')).body).toEqual(issued);
    const r = (await supervisor.get('/api/reports/annual?year=2016')).body;
    expect(r.restatement.previous).toMatchObject({
      documentNumber: '21-BC/BDVTU',
      year: 2015,
      position: issued.pinned.position,
      headHash: issued.pinned.headHash,
    });
    const changes = Object.fromEntries(r.restatement.changes.map((c: any) => [c.key, [c.before, c.after]]));
    expect(changes).toMatchObject({
      'activities.total': [5, 3],
      'activities.byKind.visit': [1, null],
      'activities.byKind.immersion_stay': [1, null],
      'resources.bySource.state_budget': [40_000_000, 20_000_000],
    });
    expect(r.restatement.reasons.map((x: any) => [x.type, x.typeLabel, x.reason])).toEqual([
      ['ActivityRecordVoided', 'Hủy bản ghi hoạt động', 'Ghi trùng với đợt thăm tháng 3'],
      ['ActivityRecordCorrected', 'Đính chính hoạt động', 'Sai năm: đợt ở cùng dân diễn ra đầu năm 2016'],
      ['AssessmentRestated', 'Tính lại kết quả rà soát hộ nghèo', 'Kỳ rà soát 2015 áp dụng chuẩn QĐ 59/2015'],
    ]);
    // The restated review reads in the audit trail as what changed and why.
    const trail = (await h.admin.get(`/api/audit/events?entityId=${h3}`)).body;
    expect(trail.items.map((e: any) => e.title)).toContain(
      'Tính lại kết quả rà soát năm 2015 của hộ HN-03 theo Quyết định 59/2015/QĐ-TTg: từ hộ cận nghèo (theo Quyết định 09/2011/QĐ-TTg) thành hộ nghèo. Lý do: Kỳ rà soát 2015 áp dụng chuẩn QĐ 59/2015',
    );
    expect(changes['households.poor']).toEqual([1, 2]);
    expect(r.pinned.position).toBeGreaterThan(issued.pinned.position);
    expect(textAgainstTables(reportDocument(r as Report))).toEqual([]);
  });

  it('sums a multi-year review (sơ kết)', async () => {
    const r = await h.admin.get('/api/reports/review?from=2013&to=2015');
    expect(r.status).toBe(200);
    expect(r.body.title).toBe(
      'BÁO CÁO SƠ KẾT 03 NĂM (2013 - 2015) THỰC HIỆN CÔNG TÁC GIAO LƯU, KẾT NGHĨA VỚI CÁC XÃ THUẦN ĐỒNG BÀO DÂN TỘC THIỂU SỐ',
    );
    expect(r.body.figures.activities.byYear).toEqual([
      { year: 2013, total: 0 },
      { year: 2014, total: 1 },
      { year: 2015, total: 3 },
    ]);
    // HN-01 and HN-02 poor in 2014, HN-01 out in 2015; HN-03 poor from its restated 2015 review.
    expect(r.body.figures.poverty.total.poor).toMatchObject({
      start: { total: 0 },
      newly: { total: 3 },
      exited: { total: 1 },
      end: { total: 2 },
    });
  });

  it('serves the same report as an XLSX workbook with typed cells and as a Vietnamese PDF', async () => {
    const xr = await fetch(`${h.baseUrl}/api/reports/annual?year=2015&format=xlsx`, {
      headers: { authorization: `Bearer ${supervisor.token}` },
    });
    expect([xr.status, xr.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xr.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Báo cáo',
      'I. Kết quả',
      'II. Hạn chế',
      'III. Phương hướng',
      'IV. Kiến nghị',
      'Phụ lục điều chỉnh',
    ]);
    const typed: Record<string, number> = {};
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          typed[c.type] = (typed[c.type] ?? 0) + 1;
        }),
      ),
    );
    expect(typed[ExcelJS.ValueType.Number]).toBeGreaterThan(20);
    expect(typed[ExcelJS.ValueType.Date] ?? 0).toBe(0); // the issued 2015 report predates the corrections
    const pr = await fetch(`${h.baseUrl}/api/reports/annual?year=2015&format=pdf`, {
      headers: { authorization: `Bearer ${supervisor.token}` },
    });
    expect([pr.status, pr.headers.get('content-type'), pr.headers.get('content-disposition')]).toEqual([
      200,
      'application/pdf',
      'attachment; filename="bao-cao-ket-nghia-2015.pdf"',
    ]);
    const pdf = Buffer.from(await pr.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = process.env.REPORT_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'kn-report-'));
    writeFileSync(path.join(dir, 'report-2015.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(dir, 'report-2015.pdf'), path.join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'report-2015.pdf'), '-']).toString();
    for (const line of [
      'TỈNH ỦY BÌNH THUẬN',
      'BAN DÂN VẬN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 21-BC/BDVTU',
      'Phan Thiết, ngày 20 tháng 12 năm 2015',
      'BÁO CÁO',
      'Kết quả công tác giao lưu, kết nghĩa năm 2015',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'II. HẠN CHẾ, NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Kết quả theo cơ quan, đơn vị',
      'Kết quả theo xã',
      'Tỷ lệ hộ nghèo',
      'Hộ nghèo, hộ cận nghèo theo dân tộc (cuối kỳ)',
      'Ra Glai',
      'Nơi nhận:',
      'K/T TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
      'Nguyễn Văn An',
    ])
      expect(text).toContain(line);
    // Downloaded again after the corrections: the same document.
    const again = await fetch(`${h.baseUrl}/api/reports/annual?year=2015&format=pdf`, {
      headers: { authorization: `Bearer ${supervisor.token}` },
    });
    writeFileSync(path.join(dir, 'again.pdf'), Buffer.from(await again.arrayBuffer()));
    expect(execFileSync('pdftotext', ['-layout', path.join(dir, 'again.pdf'), '-']).toString()).toBe(text);
    if (!process.env.REPORT_PDF_DIR) rmSync(dir, { recursive: true, force: true }); // set it to keep the pages for a look
  });

  it('answers bad input with 400 problem+json, and keeps staff out', async () => {
    for (const q of ['', '?year=abc', '?year=1999', '?year=2999', '?year=2015&format=docx', '?year=2015&extra=1']) {
      const r = await supervisor.raw(`/api/reports/annual${q}`, { method: 'GET' });
      expect([q, r.status, r.headers.get('content-type')?.split(';')[0]]).toEqual([q, 400, 'application/problem+json']);
    }
    expect((await supervisor.get('/api/reports/review?from=2015&to=2013')).body).toMatchObject({
      status: 400,
      errors: [{ field: 'from' }],
    });
    expect((await supervisor.get('/api/reports/review?from=2015')).status).toBe(400);
    const staff = await h.userWith('staff', { organizationId: ids.hnd });
    expect((await staff.get('/api/reports/annual?year=2015')).status).toBe(403);
    expect((await staff.post('/api/reports/annual/2016/draft', { sections: { causes: 'x' } })).status).toBe(403);
    for (const [path, body] of [
      ['/api/reports/annual/2016/draft', { sections: { summary: 'x' } }],
      ['/api/reports/annual/abc/draft', { sections: {} }],
      ['/api/reports/annual/2016/draft', {}],
      [
        '/api/reports/annual/2016/issue',
        { number: '1-BC/BDVTU', issuedOn: '2016-12-20', place: 'Phan Thiết', signer: { name: 'A' }, recipients: ['X'] },
      ],
      [
        '/api/reports/annual/2016/issue',
        {
          number: '1-BC/BDVTU',
          issuedOn: 'hôm nay',
          place: 'Phan Thiết',
          signer: { name: 'A', title: 'Trưởng ban' },
          recipients: ['X'],
        },
      ],
    ] as const) {
      const r = await supervisor.post(path, body);
      expect([path, r.status, r.headers.get('content-type')?.split(';')[0]]).toEqual([
        path,
        400,
        'application/problem+json',
      ]);
    }
    const auditor = await h.userWith('auditor');
    expect((await auditor.get('/api/reports/annual?year=2015')).status).toBe(200);
  });
});
