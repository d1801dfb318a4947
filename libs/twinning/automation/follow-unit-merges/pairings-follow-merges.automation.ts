import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import { mergedIntoFact, type MergedIntoFact } from '@kn/territory';
import type { Automation, AutomationDeps, CommandContext } from '@kn/platform';
import { DomainError, vietnamDate, type IsoDate } from '@kn/shared';
import type { PairingCommand } from '../../domain/pairing.commands.js';
import { pairingDecider } from '../../domain/pairing.decide.js';
import { pairingStream } from '../../domain/twinning.streams.js';
import { TwinningLookups } from '../../write/twinning-lookups.js';
import { PairingSlots } from '../../write/pairing-slots.js';

/**
 * SPEC §2.1: pairings follow their unit through a merge. Each active pairing on the merged unit
 * is transferred to the successor — or, when its organisation is already twinned with the
 * successor (through another predecessor), ended on the merge's effective date, since one
 * organisation has one pairing per unit. The commands carry the merge event as causation.
 */
export class PairingsFollowMerges implements Automation {
  readonly name = 'pairings_follow_merges';
  readonly types = ['AdministrativeUnitMergedInto'] as const;
  private readonly logger = new Logger(this.name);
  async handle(event: RecordedEvent, context: (commandName: string) => CommandContext, deps: AutomationDeps): Promise<void> {
    const merge = mergedIntoFact(event.data);
    if (!merge) return;
    const lookups = new TwinningLookups(deps.pipeline, deps.db, deps.projections, deps.store);
    const slots = new PairingSlots(deps.pipeline);
    for (const pairing of await lookups.activePairingsOn(merge.unitId)) {
      // Claimed per pairing: a transfer just made for another predecessor's pairing holds the slot.
      const twinned = !(await slots.tryClaim(pairing.organizationId, merge.successorId, pairing.id, context('ClaimPairingSlot')));
      const ctx = context(twinned ? 'EndPairing' : 'TransferPairing');
      await this.issue(pairing.id, twinned ? endCommand(merge, vietnamDate(ctx.now)) : transferCommand(merge), ctx, deps);
      await slots.release(pairing.organizationId, merge.unitId, pairing.id, context('ReleasePairingSlot'));
    }
  }

  private async issue(pairingId: string, command: PairingCommand, ctx: CommandContext, deps: AutomationDeps): Promise<void> {
    try {
      await deps.pipeline.handle({ streamId: pairingStream(pairingId), decider: pairingDecider, command, context: ctx });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      this.logger.warn(`pairing ${pairingId}: ${command.type} refused: ${e.code} — ${e.message}`);
    }
  }
}

function transferCommand(m: MergedIntoFact): PairingCommand {
  return {
    type: 'TransferPairing',
    data: { fromAdminUnitId: m.unitId, toAdminUnitId: m.successorId, effectiveOn: m.effectiveOn, mergeDecisionRef: m.decisionRef },
  };
}

function endCommand(m: MergedIntoFact, today: IsoDate): PairingCommand {
  return {
    type: 'EndPairing',
    data: {
      endedOn: m.effectiveOn,
      reason: `merged into ${m.successorId} (${m.decisionRef}, effective ${m.effectiveOn}); the organisation is already twinned with the successor`,
      today,
    },
  };
}
export const pairingsFollowMerges = new PairingsFollowMerges();
