import { CommandPipeline } from '@kn/platform';
import { UserAudit, UsersService } from '@kn/identity';
import { PersonalDataVault } from '@kn/households';
import { castOf, createDemoUsers, hasNoBusinessData, seedDemo, type DemoReport, type DemoUser } from '@kn/demo';
import { vietnamDate } from '@kn/shared';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportDocument, textAgainstTables, type Report } from '@kn/reporting';
import { client, startApi, type Harness } from '../support/api-harness.js';

const HOUSEHOLDS = 100;

/** The demo province loaded through the real pipeline into a fresh store, read back through the API. */
describe('demo province (e2e)', () => {
  let h: Harness;
  let report: DemoReport;
  let users: DemoUser[];

  beforeAll(async () => {
    h = await startApi();
    expect(await hasNoBusinessData(h.infra.store)).toBe(true);
    users = await createDemoUsers(h.app.get(UsersService), h.app.get(UserAudit), 2013);
    report = await seedDemo(
      {
        pipeline: h.app.get(CommandPipeline),
        vault: h.app.get(PersonalDataVault),
        cast: castOf(users.map((u) => u.actor)),
      },
      { seed: 2013, households: HOUSEHOLDS, today: vietnamDate(new Date()) },
    );
    // The read models catch up on tens of thousands of events: wait in rounds.
    for (let round = 0; ; round++) {
      try {
        await h.settle();
        break;
      } catch (e) {
        if (round > 20) throw e;
      }
    }
  }, 1_200_000);
  afterAll(() => h?.close());

  it('wrote the story and the store is no longer empty', async () => {
    expect(report.events).toBeGreaterThan(HOUSEHOLDS * 10);
    expect(await hasNoBusinessData(h.infra.store)).toBe(false);
  });

  it('coverage is below 100 % and lists the unpaired target commune', async () => {
    const r = await h.admin.get('/api/coverage');
    expect(r.status).toBe(200);
    expect(r.body.percent).toBeLessThan(100);
    expect(r.body.percent).toBeGreaterThan(80);
    expect(r.body.unpaired.map((u: { name: string }) => u.name)).toEqual(['Suối Kiết']);
    const y2014 = await h.admin.get('/api/coverage?year=2014');
    expect(y2014.body.pairedCommunes).toBeLessThan(y2014.body.targetCommunes);
  });

  it('lists the households, each reviewed, with poverty dynamics for the years', async () => {
    const r = await h.admin.get('/api/households?limit=5');
    expect(r.body.total).toBe(HOUSEHOLDS);
    const dynamics = await h.admin.get('/api/poverty-dynamics?year=2023');
    expect(dynamics.status).toBe(200);
    expect(dynamics.body.items.length).toBeGreaterThan(5);
    const sum = (key: string) =>
      dynamics.body.items.reduce(
        (s: number, row: Record<string, { total?: number } | number>) => s + figure(row, key),
        0,
      );
    expect(sum('exitedPoverty')).toBeGreaterThan(0);
  });

  it('has activities of every kind and projects in every status', async () => {
    for (const kind of ['visit', 'gift', 'exchange', 'outreach', 'immersion_stay', 'study_tour', 'volunteer_work']) {
      expect((await h.admin.get(`/api/activities?kind=${kind}&limit=1`)).body.total).toBeGreaterThan(0);
    }
    for (const status of ['proposed', 'approved', 'in_progress', 'completed', 'handed_over', 'cancelled']) {
      expect((await h.admin.get(`/api/projects?status=${status}&limit=1`)).body.total).toBeGreaterThan(0);
    }
  });

  it('has commitments open, overdue, fulfilled and cancelled', async () => {
    for (const status of ['open', 'overdue', 'fulfilled', 'cancelled']) {
      expect((await h.admin.get(`/api/commitments?status=${status}&limit=1`)).body.total).toBeGreaterThan(0);
    }
  });

  it('ends the districts and merges communes on 2025-07-01', async () => {
    expect((await h.admin.get('/api/admin-units?kind=district&status=dissolved&limit=50')).body.total).toBe(10);
    expect((await h.admin.get('/api/admin-units?kind=commune&status=merged&limit=1')).body.total).toBeGreaterThan(40);
  });

  it('reads Lâm Đồng after 2025-07-01 and Bình Thuận before, as recorded at the time', async () => {
    const t = report.plan.territory;
    const active = await h.admin.get('/api/admin-units?kind=province&status=active');
    expect(active.body.items.map((u: { name: string }) => u.name)).toEqual(['Lâm Đồng']);
    const communes = await h.admin.get(
      `/api/admin-units?kind=commune&status=active&parentId=${t.mergedProvince.id}&limit=200`,
    );
    expect(communes.body.total).toBe(
      (await h.admin.get('/api/admin-units?kind=commune&status=active&limit=1')).body.total,
    );
    const then = await h.admin.get(`/api/admin-units/${t.province.id}?asOf=2016-01-15T00:00:00%2B07:00`);
    expect(then.body).toMatchObject({ name: 'Bình Thuận', status: 'active', successorId: null });
    expect((await h.admin.get(`/api/admin-units/${t.mergedProvince.id}?asOf=2016-01-15T00:00:00%2B07:00`)).status).toBe(
      404,
    );
    expect((await h.admin.get(`/api/admin-units/${t.province.id}`)).body).toMatchObject({
      status: 'merged',
      successorId: t.mergedProvince.id,
    });
  });

  it('records each event at its story time: the log as of 15/01/2016 holds 2013–2015 and nothing later', async () => {
    const asOf = encodeURIComponent('2016-01-15T00:00:00+07:00');
    const d2015 = await h.admin.get(`/api/dashboard?year=2015&asOf=${asOf}`);
    expect(d2015.body.activities.total).toBeGreaterThan(20);
    expect(d2015.body.activities).toEqual((await h.admin.get('/api/dashboard?year=2015')).body.activities);
    expect((await h.admin.get(`/api/dashboard?year=2020&asOf=${asOf}`)).body.activities.total).toBe(0);
    const province = await h.admin.get(`/api/audit/streams/adminunit-${report.plan.territory.province.id}`);
    expect(new Date(province.body.events[0].recordedAt).toISOString().slice(0, 10)).toBe('2013-01-01');
    // The audit trail up to 15/01/2016: the province as it was known then, established and not yet merged.
    const t = report.plan.territory;
    const trail = await h.admin.get(`/api/audit/events?entityId=adminunit-${t.province.id}&to=${asOf}&limit=50`);
    expect(trail.status).toBe(200);
    const titles: string[] = trail.body.items.map((i: { title: string }) => i.title);
    expect(titles.some((x) => x.startsWith('Thành lập') && x.includes('Bình Thuận'))).toBe(true);
    expect(trail.body.items.map((i: { type: string }) => i.type)).not.toContain('AdministrativeUnitMergedInto');
    const later = await h.admin.get(`/api/audit/events?entityId=adminunit-${t.province.id}&limit=50`);
    expect(later.body.items.map((i: { type: string }) => i.type)).toContain('AdministrativeUnitMergedInto');
    // Lâm Đồng (the merged province) is not in the trail of that day at all.
    const merged = await h.admin.get(`/api/audit/events?entityId=adminunit-${t.mergedProvince.id}&to=${asOf}`);
    expect(merged.body.items).toEqual([]);
  });

  it('reaches today: the current year has activities and its review, a household timeline ends with the 2026 review', async () => {
    const year = Number(vietnamDate(new Date()).slice(0, 4));
    expect((await h.admin.get(`/api/dashboard?year=${year}`)).body.activities.total).toBeGreaterThan(10);
    const reviewed = await h.admin.get(`/api/households?limit=50`);
    const ids: string[] = reviewed.body.items.map((x: { id: string }) => x.id);
    let found = false;
    for (const id of ids) {
      const timeline = await h.admin.get(`/api/households/${id}/timeline`);
      const items = JSON.stringify(timeline.body);
      if (items.includes('"reviewYear":2026')) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
  });

  it('re-homes the projects of merged communes at story time, the merge as causation', async () => {
    const projects = await h.admin.get('/api/projects?limit=200');
    const moved = projects.body.items.filter((p: { transfers?: unknown[] }) => p.transfers?.length);
    expect(moved.length).toBeGreaterThan(0);
    const stream = await h.admin.get(`/api/audit/streams/project-${moved[0].id}`);
    const transfer = stream.body.events.find((e: { type: string }) => e.type === 'ProjectTransferred');
    expect(new Date(transfer.recordedAt).toISOString().slice(0, 10)).toBe('2025-07-01');
    expect(transfer.metadata.causationId).toEqual(expect.any(String));
    // Projects in hand on communes that merged all moved (none was left for the live automation at load time).
    const merged = await h.admin.get('/api/admin-units?kind=commune&status=merged&limit=200');
    const mergedIds = new Set(merged.body.items.map((u: { id: string }) => u.id));
    const left = projects.body.items.filter(
      (p: { adminUnitId: string; status: string }) =>
        mergedIds.has(p.adminUnitId) && !['cancelled', 'handed_over'].includes(p.status),
    );
    expect(left).toEqual([]);
  });

  it('reads 2015 under the units of 2015 or of today: the same province totals, fewer communes today', async () => {
    const then = (await h.admin.get('/api/dashboard?year=2015')).body;
    const today = (await h.admin.get('/api/dashboard?year=2015&boundaries=today')).body;
    expect(today.activities.total).toBe(then.activities.total);
    expect(today.households.poor).toBe(then.households.poor);
    expect(today.coverage.targetCommunes).toBeLessThan(then.coverage.targetCommunes);
    const coverage = async (b: string) => (await h.admin.get(`/api/coverage?year=2015&boundaries=${b}`)).body;
    expect((await coverage('today')).targetCommunes).toBeLessThan((await coverage('then')).targetCommunes);
    const figure = (await h.admin.get('/api/dashboard/figures/coverage.targetCommunes?year=2015&boundaries=today'))
      .body;
    expect(figure.value).toBe(today.coverage.targetCommunes);
  });

  it('gives every role a demo user who can sign in', async () => {
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['supervisor', 'staff', 'commune_officer', 'auditor']));
    const auditor = users.find((u) => u.role === 'auditor') as DemoUser;
    const login = await client(h.baseUrl, null).post('/api/auth/login', {
      username: auditor.username,
      password: auditor.password,
    });
    expect(login.status).toBe(200);
  });

  it('keeps the audit chain intact', async () => {
    const r = await h.admin.get('/api/audit/verify');
    expect(r.body.ok).toBe(true);
    expect(r.body.checked).toBeGreaterThanOrEqual(report.events);
  });

  it('issues the 2015 report and drafts 2025: Party reports with sections I–IV, tables by organisation and commune, poverty rates; text equals tables', async () => {
    const sections = {
      limitations: 'Các hoạt động chủ yếu dưới hình thức cho tặng quà, mang tính phong trào.',
      causes: 'Nguồn lực còn hạn chế; phối hợp chưa thường xuyên.',
      directions: 'Duy trì và mở rộng kết nghĩa với các xã thuần đồng bào DTTS và thôn xen ghép.',
      recommendations: 'Đề nghị Thường trực Tỉnh ủy chỉ đạo các đơn vị bố trí kinh phí.',
    };
    const dir = process.env.REPORT_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'kn-demo-report-'));
    const pdfText = async (year: number) => {
      const r = await fetch(`${h.baseUrl}/api/reports/annual?year=${year}&format=pdf`, {
        headers: { authorization: `Bearer ${h.admin.token}` },
      });
      expect(r.status).toBe(200);
      const file = path.join(dir, `demo-${year}.pdf`);
      writeFileSync(file, Buffer.from(await r.arrayBuffer()));
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, path.join(dir, `demo-${year}-page`)]);
      return execFileSync('pdftotext', ['-layout', file, '-']).toString();
    };
    // The demo's supervisor drafted every past year in December: four written sections already.
    const drafted = (await h.admin.get('/api/reports/annual?year=2015')).body as { status: string; sections: object };
    expect(drafted.status).toBe('draft');
    for (const k of Object.keys(sections)) expect((drafted.sections as Record<string, string>)[k]).toMatch(/^- \S/);
    expect((await h.admin.post('/api/reports/annual/2015/draft', { sections })).status).toBe(200); // edited
    const issued = await h.admin.post('/api/reports/annual/2015/issue', {
      number: '21-BC/BDVTU',
      issuedOn: '2015-11-26',
      place: 'Phan Thiết',
      signer: { name: 'Nguyễn Văn An', title: 'Phó Trưởng ban' },
      recipients: [
        'Thường trực Tỉnh ủy',
        'Ủy ban Mặt trận Tổ quốc tỉnh',
        'Các đoàn thể chính trị - xã hội tỉnh',
        'Văn phòng Tỉnh ủy',
      ],
    });
    expect(issued.status).toBe(200);
    const r2015 = (await h.admin.get('/api/reports/annual?year=2015')).body as Report;
    expect(textAgainstTables(reportDocument(r2015))).toEqual([]);
    expect(r2015.figures.byCommune.total.povertyRate).toBeGreaterThan(0);
    const t2015 = await pdfText(2015);
    for (const line of [
      'TỈNH ỦY BÌNH THUẬN',
      'BAN DÂN VẬN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 21-BC/BDVTU',
      'Phan Thiết, ngày 26 tháng 11 năm 2015',
      'BÁO CÁO',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'II. HẠN CHẾ, NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Kết quả theo cơ quan, đơn vị',
      'Kết quả theo xã',
      'Tỷ lệ hộ nghèo cuối kỳ ở các xã đã có số hộ dân cư',
      'Nơi nhận:',
      'K/T TRƯỞNG BAN',
    ])
      expect(t2015).toContain(line);
    expect((await h.admin.post('/api/reports/annual/2025/draft', { sections })).status).toBe(200);
    const r2025 = (await h.admin.get('/api/reports/annual?year=2025')).body as Report;
    expect(r2025.status).toBe('draft');
    expect(textAgainstTables(reportDocument(r2025))).toEqual([]);
    expect(r2025.figures.byCommune.total.povertyRate).toBeGreaterThan(0);
    const t2025 = await pdfText(2025);
    for (const line of [
      'TỈNH ỦY LÂM ĐỒNG',
      'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Kết quả theo xã',
      'DỰ THẢO',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ])
      expect(t2025).toContain(line);
    if (!process.env.REPORT_PDF_DIR) rmSync(dir, { recursive: true, force: true }); // set it to keep the PDFs and page-1 PNGs for a look
  }, 300_000);
});

function figure(row: Record<string, unknown>, key: string): number {
  const poor = row['poor'] as Record<string, unknown> | undefined;
  const v = (poor?.[key] ?? row[key]) as { total?: number } | number | undefined;
  return typeof v === 'number' ? v : (v?.total ?? 0);
}
