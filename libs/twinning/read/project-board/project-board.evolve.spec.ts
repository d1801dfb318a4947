import {
  PROJECT_ID,
  SPONSOR_ID,
  UNIT_ID,
  approved,
  cancelled,
  completed,
  handedOver,
  pledged,
  progressed,
  proposed,
  started,
} from '../../domain/project.fixtures.js';
import type { ProjectEvent } from '../../domain/project.events.js';
import type { StoredEvent } from '../event-data.js';
import { evolveProjectBoard } from './project-board.evolve.js';
import type { ProjectBoardEntry } from './project-board.evolve.js';

const board = (events: readonly StoredEvent[]) => events.reduce<ProjectBoardEntry | null>(evolveProjectBoard, null);

const received: ProjectEvent = {
  type: 'FundsReceived',
  data: {
    source: 'state_budget',
    amountVnd: 70_000_000,
    on: '2014-03-01',
    sponsorOrganizationId: null,
    sponsorName: null,
  },
};

describe('project board', () => {
  it('shows a proposal with nothing funded yet', () => {
    expect(board([proposed])).toMatchObject({
      id: PROJECT_ID,
      status: 'proposed',
      category: 'security_lighting',
      progress: 0,
      pledgedVnd: 0,
      receivedVnd: 0,
      actualCostVnd: null,
    });
  });

  it('follows the lifecycle to hand-over', () => {
    expect(board([proposed, approved, started])).toMatchObject({
      status: 'in_progress',
      approvedOn: '2014-02-20',
      startedOn: '2014-03-05',
    });
    expect(board([proposed, approved, started, progressed])).toMatchObject({
      progress: 40,
      lastProgressOn: '2014-04-10',
    });
    expect(board([proposed, approved, started, progressed, completed])).toMatchObject({
      status: 'completed',
      progress: 100,
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
    });
    expect(board([proposed, approved, started, completed, handedOver])).toMatchObject({
      status: 'handed_over',
      handedOverOn: '2014-07-01',
      handedOverToAdminUnitId: UNIT_ID,
    });
  });

  it('shows a cancellation', () => {
    expect(board([proposed, cancelled])).toMatchObject({ status: 'cancelled', cancelReason: 'Không bố trí được vốn' });
  });

  it('totals money pledged and received, overall and by source', () => {
    const entry = board([proposed, pledged, pledged, received]);
    expect(entry).toMatchObject({ pledgedVnd: 100_000_000, receivedVnd: 70_000_000 });
    expect(entry?.bySource).toMatchObject({
      enterprise: { pledgedVnd: 100_000_000, receivedVnd: 0 },
      state_budget: { pledgedVnd: 0, receivedVnd: 70_000_000 },
      individual: { pledgedVnd: 0, receivedVnd: 0 },
    });
    expect(SPONSOR_ID).toBe(pledged.data.sponsorOrganizationId);
  });

  it('never throws on damaged or unknown event data', () => {
    const damaged: StoredEvent[] = [
      { type: 'ProjectApproved', data: {} },
      { type: 'ProjectProposed', data: null },
      { type: 'ProgressReported', data: { percent: 'half' } },
      { type: 'ProjectCompleted', data: { outputs: 'many', actualCostVnd: null } },
      { type: 'FundingPledged', data: { amountVnd: 'lots' } },
      { type: 'FundsReceived', data: { source: 'lottery', amountVnd: 5 } },
      { type: 'SomethingNew', data: [] },
    ];
    expect(() => board(damaged)).not.toThrow();
    expect(board(damaged)).toMatchObject({
      status: 'completed',
      progress: 100,
      outputs: {},
      receivedVnd: 5,
      bySource: { lottery: { receivedVnd: 5 } },
    });
  });
});

describe('a project re-homed by a merge', () => {
  it('belongs to the successor and keeps the units it had, with the decision', () => {
    const moved: ProjectEvent = {
      type: 'ProjectTransferred',
      data: {
        fromAdminUnitId: UNIT_ID,
        toAdminUnitId: 'successor',
        effectiveOn: '2025-07-01',
        mergeDecisionRef: 'Nghị quyết 1671/NQ-UBTVQH15',
      },
    };
    expect(board([proposed, approved, moved])).toMatchObject({
      adminUnitId: 'successor',
      status: 'approved',
      unitHistory: [
        { adminUnitId: UNIT_ID, from: null },
        { adminUnitId: 'successor', from: '2025-07-01' },
      ],
      transfers: [
        { fromAdminUnitId: UNIT_ID, toAdminUnitId: 'successor', mergeDecisionRef: 'Nghị quyết 1671/NQ-UBTVQH15' },
      ],
    });
    expect(board([proposed, { ...moved, data: { ...moved.data, toAdminUnitId: 42 } } as StoredEvent])).toEqual(
      board([proposed]),
    );
  });
});
