import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import { mergedIntoFact, type MergedIntoFact } from '@kn/territory';
import type { Automation, AutomationDeps, CommandContext } from '@kn/platform';
import { DomainError } from '@kn/shared';
import type { TransferHousehold } from '../../domain/household.commands.js';
import { HouseholdStreamCommand } from '../../write/household-stream.handler.js';

/**
 * SPEC §2.1: a merge transfers the predecessor commune's households to the successor. For each
 * household the register shows in the merged commune, a `TransferHousehold` command caused by
 * the merge event. One household refusing (already moved on) does not stop the others.
 */
export class HouseholdsFollowMerges implements Automation {
  readonly name = 'households_follow_merges';
  readonly types = ['AdministrativeUnitMergedInto'] as const;
  private readonly logger = new Logger(this.name);
  async handle(event: RecordedEvent, context: (commandName: string) => CommandContext, deps: AutomationDeps): Promise<void> {
    const merge = mergedIntoFact(event.data);
    if (!merge) return;
    const rows: { id: string }[] = await deps.db.query(`select id from household_register where commune_id = $1 order by id`, [merge.unitId]);
    for (const { id } of rows) await this.transfer(id, merge, context('TransferHousehold'), deps);
  }

  private async transfer(householdId: string, merge: MergedIntoFact, ctx: CommandContext, deps: AutomationDeps): Promise<void> {
    const command: TransferHousehold = {
      type: 'TransferHousehold',
      data: { householdId, fromCommuneId: merge.unitId, toCommuneId: merge.successorId, effectiveOn: merge.effectiveOn, mergeDecisionRef: merge.decisionRef },
    };
    try {
      await deps.commands.execute(new HouseholdStreamCommand(householdId, command, ctx));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      this.logger.warn(`household ${householdId} not transferred: ${e.code} — ${e.message}`);
    }
  }
}

export const householdsFollowMerges = new HouseholdsFollowMerges();
