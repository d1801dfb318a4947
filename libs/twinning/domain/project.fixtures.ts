import type { ProjectCommand } from './project.commands.js';
import type {
  FundingPledged,
  ProjectApproved,
  ProjectCancelled,
  ProjectCompleted,
  ProjectHandedOver,
  ProjectProposed,
  ProgressReported,
  WorkStarted,
} from './project.events.js';
import { PAIRING_ID, TODAY, UNIT_ID } from './pairing.fixtures.js';

/** Sample project lifecycle for specs: a "Ánh sáng an ninh" lighting project in 2014. */
export const PROJECT_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0010';
export const SPONSOR_ID = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0011';
export { TODAY, UNIT_ID };

export const proposed: ProjectProposed = {
  type: 'ProjectProposed',
  data: {
    projectId: PROJECT_ID,
    adminUnitId: UNIT_ID,
    pairingId: PAIRING_ID,
    category: 'security_lighting',
    title: 'Ánh sáng an ninh thôn 1',
    plannedBudgetVnd: 120_000_000,
    plannedStartOn: '2014-03-01',
    plannedEndOn: '2014-06-30',
  },
};
export const approved: ProjectApproved = {
  type: 'ProjectApproved',
  data: { approvedOn: '2014-02-20', decisionRef: '45/QĐ-UBND' },
};
export const started: WorkStarted = { type: 'WorkStarted', data: { startedOn: '2014-03-05' } };
export const progressed: ProgressReported = {
  type: 'ProgressReported',
  data: { percent: 40, on: '2014-04-10', note: 'Đã dựng 24 cột' },
};
export const completed: ProjectCompleted = {
  type: 'ProjectCompleted',
  data: { completedOn: '2014-06-20', actualCostVnd: 118_000_000, outputs: { lights: 60 }, beneficiaryHouseholds: 320 },
};
export const handedOver: ProjectHandedOver = {
  type: 'ProjectHandedOver',
  data: { handedOverOn: '2014-07-01', toAdminUnitId: UNIT_ID },
};
export const cancelled: ProjectCancelled = {
  type: 'ProjectCancelled',
  data: { reason: 'Không bố trí được vốn', cancelledOn: null },
};
export const pledged: FundingPledged = {
  type: 'FundingPledged',
  data: {
    source: 'enterprise',
    amountVnd: 50_000_000,
    on: '2014-02-01',
    sponsorOrganizationId: SPONSOR_ID,
    sponsorName: null,
  },
};

export function pledge(
  overrides: Record<string, unknown> = {},
  type: 'PledgeFunding' | 'ReceiveFunds' = 'PledgeFunding',
): ProjectCommand {
  return {
    type,
    data: {
      source: 'enterprise',
      amountVnd: 50_000_000,
      on: '2014-02-01',
      sponsorOrganizationId: SPONSOR_ID,
      sponsorName: null,
      today: TODAY,
      ...overrides,
    },
  } as ProjectCommand;
}
