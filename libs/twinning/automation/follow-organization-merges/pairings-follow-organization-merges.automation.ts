import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import { organizationMergedFact, type OrganizationMergedFact } from '@kn/organizations';
import { executeOrLogRefusal, type Automation, type AutomationDeps, type CommandContext } from '@kn/platform';
import { DomainError, vietnamDate } from '@kn/shared';
import type { PairingCommand } from '../../domain/pairing.commands.js';
import { PairingStreamCommand } from '../../write/pairing-stream.handler.js';
import { PairingSlots } from '../../write/pairing-slots.js';

/**
 * SPEC §2.7: an organisation merged into a successor hands its active pairings over, with their
 * history. When the successor already holds a pairing with the same unit (one organisation, one
 * pairing per unit), the predecessor's pairing ends on the merge date instead. The commands carry
 * the merge event as causation.
 */
export class PairingsFollowOrganizationMerges implements Automation {
  readonly name = 'pairings_follow_organization_merges';
  readonly types = ['OrganizationMergedInto'] as const;
  private readonly logger = new Logger(this.name);

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const merge = organizationMergedFact(event.data);
    if (!merge) return;
    const slots = new PairingSlots(deps.pipeline);
    const pairings: { id: string; unit: string }[] = await deps.db.query(
      `select id, admin_unit_id as unit from pairings where organization_id = $1 and status = 'active' order by established_on, id`,
      [merge.organizationId],
    );
    for (const pairing of pairings) {
      const taken = !(await this.claimed(slots, merge.successorId, pairing, context('ClaimPairingSlot')));
      const ctx = context(taken ? 'EndPairing' : 'HandOverPairing');
      const command = taken ? endCommand(merge, vietnamDate(ctx.now)) : handOverCommand(merge);
      await executeOrLogRefusal(
        deps,
        new PairingStreamCommand(pairing.id, command, ctx),
        this.logger,
        `pairing ${pairing.id}: ${command.type}`,
      );
      await slots.release(merge.organizationId, pairing.unit, pairing.id, context('ReleasePairingSlot'));
    }
  }

  private async claimed(
    slots: PairingSlots,
    organizationId: string,
    pairing: { id: string; unit: string },
    ctx: CommandContext,
  ): Promise<boolean> {
    try {
      await slots.claim(organizationId, pairing.unit, pairing.id, ctx);
      return true;
    } catch (e) {
      if (e instanceof DomainError && e.code === 'pairing.one_active_per_organization_unit') return false;
      throw e;
    }
  }
}

function handOverCommand(m: OrganizationMergedFact): PairingCommand {
  return {
    type: 'HandOverPairing',
    data: {
      fromOrganizationId: m.organizationId,
      toOrganizationId: m.successorId,
      effectiveOn: m.effectiveOn,
      decisionRef: m.decisionRef,
      activePairingExists: false,
    },
  };
}

function endCommand(m: OrganizationMergedFact, today: string): PairingCommand {
  const reason = `Đơn vị hợp nhất vào đơn vị mới (${m.decisionRef}, từ ${m.effectiveOn}); đơn vị mới đã kết nghĩa với địa bàn này`;
  return { type: 'EndPairing', data: { endedOn: m.effectiveOn, reason, today } };
}

export const pairingsFollowOrganizationMerges = new PairingsFollowOrganizationMerges();
