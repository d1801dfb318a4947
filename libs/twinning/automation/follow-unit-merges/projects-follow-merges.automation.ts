import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import { mergedIntoFact, type MergedIntoFact } from '@kn/territory';
import { executeOrLogRefusal, type Automation, type AutomationDeps, type CommandContext } from '@kn/platform';
import type { ProjectCommand } from '../../domain/project.commands.js';
import { ProjectStreamCommand } from '../../write/project-stream.handler.js';

/**
 * Issue 14: projects follow their unit through a merge, as pairings and households do. Each
 * project still in hand on the merged unit (not handed over, not cancelled — closed ones stay in
 * its history, as ended pairings do) is re-homed to the successor (`ProjectTransferred`), the
 * merge event as causation. Its figures of the years before stay
 * under the unit of their time (the dashboard keeps the project's unit history).
 */
export class ProjectsFollowMerges implements Automation {
  readonly name = 'projects_follow_merges';
  readonly types = ['AdministrativeUnitMergedInto'] as const;
  private readonly logger = new Logger(this.name);

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const merge = mergedIntoFact(event.data);
    if (!merge) return;
    const projects: { id: string }[] = await deps.db.query(
      `select id from projects where admin_unit_id = $1 and status not in ('handed_over', 'cancelled') order by id`,
      [merge.unitId],
    );
    for (const { id } of projects) {
      const command = transferCommand(merge);
      await executeOrLogRefusal(
        deps,
        new ProjectStreamCommand(id, command, context('TransferProject')),
        this.logger,
        `project ${id}: ${command.type}`,
      );
    }
  }
}

function transferCommand(m: MergedIntoFact): ProjectCommand {
  return {
    type: 'TransferProject',
    data: {
      fromAdminUnitId: m.unitId,
      toAdminUnitId: m.successorId,
      effectiveOn: m.effectiveOn,
      mergeDecisionRef: m.decisionRef,
    },
  };
}

export const projectsFollowMerges = new ProjectsFollowMerges();
