import type { ProjectCategory, ProjectCommand } from '@kn/twinning';
import type { Step } from '../load/stream-writer.js';
import type { DemoCast } from './cast.js';
import { organizationAt, pairingPlace, type DemoPairing } from './pairing-place.js';
import { addDays, demoId, Random, roundTo } from './random.js';
import { REFORM_STAGE } from './reform.stages.js';
import { MERGE_DECISION } from './territory.data.js';
import { MERGER_ON } from './territory.plan.js';

const CATEGORIES: readonly { category: ProjectCategory; title: string; budget: [number, number]; output: string }[] = [
  { category: 'security_lighting', title: 'Công trình "Ánh sáng an ninh"', budget: [60, 180], output: 'lights' },
  { category: 'small_irrigation', title: 'Công trình thủy lợi nhỏ', budget: [150, 600], output: 'hectaresIrrigated' },
  { category: 'canal_dredging', title: 'Nạo vét kênh mương nội đồng', budget: [40, 200], output: 'metres' },
  {
    category: 'rural_road',
    title: 'Cải tạo, nâng cấp đường giao thông nông thôn',
    budget: [300, 1500],
    output: 'metres',
  },
  { category: 'dam_reinforcement', title: 'Gia cố đập thủy lợi', budget: [200, 900], output: 'metres' },
  { category: 'school', title: 'Xây dựng phòng học điểm trường', budget: [400, 1800], output: 'classrooms' },
  {
    category: 'clean_water',
    title: 'Công trình nước sạch tập trung',
    budget: [250, 1200],
    output: 'householdsConnected',
  },
  { category: 'housing', title: 'Nhà Đại đoàn kết cho hộ nghèo', budget: [200, 700], output: 'houses' },
  { category: 'other', title: 'Nhà văn hóa thôn', budget: [300, 900], output: 'buildings' },
];
const STATUSES = ['handed_over', 'completed', 'in_progress', 'approved', 'proposed', 'cancelled'] as const;
const CANCEL_REASONS = [
  'Không bố trí được vốn đối ứng',
  'Trùng với dự án thuộc Chương trình MTQG 1719 đã đầu tư',
  'Địa điểm không còn phù hợp sau sáp nhập xã',
];

/** One project of every category in every state, plus the early "Ánh sáng an ninh" campaign. */
export function projectSteps(
  seed: number,
  pairings: readonly DemoPairing[],
  cast: DemoCast,
  today: string,
): { projectId: string; steps: Step<ProjectCommand>[] }[] {
  const out: { projectId: string; steps: Step<ProjectCommand>[] }[] = [];
  const communes = pairings.filter((p) => p.unitKind === 'commune' && !p.end && p.establishedOn < '2014-01-01');
  let n = 0;
  for (const c of CATEGORIES) {
    const kinds =
      c.category === 'security_lighting' ? [...STATUSES, 'handed_over', 'handed_over', 'handed_over'] : STATUSES;
    for (const status of kinds) {
      const random = Random.for(seed, `project:${n}`);
      const pairing = communes[n++ % communes.length];
      const projectId = demoId(seed, `project:${c.category}:${n}`);
      // A lifecycle is cut at today: what comes later has not happened yet.
      const steps = followMerger(lifecycle(random, projectId, c, status, pairing, cast, today), pairing, cast).filter(
        (s) => s.date <= today,
      );
      if (steps.length) out.push({ projectId, steps });
    }
  }
  return out;
}

/**
 * A project on a commune that merged on 2025-07-01 moves to the merged commune that day (what
 * the `projects_follow_merges` automation does, written here at story time before the merge
 * event so the live automation finds nothing left to move), unless it was closed (cancelled or
 * handed over) before.
 */
function followMerger(steps: Step<ProjectCommand>[], p: DemoPairing, cast: DemoCast): Step<ProjectCommand>[] {
  const proposal = steps[0];
  if (!proposal || proposal.command.type !== 'ProposeProject' || proposal.date >= MERGER_ON) return steps;
  const unit = proposal.command.data.adminUnitId;
  const successor = p.commune.successorId;
  if (p.unitKind !== 'commune' || unit !== p.commune.id || successor === unit) return steps;
  const closed = (type: string) => type === 'CancelProject' || type === 'HandOverProject';
  if (steps.some((s) => closed(s.command.type) && s.date < MERGER_ON)) return steps;
  const transfer: Step<ProjectCommand> = {
    date: MERGER_ON,
    actor: cast.system,
    stage: REFORM_STAGE.followers,
    causedBy: `commune:${successor}`,
    command: {
      type: 'TransferProject',
      data: {
        fromAdminUnitId: unit,
        toAdminUnitId: successor,
        effectiveOn: MERGER_ON,
        mergeDecisionRef: MERGE_DECISION,
      },
    },
  };
  const at = steps.findIndex((s) => s.date > MERGER_ON);
  return at < 0 ? [...steps, transfer] : [...steps.slice(0, at), transfer, ...steps.slice(at)];
}

function startOf(random: Random, status: string, category: string): string {
  if (status === 'handed_over')
    return category === 'security_lighting'
      ? random.dateBetween('2013-10-01', '2015-06-30')
      : random.dateBetween('2014-01-01', '2022-06-30');
  if (status === 'completed') return random.dateBetween('2023-06-01', '2025-01-31');
  if (status === 'in_progress') return random.dateBetween('2025-08-01', '2026-03-31');
  if (status === 'cancelled') return random.dateBetween('2016-01-01', '2024-06-30');
  return random.dateBetween('2026-05-01', '2026-09-30');
}

function lifecycle(
  random: Random,
  projectId: string,
  c: (typeof CATEGORIES)[number],
  status: string,
  p: DemoPairing,
  cast: DemoCast,
  today: string,
): Step<ProjectCommand>[] {
  let date = startOf(random, status, c.category);
  const at = () => date;
  const later = (min: number, max: number) => (date = addDays(date, random.int(min, max)));
  const budget = roundTo(random.int(c.budget[0], c.budget[1]) * 1_000_000, 5_000_000);
  const unit = pairingPlace(p, date);
  const staff = cast.staff(p.organization.id);
  const steps: Step<ProjectCommand>[] = [
    {
      date,
      actor: staff,
      command: {
        type: 'ProposeProject',
        data: {
          projectId,
          adminUnitId: unit,
          pairingId: p.id,
          category: c.category,
          title: `${c.title} ${p.commune.name}`,
          plannedBudgetVnd: budget,
          plannedStartOn: addDays(date, 60),
          plannedEndOn: addDays(date, 240),
          unitActive: true,
          pairingCoversUnit: true,
        },
      },
    },
  ];
  const push = (actor: Step<ProjectCommand>['actor'], command: ProjectCommand, reason?: string) =>
    steps.push({ date: at(), actor, command, reason });
  const cancelAt = status === 'cancelled' ? random.int(0, 2) : -1;
  const cancel = () => {
    const reason = random.pick(CANCEL_REASONS);
    push(cast.supervisor, { type: 'CancelProject', data: { reason, cancelledOn: later(5, 40), today } }, reason);
    return steps;
  };
  if (status === 'proposed' || cancelAt === 0) return cancelAt === 0 ? cancel() : steps;
  push(cast.supervisor, {
    type: 'ApproveProject',
    data: { approvedOn: later(10, 45), decisionRef: `${random.int(10, 400)}/QĐ-UBND`, today },
  });
  push(staff, {
    type: 'PledgeFunding',
    data: {
      source: 'social_mobilization',
      amountVnd: roundTo(budget * 0.4, 1_000_000),
      on: later(1, 20),
      sponsorOrganizationId: organizationAt(p, at()).id,
      sponsorName: null,
      today,
    },
  });
  push(staff, {
    type: 'PledgeFunding',
    data: {
      source: 'state_budget',
      amountVnd: roundTo(budget * 0.6, 1_000_000),
      on: later(1, 20),
      sponsorOrganizationId: null,
      sponsorName: 'Ngân sách tỉnh',
      today,
    },
  });
  if (status === 'approved' || cancelAt === 1) return cancelAt === 1 ? cancel() : steps;
  push(staff, {
    type: 'ReceiveFunds',
    data: {
      source: 'social_mobilization',
      amountVnd: roundTo(budget * 0.4, 1_000_000),
      on: later(5, 30),
      sponsorOrganizationId: organizationAt(p, at()).id,
      sponsorName: null,
      today,
    },
  });
  push(staff, { type: 'StartWork', data: { startedOn: later(5, 30), today } });
  for (const percent of status === 'in_progress' ? [20, 45] : [30, 60, 90])
    push(staff, {
      type: 'ReportProgress',
      data: { percent, on: later(20, 50), note: `Hoàn thành ${percent}% khối lượng`, today },
    });
  if (status === 'in_progress' || cancelAt === 2) return cancelAt === 2 ? cancel() : steps;
  push(staff, {
    type: 'ReceiveFunds',
    data: {
      source: 'state_budget',
      amountVnd: roundTo(budget * 0.6, 1_000_000),
      on: later(5, 20),
      sponsorOrganizationId: null,
      sponsorName: 'Ngân sách tỉnh',
      today,
    },
  });
  const cost = roundTo(budget * (0.9 + random.next() * 0.12), 1_000_000);
  push(staff, {
    type: 'CompleteProject',
    data: {
      completedOn: later(10, 40),
      actualCostVnd: cost,
      outputs: { [c.output]: random.int(5, 120) },
      beneficiaryHouseholds: random.int(30, 400),
      today,
    },
  });
  if (status === 'completed') return steps;
  push(staff, {
    type: 'HandOverProject',
    data: { handedOverOn: later(7, 30), toAdminUnitId: pairingPlace(p, at()), today },
  });
  return steps;
}
