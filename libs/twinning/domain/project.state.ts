import type { IsoDate } from '@kn/shared';
import { NotFound, assertNever, ensure } from '@kn/shared';
import type { ProjectEvent, ProjectProposed } from './project.events.js';

type ProjectFacts = Omit<ProjectProposed['data'], 'title' | 'plannedBudgetVnd'>;

export interface ProgressMark {
  readonly percent: number;
  readonly on: IsoDate;
}

/** Only what later decisions need: the dates each transition must not precede, and the last progress. */
export type ProjectState =
  | { readonly status: 'none' }
  | (ProjectFacts & { readonly status: 'proposed' })
  | (ProjectFacts & { readonly status: 'approved'; readonly approvedOn: IsoDate })
  | (ProjectFacts & {
      readonly status: 'in_progress';
      readonly approvedOn: IsoDate;
      readonly startedOn: IsoDate;
      readonly progress: ProgressMark | null;
    })
  | (ProjectFacts & { readonly status: 'completed'; readonly completedOn: IsoDate })
  | (ProjectFacts & { readonly status: 'handed_over'; readonly completedOn: IsoDate; readonly handedOverOn: IsoDate })
  | (ProjectFacts & { readonly status: 'cancelled' });

export type ExistingProject = Exclude<ProjectState, { status: 'none' }>;
export type OpenProjectStatus = 'proposed' | 'approved' | 'in_progress';

export const initialProjectState: ProjectState = { status: 'none' };

function facts(state: ExistingProject): ProjectFacts {
  const { projectId, adminUnitId, pairingId, category, plannedStartOn, plannedEndOn } = state;
  return { projectId, adminUnitId, pairingId, category, plannedStartOn, plannedEndOn };
}

export function isOpen(state: ProjectState): state is Extract<ProjectState, { status: OpenProjectStatus }> {
  return state.status === 'proposed' || state.status === 'approved' || state.status === 'in_progress';
}

/** A transition from a state it can't follow (a corrupt stream) leaves the state unchanged rather than throw. */
export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'ProjectProposed': {
      if (state.status !== 'none') return state;
      const { title: _t, plannedBudgetVnd: _b, ...rest } = event.data;
      return { status: 'proposed', ...rest };
    }
    case 'ProjectApproved':
      return state.status === 'proposed'
        ? { ...facts(state), status: 'approved', approvedOn: event.data.approvedOn }
        : state;
    case 'WorkStarted':
      return state.status === 'approved'
        ? { ...state, status: 'in_progress', startedOn: event.data.startedOn, progress: null }
        : state;
    case 'ProgressReported':
      return state.status === 'in_progress'
        ? { ...state, progress: { percent: event.data.percent, on: event.data.on } }
        : state;
    case 'ProjectCompleted':
      return state.status === 'in_progress'
        ? { ...facts(state), status: 'completed', completedOn: event.data.completedOn }
        : state;
    case 'ProjectHandedOver':
      return state.status === 'completed'
        ? { ...state, status: 'handed_over', handedOverOn: event.data.handedOverOn }
        : state;
    case 'ProjectCancelled':
      return isOpen(state) ? { ...facts(state), status: 'cancelled' } : state;
    case 'ProjectTransferred':
      return state.status === 'none' ? state : { ...state, adminUnitId: event.data.toAdminUnitId };
    case 'FundingPledged':
    case 'FundsReceived':
      // Money is reported on the read side; no decision depends on the amounts.
      return state;
    default:
      return assertNever(event, 'project event');
  }
}

/** Every command but ProposeProject needs the project (404), and nothing moves after a cancellation. */
export function liveProject(state: ProjectState): Exclude<ExistingProject, { status: 'cancelled' }> {
  if (state.status === 'none') throw new NotFound('project', 'in this stream');
  ensure(
    'project.closed_after_cancel',
    state.status !== 'cancelled',
    'the project was cancelled; nothing more can be recorded on it',
  );
  return state;
}
