import { spec } from '../../../test/support/decider-spec.js';
import type { ProjectCommand } from './project.commands.js';
import { projectDecider } from './project.decide.js';
import type { ProjectEvent } from './project.events.js';
import {
  TODAY,
  approved,
  cancelled,
  completed,
  handedOver,
  progressed,
  proposed,
  started,
} from './project.fixtures.js';

const project = spec(projectDecider);

function propose(overrides: Record<string, unknown> = {}): ProjectCommand {
  return {
    type: 'ProposeProject',
    data: { ...proposed.data, unitActive: true, pairingCoversUnit: true, ...overrides },
  } as ProjectCommand;
}
const approve = (o: Record<string, unknown> = {}) =>
  ({
    type: 'ApproveProject',
    data: { approvedOn: '2014-02-20', decisionRef: '45/QĐ-UBND', today: TODAY, ...o },
  }) as ProjectCommand;
const start = (o: Record<string, unknown> = {}) =>
  ({ type: 'StartWork', data: { startedOn: '2014-03-05', today: TODAY, ...o } }) as ProjectCommand;
const progress = (o: Record<string, unknown> = {}) =>
  ({
    type: 'ReportProgress',
    data: { percent: 40, on: '2014-04-10', note: 'Đã dựng 24 cột', today: TODAY, ...o },
  }) as ProjectCommand;
const complete = (o: Record<string, unknown> = {}) =>
  ({
    type: 'CompleteProject',
    data: {
      completedOn: '2014-06-20',
      actualCostVnd: 118_000_000,
      outputs: { lights: 60 },
      beneficiaryHouseholds: 320,
      today: TODAY,
      ...o,
    },
  }) as ProjectCommand;
const handOver = (o: Record<string, unknown> = {}) =>
  ({
    type: 'HandOverProject',
    data: { handedOverOn: '2014-07-01', toAdminUnitId: proposed.data.adminUnitId, today: TODAY, ...o },
  }) as ProjectCommand;
const cancel = (o: Record<string, unknown> = {}) =>
  ({ type: 'CancelProject', data: { reason: 'Không bố trí được vốn', today: TODAY, ...o } }) as ProjectCommand;

const inProgress: ProjectEvent[] = [proposed, approved, started];

describe('the project lifecycle, step by step', () => {
  it.each<[string, ProjectEvent[], ProjectCommand, ProjectEvent]>([
    ['proposes', [], propose(), proposed],
    ['approves a proposal', [proposed], approve(), approved],
    ['starts approved work', [proposed, approved], start(), started],
    ['reports progress on work under way', inProgress, progress(), progressed],
    ['completes work under way', [...inProgress, progressed], complete(), completed],
    ['hands a completed project over', [...inProgress, completed], handOver(), handedOver],
    ['cancels an open project', [proposed], cancel(), cancelled],
  ])('%s', (_name, given, command, expected) => {
    project.given(given).when(command).then([expected]);
  });

  it('proposes a project tied to no pairing without asking whether a pairing covers the unit', () => {
    project
      .given([])
      .when(propose({ pairingId: null, pairingCoversUnit: false }))
      .then([{ ...proposed, data: { ...proposed.data, pairingId: null } } as ProjectEvent]);
  });

  it('keeps the cancellation date when one is given', () => {
    project
      .given([proposed, approved])
      .when(cancel({ cancelledOn: '2014-03-01' }))
      .then([{ type: 'ProjectCancelled', data: { reason: 'Không bố trí được vốn', cancelledOn: '2014-03-01' } }]);
  });

  it('accepts equal progress and a report of 100 %', () => {
    project
      .given([...inProgress, progressed])
      .when(progress({ percent: 40 }))
      .then([{ ...progressed }]);
    project
      .given([...inProgress, progressed])
      .when(progress({ percent: 100, on: '2014-06-01' }))
      .then([{ type: 'ProgressReported', data: { percent: 100, on: '2014-06-01', note: 'Đã dựng 24 cột' } }]);
  });
});

describe('project rules', () => {
  it.each<[string, ProjectEvent[], ProjectCommand]>([
    ['project.already_proposed', [proposed], propose()],
    ['project.category_unknown', [], propose({ category: 'stadium' })],
    ['project.title_required', [], propose({ title: '' })],
    ['project.planned_budget_invalid', [], propose({ plannedBudgetVnd: -1 })],
    ['twinning.invalid_date', [], propose({ plannedStartOn: '2014-3-1' })],
    ['project.planned_end_not_before_start', [], propose({ plannedEndOn: '2014-02-28' })],
    ['project.unit_must_be_active', [], propose({ unitActive: false })],
    ['project.pairing_must_cover_unit', [], propose({ pairingCoversUnit: false })],
    ['project.not_found', [], approve()],
    ['project.approve_requires_proposed', [proposed, approved], approve()],
    ['project.approved_on_in_future', [proposed], approve({ approvedOn: '2015-11-27' })],
    ['project.decision_ref_required', [proposed], approve({ decisionRef: '' })],
    ['project.start_requires_approved', [proposed], start()],
    ['project.started_on_in_future', [proposed, approved], start({ startedOn: '2016-01-01' })],
    ['project.start_not_before_approval', [proposed, approved], start({ startedOn: '2014-02-19' })],
    ['project.progress_requires_in_progress', [proposed, approved], progress()],
    ['project.progress_percent_range', inProgress, progress({ percent: 101 })],
    ['project.progress_percent_range', inProgress, progress({ percent: -1 })],
    ['project.progress_on_in_future', inProgress, progress({ on: '2016-01-01' })],
    ['project.progress_not_before_start', inProgress, progress({ on: '2014-03-04' })],
    [
      'project.progress_not_before_previous_report',
      [...inProgress, progressed],
      progress({ percent: 50, on: '2014-04-09' }),
    ],
    ['project.progress_never_decreases', [...inProgress, progressed], progress({ percent: 39, on: '2014-05-01' })],
    ['project.complete_requires_in_progress', [proposed, approved], complete()],
    ['project.completed_on_in_future', inProgress, complete({ completedOn: '2016-01-01' })],
    ['project.actual_cost_invalid', inProgress, complete({ actualCostVnd: -5 })],
    ['project.outputs_invalid', inProgress, complete({ outputs: { lights: -1 } })],
    ['project.beneficiary_households_invalid', inProgress, complete({ beneficiaryHouseholds: 2.5 })],
    ['project.completion_not_before_start', inProgress, complete({ completedOn: '2014-03-04' })],
    ['project.completion_not_before_start', [...inProgress, progressed], complete({ completedOn: '2014-04-09' })],
    ['project.hand_over_requires_completed', inProgress, handOver()],
    ['project.handed_over_on_in_future', [...inProgress, completed], handOver({ handedOverOn: '2016-01-01' })],
    ['project.hand_over_recipient_required', [...inProgress, completed], handOver({ toAdminUnitId: '' })],
    ['project.hand_over_not_before_completion', [...inProgress, completed], handOver({ handedOverOn: '2014-06-19' })],
    ['project.cancel_requires_open', [...inProgress, completed], cancel()],
    ['project.cancel_requires_open', [...inProgress, completed, handedOver], cancel()],
    ['project.cancel_reason_required', [proposed], cancel({ reason: ' ' })],
    ['project.cancelled_on_in_future', [proposed], cancel({ cancelledOn: '2016-01-01' })],
  ])('%s', (code, given, command) => {
    project.given(given).when(command).thenRejects(code);
  });

  it.each<[string, ProjectCommand]>([
    ['approve', approve()],
    ['start', start()],
    ['progress', progress()],
    ['complete', complete()],
    ['hand over', handOver()],
    ['cancel again', cancel()],
  ])('project.closed_after_cancel: %s', (_name, command) => {
    project.given([proposed, approved, cancelled]).when(command).thenRejects('project.closed_after_cancel');
  });
});

describe('a project follows its unit through a merge', () => {
  const SUCCESSOR = '8a0f8c5e-0c4e-4c36-9d55-3a0d1c1f0099';
  const transfer = (o: Record<string, unknown> = {}) =>
    ({
      type: 'TransferProject',
      data: {
        fromAdminUnitId: proposed.data.adminUnitId,
        toAdminUnitId: SUCCESSOR,
        effectiveOn: '2025-07-01',
        mergeDecisionRef: 'Nghị quyết 1671/NQ-UBTVQH15',
        ...o,
      },
    }) as ProjectCommand;
  const transferred: ProjectEvent = {
    type: 'ProjectTransferred',
    data: {
      fromAdminUnitId: proposed.data.adminUnitId,
      toAdminUnitId: SUCCESSOR,
      effectiveOn: '2025-07-01',
      mergeDecisionRef: 'Nghị quyết 1671/NQ-UBTVQH15',
    },
  };

  it.each<[string, ProjectEvent[]]>([
    ['an open project', [proposed, approved]],
    ['a completed project awaiting hand-over', [...inProgress, completed]],
  ])('moves %s to the successor', (_name, given) => {
    project.given(given).when(transfer()).then([transferred]);
  });

  it('belongs to the successor afterwards: a second move from the old unit is refused', () => {
    project.given([proposed, transferred]).when(transfer()).thenRejects('project.transfer_from_its_unit');
  });

  it.each<[string, ProjectEvent[], ProjectCommand]>([
    ['project.closed_after_cancel', [proposed, cancelled], transfer()],
    ['project.transfer_requires_not_handed_over', [...inProgress, completed, handedOver], transfer()],
    ['project.transfer_to_another_unit', [proposed], transfer({ toAdminUnitId: proposed.data.adminUnitId })],
    ['project.transfer_unit_required', [proposed], transfer({ toAdminUnitId: ' ' })],
    ['project.transfer_decision_required', [proposed], transfer({ mergeDecisionRef: '' })],
  ])('%s', (code, given, command) => {
    project.given(given).when(command).thenRejects(code);
  });
});
