import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@kn/platform';
import type { ProjectCommand } from '../domain/project.commands.js';
import { projectDecider } from '../domain/project.decide.js';
import type { ProjectEvent } from '../domain/project.events.js';
import type { ProjectState } from '../domain/project.state.js';
import { projectStream } from '../domain/twinning.streams.js';

/** A command on one existing project (approve, fund, start, report, complete, hand over, cancel). */
export class ProjectStreamCommand extends StreamCommand<ProjectCommand, ProjectEvent, ProjectState> {}

@CommandHandler(ProjectStreamCommand)
export class ProjectStreamHandler extends StreamCommandHandler<ProjectCommand, ProjectEvent, ProjectState> {
  protected readonly streamOf = projectStream;
  protected readonly decider = projectDecider;
  protected override readonly notFoundAs = 'project';
}
