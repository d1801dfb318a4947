import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import { mergedIntoFact, reparentedFact } from '@kn/territory';
import { executeOrLogRefusal, type Automation, type AutomationDeps, type CommandContext } from '@kn/platform';
import type { TransferHousehold } from '../../domain/household.commands.js';
import { HouseholdStreamCommand } from '../../write/household-stream.handler.js';

interface Move {
  readonly toCommuneId: string;
  readonly effectiveOn: string;
  readonly decisionRef: string;
}

/**
 * SPEC §2.1/§2.7: households follow their commune. A merge transfers the predecessor commune's
 * households to the successor; a village transferred to another commune takes its households
 * with it. Each is a `TransferHousehold` caused by the territory event. One household refusing
 * (already moved on) does not stop the others.
 */
export class HouseholdsFollowMerges implements Automation {
  readonly name = 'households_follow_merges';
  readonly types = ['AdministrativeUnitMergedInto', 'AdministrativeUnitReparented'] as const;
  private readonly logger = new Logger(this.name);

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const found = await this.affected(event, deps);
    if (!found) return;
    for (const { id, commune_id } of found.rows)
      await this.transfer(id, commune_id, found.move, context('TransferHousehold'), deps);
  }

  private async affected(
    event: RecordedEvent,
    deps: AutomationDeps,
  ): Promise<{ move: Move; rows: { id: string; commune_id: string }[] } | null> {
    const merge = event.type === 'AdministrativeUnitMergedInto' ? mergedIntoFact(event.data) : null;
    if (merge) {
      const rows = await deps.db.query(
        `select id, commune_id from household_register where commune_id = $1 order by id`,
        [merge.unitId],
      );
      return {
        move: { toCommuneId: merge.successorId, effectiveOn: merge.effectiveOn, decisionRef: merge.decisionRef },
        rows,
      };
    }
    const moved = event.type === 'AdministrativeUnitReparented' ? reparentedFact(event.data) : null;
    if (!moved || moved.kind !== 'village' || !moved.fromParentId) return null;
    // Only households still in the commune the village left: any that moved on since are not pulled back.
    const rows = await deps.db.query(
      `select id, commune_id from household_register where village_id = $1 and commune_id = $2 order by id`,
      [moved.unitId, moved.fromParentId],
    );
    return {
      move: { toCommuneId: moved.toParentId, effectiveOn: moved.effectiveOn, decisionRef: moved.decisionRef },
      rows,
    };
  }

  private async transfer(
    householdId: string,
    fromCommuneId: string,
    move: Move,
    ctx: CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const command: TransferHousehold = {
      type: 'TransferHousehold',
      data: {
        householdId,
        fromCommuneId,
        toCommuneId: move.toCommuneId,
        effectiveOn: move.effectiveOn,
        mergeDecisionRef: move.decisionRef,
      },
    };
    await executeOrLogRefusal(
      deps,
      new HouseholdStreamCommand(householdId, command, ctx),
      this.logger,
      `household ${householdId}: ${command.type}`,
    );
  }
}

export const householdsFollowMerges = new HouseholdsFollowMerges();
