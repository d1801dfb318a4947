import { Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext } from '@kn/platform';
import { DomainError, vietnamDate, type IsoDate } from '@kn/shared';
import type { MergedIntoFact } from '@kn/territory';
import type { PairingCommand } from '../../domain/pairing.commands.js';
import { pairingDecider } from '../../domain/pairing.decide.js';
import { pairingStream } from '../../domain/twinning.streams.js';
import { PairingSlots } from '../pairing-slots.js';

/** One active pairing on a merged unit: moved to the successor, or ended when it is already twinned there. */
export class FollowUnitMergeCommand extends Command<void> {
  constructor(
    readonly pairing: { readonly id: string; readonly organizationId: string },
    readonly merge: MergedIntoFact,
    /** Each step's context, caused by the merge event (the automation's). */
    readonly context: (commandName: string) => CommandContext,
  ) {
    super();
  }
}

/**
 * SPEC §2.1: pairings follow their unit through a merge. The successor's slot is claimed per
 * pairing: a transfer just made for another predecessor's pairing holds it, and this one ends
 * on the merge's effective date instead. The old unit's slot is released either way.
 */
@CommandHandler(FollowUnitMergeCommand)
export class FollowUnitMergeHandler implements ICommandHandler<FollowUnitMergeCommand, void> {
  private readonly logger = new Logger('pairings_follow_merges');
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly slots: PairingSlots,
  ) {}

  async execute({ pairing, merge, context }: FollowUnitMergeCommand): Promise<void> {
    const twinned = !(await this.slots.tryClaim(
      pairing.organizationId,
      merge.successorId,
      pairing.id,
      context('ClaimPairingSlot'),
    ));
    const ctx = context(twinned ? 'EndPairing' : 'TransferPairing');
    await this.issue(pairing.id, twinned ? endCommand(merge, vietnamDate(ctx.now)) : transferCommand(merge), ctx);
    await this.slots.release(pairing.organizationId, merge.unitId, pairing.id, context('ReleasePairingSlot'));
  }

  private async issue(pairingId: string, command: PairingCommand, ctx: CommandContext): Promise<void> {
    try {
      await this.pipeline.handle({
        streamId: pairingStream(pairingId),
        decider: pairingDecider,
        command,
        context: ctx,
      });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      this.logger.warn(`pairing ${pairingId}: ${command.type} refused: ${e.code} — ${e.message}`);
    }
  }
}

function transferCommand(m: MergedIntoFact): PairingCommand {
  return {
    type: 'TransferPairing',
    data: {
      fromAdminUnitId: m.unitId,
      toAdminUnitId: m.successorId,
      effectiveOn: m.effectiveOn,
      mergeDecisionRef: m.decisionRef,
    },
  };
}

function endCommand(m: MergedIntoFact, today: IsoDate): PairingCommand {
  const reason = `merged into ${m.successorId} (${m.decisionRef}, effective ${m.effectiveOn}); the organisation is already twinned with the successor`;
  return { type: 'EndPairing', data: { endedOn: m.effectiveOn, reason, today } };
}
