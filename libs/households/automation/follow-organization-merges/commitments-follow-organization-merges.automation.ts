import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import { organizationMergedFact, type OrganizationMergedFact } from '@kn/organizations';
import { executeOrLogRefusal, type Automation, type AutomationDeps, type CommandContext } from '@kn/platform';
import type { HandOverSupportSponsor } from '../../domain/household.commands.js';
import { HouseholdStreamCommand } from '../../write/household-stream.handler.js';

/**
 * SPEC §2.7: the open commitments an organisation sponsored pass to the organisation it merged
 * into, which now owes the support. One `HandOverSupportSponsor` per commitment, caused by the
 * merge event; a refusal (already fulfilled meanwhile) is logged and the others go on.
 */
export class CommitmentsFollowOrganizationMerges implements Automation {
  readonly name = 'commitments_follow_organization_merges';
  readonly types = ['OrganizationMergedInto'] as const;
  private readonly logger = new Logger(this.name);

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const merge = organizationMergedFact(event.data);
    if (!merge) return;
    const rows: { id: string; household_id: string }[] = await deps.db.query(
      `select id, household_id from commitment_tracker where sponsor_organization_id = $1 and status = 'open' order by household_id, id`,
      [merge.organizationId],
    );
    for (const row of rows)
      await this.handOver(row.household_id, row.id, merge, context('HandOverSupportSponsor'), deps);
  }

  private async handOver(
    householdId: string,
    commitmentId: string,
    merge: OrganizationMergedFact,
    ctx: CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const command: HandOverSupportSponsor = {
      type: 'HandOverSupportSponsor',
      data: {
        householdId,
        commitmentId,
        fromOrganizationId: merge.organizationId,
        toOrganizationId: merge.successorId,
        effectiveOn: merge.effectiveOn,
        decisionRef: merge.decisionRef,
      },
    };
    await executeOrLogRefusal(
      deps,
      new HouseholdStreamCommand(householdId, command, ctx),
      this.logger,
      `commitment ${commitmentId} of household ${householdId}: ${command.type}`,
    );
  }
}

export const commitmentsFollowOrganizationMerges = new CommitmentsFollowOrganizationMerges();
