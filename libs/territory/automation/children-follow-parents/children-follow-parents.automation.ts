import { Logger } from '@nestjs/common';
import type { RecordedEvent } from '@kn/event-store';
import type { Automation, AutomationDeps, CommandContext } from '@kn/platform';
import { DomainError } from '@kn/shared';
import { adminUnitDecider } from '../../domain/admin-unit.decide.js';
import { childrenMoveFact, type ChildrenMoveFact } from '../../domain/admin-unit.events.js';
import { adminUnitFacts } from '../../domain/admin-unit.state.js';
import { adminUnitStream } from '../../domain/admin-unit.labels.js';
import { AdminUnitStreamCommand } from '../../write/admin-unit-stream.handler.js';

/**
 * SPEC §2.1/§2.7: when a unit ends, its active children move with it — a merged commune's
 * villages to the successor commune, a merged province's communes to the new province, a
 * dissolved district's communes to the unit the decision named. Each move is a
 * `ReparentAdministrativeUnit` caused by the ending event; a refusal (already moved) is logged.
 */
export class ChildrenFollowParents implements Automation {
  readonly name = 'children_follow_parents';
  readonly types = ['AdministrativeUnitMergedInto', 'AdministrativeUnitDissolved'] as const;
  private readonly logger = new Logger(this.name);

  async handle(
    event: RecordedEvent,
    context: (commandName: string) => CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const move = childrenMoveFact(event.type, event.data);
    if (!move) return;
    const children: { id: string }[] = await deps.db.query(
      `select id from admin_units where parent_id = $1 and status = 'active' order by id`,
      [move.unitId],
    );
    if (!children.length) return;
    const parent = adminUnitFacts((await deps.pipeline.load(adminUnitStream(move.toParentId), adminUnitDecider)).state);
    for (const { id } of children) await this.reparent(id, move, parent, context('ReparentAdministrativeUnit'), deps);
  }

  private async reparent(
    unitId: string,
    move: ChildrenMoveFact,
    parent: ReturnType<typeof adminUnitFacts>,
    ctx: CommandContext,
    deps: AutomationDeps,
  ): Promise<void> {
    const command = {
      type: 'ReparentAdministrativeUnit' as const,
      data: { unitId, parentId: move.toParentId, parent, effectiveOn: move.effectiveOn, decisionRef: move.decisionRef },
    };
    try {
      await deps.commands.execute(new AdminUnitStreamCommand(unitId, command, ctx));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      this.logger.warn(`unit ${unitId} not moved under ${move.toParentId}: ${e.code} — ${e.message}`);
    }
  }
}

export const childrenFollowParents = new ChildrenFollowParents();
