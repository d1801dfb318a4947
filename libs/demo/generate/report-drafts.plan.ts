import type { DraftAnnualReport } from '@kn/reporting';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import { Random } from './random.js';
import { MERGER_ON, PROGRAM_START } from './territory.plan.js';

/**
 * Each year's annual report as the Ban's supervisor drafts it in mid-December: the four sections
 * the figures cannot write (hạn chế, nguyên nhân, phương hướng, kiến nghị), so the demo's reports
 * read as documents a standing committee receives. The wording is invented for the demo (phrases
 * of the kind such reports use); the figures of section I come from the log, as always.
 * A year is drafted once its drafting day has come (the current year only from 15 December).
 */
export const DRAFTED_ON = '12-15';

const LIMITATIONS = [
  'Một số cặp kết nghĩa duy trì hoạt động chưa thường xuyên, chủ yếu vào dịp lễ, Tết.',
  'Việc theo dõi, đánh giá kết quả hỗ trợ hộ nghèo sau kết nghĩa ở một số xã chưa chặt chẽ.',
  'Nội dung giao lưu ở một số nơi còn đơn điệu, chưa gắn với nhu cầu thực tế của thôn, bản.',
  'Chế độ thông tin, báo cáo của một số cơ quan, đơn vị chưa kịp thời, đầy đủ.',
  'Việc nhân rộng các mô hình sản xuất hiệu quả sau các chuyến học tập còn chậm.',
];
const CAUSES = [
  'Địa bàn rộng, giao thông đi lại khó khăn, nhất là vào mùa mưa.',
  'Nguồn lực của một số cơ quan, đơn vị còn hạn chế; việc vận động xã hội hóa chưa đồng đều.',
  'Một số cấp ủy, người đứng đầu chưa thật sự quan tâm chỉ đạo công tác kết nghĩa.',
  'Cán bộ làm công tác dân vận ở cơ sở thay đổi thường xuyên, kinh nghiệm còn hạn chế.',
];
const DIRECTIONS = [
  'Tiếp tục duy trì, nâng cao chất lượng các cặp kết nghĩa; mỗi cơ quan, đơn vị xây dựng kế hoạch năm cụ thể, sát thực tế.',
  'Tăng cường các đợt "cùng ăn, cùng ở, cùng suy nghĩ, cùng làm" với hộ nghèo đồng bào dân tộc thiểu số.',
  'Mỗi hộ nghèo có ít nhất một cam kết hỗ trợ cụ thể của tập thể, cá nhân; theo dõi đến khi thoát nghèo bền vững.',
  'Tổ chức cho cán bộ, người có uy tín ở các xã đi học tập mô hình sản xuất hiệu quả ở địa bàn khác.',
  'Phát huy vai trò chủ động của các xã trong việc đề xuất nội dung, hình thức giao lưu.',
];
const RECOMMENDATIONS = [
  'Đề nghị Thường trực Tỉnh ủy tiếp tục quan tâm chỉ đạo các cấp ủy, cơ quan, đơn vị thực hiện nghiêm túc chủ trương kết nghĩa.',
  'Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ các xã đặc biệt khó khăn thực hiện công trình dân sinh.',
  'Đề nghị các doanh nghiệp trên địa bàn tham gia kết nghĩa, hỗ trợ sinh kế cho hộ nghèo.',
];

export function reportDraftSteps(seed: number, cast: DemoCast, today: string): Step<DraftAnnualReport>[] {
  const steps: Step<DraftAnnualReport>[] = [];
  for (let year = Number(PROGRAM_START.slice(0, 4)); ; year++) {
    const date = `${year}-${DRAFTED_ON}`;
    if (date > today) break;
    const r = Random.for(seed, `report-draft:${year}`);
    const some = (pool: readonly string[], n: number) =>
      pool
        .map((text) => ({ text, k: r.next() }))
        .sort((a, b) => a.k - b.k)
        .slice(0, n)
        .map((x) => `- ${x.text}`)
        .join('\n');
    const reform =
      date >= MERGER_ON && Number(MERGER_ON.slice(0, 4)) === year
        ? '\n- Rà soát, kiện toàn các cặp kết nghĩa sau sắp xếp đơn vị hành chính và tổ chức bộ máy từ ngày 01/7/2025.'
        : '';
    steps.push({
      date,
      actor: cast.supervisor,
      command: {
        type: 'DraftAnnualReport',
        data: {
          year,
          sections: {
            limitations: some(LIMITATIONS, 2),
            causes: some(CAUSES, 2),
            directions: `${some(DIRECTIONS, 3)}${reform}`,
            recommendations: some(RECOMMENDATIONS, 2),
          },
          today: date,
        },
      },
    });
  }
  return steps;
}
