import { ensure, ensureValid } from '@kn/shared';
import { checkPastDate, isPositiveInteger, isText } from './input.guards.js';
import type { CancelProject, PledgeFunding, ReceiveFunds } from './project.commands.js';
import type { FundingData, ProjectEvent } from './project.events.js';
import { isOpen, liveProject } from './project.state.js';
import type { ProjectState } from './project.state.js';
import { RESOURCE_SOURCES, isOneOf } from './twinning.labels.js';

/** Cancelling is for open projects; a completed or handed-over one is a fact, not a plan. */
export function cancelProject(command: CancelProject['data'], state: ProjectState): ProjectEvent[] {
  const project = liveProject(state);
  ensure('project.cancel_requires_open', isOpen(project), `a ${project.status} project cannot be cancelled`);
  ensureValid('project.cancel_reason_required', isText(command.reason), 'cancelling a project says why', 'reason');
  const cancelledOn = command.cancelledOn ?? null;
  if (cancelledOn !== null) checkPastDate('project.cancelled_on_in_future', cancelledOn, command.today, 'cancelledOn');
  return [{ type: 'ProjectCancelled', data: { reason: command.reason, cancelledOn } }];
}

function isOptionalText(value: unknown): boolean {
  return value === null || value === undefined || isText(value);
}

/**
 * Money may arrive at any stage — sponsors pledge before approval and pay after completion —
 * but not once the project is cancelled or handed over: by then its books are closed.
 */
function funding(command: PledgeFunding['data'], state: ProjectState): FundingData {
  const project = liveProject(state);
  ensure(
    'project.funding_closed_after_hand_over',
    project.status !== 'handed_over',
    'the project was handed over; its funding is closed',
  );
  ensureValid(
    'project.funding_source_unknown',
    isOneOf(RESOURCE_SOURCES, command.source),
    `source must be one of ${RESOURCE_SOURCES.join(', ')}`,
    'source',
  );
  ensureValid(
    'project.funding_amount_positive',
    isPositiveInteger(command.amountVnd),
    'amountVnd is an integer > 0',
    'amountVnd',
  );
  checkPastDate('project.funding_on_in_future', command.on, command.today, 'on');
  const sponsorOrganizationId = command.sponsorOrganizationId ?? null;
  const sponsorName = command.sponsorName ?? null;
  ensureValid(
    'project.funding_one_sponsor',
    isOptionalText(sponsorOrganizationId) &&
      isOptionalText(sponsorName) &&
      (sponsorOrganizationId === null || sponsorName === null),
    'name the sponsor as an organisation or as a person, not both',
    'sponsorName',
  );
  return { source: command.source, amountVnd: command.amountVnd, on: command.on, sponsorOrganizationId, sponsorName };
}

export function pledgeFunding(command: PledgeFunding['data'], state: ProjectState): ProjectEvent[] {
  return [{ type: 'FundingPledged', data: funding(command, state) }];
}

export function receiveFunds(command: ReceiveFunds['data'], state: ProjectState): ProjectEvent[] {
  return [{ type: 'FundsReceived', data: funding(command, state) }];
}
