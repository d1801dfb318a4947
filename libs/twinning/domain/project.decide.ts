import type { Decider } from '@kn/shared';
import { assertNever, ensure, ensureValid } from '@kn/shared';
import { checkDate, checkPastDate, isNonNegativeInteger, isRecord, isText } from './input.guards.js';
import type {
  ApproveProject,
  CompleteProject,
  HandOverProject,
  ProjectCommand,
  ProposeProject,
  ReportProgress,
  StartWork,
  TransferProject,
} from './project.commands.js';
import type { ProjectEvent } from './project.events.js';
import { evolveProject, initialProjectState, liveProject } from './project.state.js';
import type { ProjectState } from './project.state.js';
import { cancelProject, pledgeFunding, receiveFunds } from './project-funding.decide.js';
import { PROJECT_CATEGORIES, isOneOf } from './twinning.labels.js';

function checkProposal(command: ProposeProject['data']): void {
  ensureValid(
    'project.category_unknown',
    isOneOf(PROJECT_CATEGORIES, command.category),
    `category must be one of ${PROJECT_CATEGORIES.join(', ')}`,
    'category',
  );
  ensureValid('project.title_required', isText(command.title), 'a project needs a title', 'title');
  ensureValid(
    'project.planned_budget_invalid',
    isNonNegativeInteger(command.plannedBudgetVnd),
    'plannedBudgetVnd is an integer ≥ 0',
    'plannedBudgetVnd',
  );
  checkDate(command.plannedStartOn, 'plannedStartOn');
  checkDate(command.plannedEndOn, 'plannedEndOn');
  ensureValid(
    'project.planned_end_not_before_start',
    command.plannedEndOn >= command.plannedStartOn,
    'plannedEndOn is before plannedStartOn',
    'plannedEndOn',
  );
}

function propose(command: ProposeProject['data'], state: ProjectState): ProjectEvent[] {
  ensure('project.already_proposed', state.status === 'none', 'this project is already proposed');
  checkProposal(command);
  ensure(
    'project.unit_must_be_active',
    command.unitActive,
    `unit ${command.adminUnitId} is not active (merged or dissolved)`,
  );
  ensure(
    'project.pairing_must_cover_unit',
    command.pairingId === null || command.pairingCoversUnit,
    `pairing ${command.pairingId} does not twin unit ${command.adminUnitId}`,
  );
  const { projectId, adminUnitId, pairingId, category, title, plannedBudgetVnd, plannedStartOn, plannedEndOn } =
    command;
  return [
    {
      type: 'ProjectProposed',
      data: { projectId, adminUnitId, pairingId, category, title, plannedBudgetVnd, plannedStartOn, plannedEndOn },
    },
  ];
}

function approve(command: ApproveProject['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure(
    'project.approve_requires_proposed',
    project.status === 'proposed',
    `a ${project.status} project cannot be approved`,
  );
  checkPastDate('project.approved_on_in_future', command.approvedOn, command.today, 'approvedOn');
  ensureValid(
    'project.decision_ref_required',
    isText(command.decisionRef),
    'name the approval decision',
    'decisionRef',
  );
  return [{ type: 'ProjectApproved', data: { approvedOn: command.approvedOn, decisionRef: command.decisionRef } }];
}

function start(command: StartWork['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure(
    'project.start_requires_approved',
    project.status === 'approved',
    `a ${project.status} project cannot start work`,
  );
  checkPastDate('project.started_on_in_future', command.startedOn, command.today, 'startedOn');
  ensure(
    'project.start_not_before_approval',
    command.startedOn >= project.approvedOn,
    `the project was approved on ${project.approvedOn}`,
  );
  return [{ type: 'WorkStarted', data: { startedOn: command.startedOn } }];
}

function isPercent(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}

function reportProgress(command: ReportProgress['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure(
    'project.progress_requires_in_progress',
    project.status === 'in_progress',
    `progress is reported while work is under way, not when ${project.status}`,
  );
  ensureValid('project.progress_percent_range', isPercent(command.percent), 'percent is between 0 and 100', 'percent');
  checkPastDate('project.progress_on_in_future', command.on, command.today, 'on');
  ensure('project.progress_not_before_start', command.on >= project.startedOn, `work started on ${project.startedOn}`);
  const previous = project.progress;
  ensure(
    'project.progress_not_before_previous_report',
    !previous || command.on >= previous.on,
    `progress was last reported on ${previous?.on}`,
  );
  ensure(
    'project.progress_never_decreases',
    !previous || command.percent >= previous.percent,
    `progress was already ${previous?.percent} %`,
  );
  return [{ type: 'ProgressReported', data: { percent: command.percent, on: command.on, note: command.note ?? '' } }];
}

function isOutputs(value: unknown): boolean {
  return isRecord(value) && Object.values(value).every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

function complete(command: CompleteProject['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure(
    'project.complete_requires_in_progress',
    project.status === 'in_progress',
    `a ${project.status} project cannot be completed`,
  );
  checkPastDate('project.completed_on_in_future', command.completedOn, command.today, 'completedOn');
  ensureValid(
    'project.actual_cost_invalid',
    isNonNegativeInteger(command.actualCostVnd),
    'actualCostVnd is an integer ≥ 0',
    'actualCostVnd',
  );
  ensureValid(
    'project.outputs_invalid',
    isOutputs(command.outputs),
    'outputs maps each output to a number ≥ 0',
    'outputs',
  );
  ensureValid(
    'project.beneficiary_households_invalid',
    isNonNegativeInteger(command.beneficiaryHouseholds),
    'beneficiaryHouseholds is a whole number ≥ 0',
    'beneficiaryHouseholds',
  );
  const notBefore =
    project.progress && project.progress.on > project.startedOn ? project.progress.on : project.startedOn;
  ensure(
    'project.completion_not_before_start',
    command.completedOn >= notBefore,
    `work started on ${project.startedOn} and was last reported on ${notBefore}`,
  );
  const { completedOn, actualCostVnd, outputs, beneficiaryHouseholds } = command;
  return [{ type: 'ProjectCompleted', data: { completedOn, actualCostVnd, outputs, beneficiaryHouseholds } }];
}

function handOver(command: HandOverProject['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure(
    'project.hand_over_requires_completed',
    project.status === 'completed',
    `a ${project.status} project cannot be handed over`,
  );
  checkPastDate('project.handed_over_on_in_future', command.handedOverOn, command.today, 'handedOverOn');
  ensureValid(
    'project.hand_over_recipient_required',
    isText(command.toAdminUnitId),
    'name the unit that takes the project over',
    'toAdminUnitId',
  );
  ensure(
    'project.hand_over_not_before_completion',
    command.handedOverOn >= project.completedOn,
    `the project was completed on ${project.completedOn}`,
  );
  return [
    { type: 'ProjectHandedOver', data: { handedOverOn: command.handedOverOn, toAdminUnitId: command.toAdminUnitId } },
  ];
}

/**
 * The project's unit merged into a successor: a project still in hand (proposed to completed,
 * not yet handed over) now belongs to it. A closed one — handed over or cancelled — stays in the
 * history of the unit it served, as an ended pairing does. Its figures of the years before stay
 * under the unit of their time.
 */
function transfer(command: TransferProject['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure(
    'project.transfer_requires_not_handed_over',
    project.status !== 'handed_over',
    'a handed-over project stays with the unit it was handed over to',
  );
  ensureValid(
    'project.transfer_unit_required',
    isText(command.toAdminUnitId),
    'name the successor unit',
    'toAdminUnitId',
  );
  ensureValid(
    'project.transfer_decision_required',
    isText(command.mergeDecisionRef),
    'name the merge decision',
    'mergeDecisionRef',
  );
  checkDate(command.effectiveOn, 'effectiveOn');
  ensure(
    'project.transfer_from_its_unit',
    command.fromAdminUnitId === project.adminUnitId,
    `the project belongs to ${project.adminUnitId}, not ${command.fromAdminUnitId}`,
  );
  ensure(
    'project.transfer_to_another_unit',
    command.toAdminUnitId !== project.adminUnitId,
    `the project already belongs to ${project.adminUnitId}`,
  );
  const { fromAdminUnitId, toAdminUnitId, effectiveOn, mergeDecisionRef } = command;
  return [{ type: 'ProjectTransferred', data: { fromAdminUnitId, toAdminUnitId, effectiveOn, mergeDecisionRef } }];
}

export function decideProject(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  switch (command.type) {
    case 'ProposeProject':
      return propose(command.data, state);
    case 'ApproveProject':
      return approve(command.data, state);
    case 'StartWork':
      return start(command.data, state);
    case 'ReportProgress':
      return reportProgress(command.data, state);
    case 'CompleteProject':
      return complete(command.data, state);
    case 'HandOverProject':
      return handOver(command.data, state);
    case 'CancelProject':
      return cancelProject(command.data, state);
    case 'TransferProject':
      return transfer(command.data, state);
    case 'PledgeFunding':
      return pledgeFunding(command.data, state);
    case 'ReceiveFunds':
      return receiveFunds(command.data, state);
    default:
      return assertNever(command, 'project command');
  }
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: initialProjectState,
  decide: decideProject,
  evolve: evolveProject,
};
