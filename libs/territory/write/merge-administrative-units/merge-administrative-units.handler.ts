import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { adminUnitDecider } from '../../domain/admin-unit.decide.js';
import { planMerge } from '../../domain/admin-unit.merge.js';
import { adminUnitFacts, type AdminUnitFacts, type AdminUnitState } from '../../domain/admin-unit.state.js';
import {
  adminUnitStream,
  CLASSIFICATIONS,
  type Classification,
  type CommuneType,
} from '../../domain/admin-unit.labels.js';
import type { AdminUnitEvent } from '../../domain/admin-unit.events.js';
import type { MergeUnitsDto } from '../../http/admin-units.dto.js';

/**
 * A merge touches several streams: the whole plan is validated first (planMerge), then the
 * successor is written (it records the decision), then each predecessor points to it.
 * Automations (pairings, households) react to the predecessors' AdministrativeUnitMergedInto.
 */
export class MergeAdministrativeUnitsCommand extends Command<CommandResult> {
  constructor(
    readonly merge: MergeUnitsDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MergeAdministrativeUnitsCommand)
export class MergeAdministrativeUnitsHandler implements ICommandHandler<
  MergeAdministrativeUnitsCommand,
  CommandResult
> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ merge: dto, context }: MergeAdministrativeUnitsCommand): Promise<CommandResult> {
    return this.pipeline.exclusive(dto.predecessorIds.map(adminUnitStream), () => this.merge(dto, context));
  }

  private async merge(dto: MergeAdministrativeUnitsCommand['merge'], context: CommandContext): Promise<CommandResult> {
    const states = await Promise.all(dto.predecessorIds.map((id) => this.state(id)));
    const parent = dto.successor.parentId ? adminUnitFacts(await this.state(dto.successor.parentId)) : null;
    const successorId = randomUUID();
    const plan = planMerge(
      {
        successorId,
        predecessorIds: dto.predecessorIds,
        successor: {
          ...dto.successor,
          classifications: dto.successor.classifications ?? inherited(states),
          communeType: dto.successor.communeType ?? sharedCommuneType(states),
        },
        effectiveOn: dto.effectiveOn,
        decisionRef: dto.decisionRef,
      },
      { predecessors: states.map(adminUnitFacts).filter((f): f is AdminUnitFacts => f !== null), parent },
    );
    let state = adminUnitDecider.initialState;
    const events: AdminUnitEvent[] = [];
    for (const command of plan.successor.commands) {
      const decided = adminUnitDecider.decide(command, state);
      state = decided.reduce(adminUnitDecider.evolve, state);
      events.push(...decided);
    }
    const result = await this.pipeline.appendDecided(adminUnitStream(successorId), events, context, 'no_stream');
    for (const p of plan.predecessors) {
      await this.pipeline.handle({
        streamId: adminUnitStream(p.unitId),
        decider: adminUnitDecider,
        command: p.command,
        context,
      });
    }
    return result;
  }

  private async state(id: string): Promise<AdminUnitState> {
    return (await this.pipeline.load(adminUnitStream(id), adminUnitDecider)).state;
  }
}

function inherited(states: readonly AdminUnitState[]): Classification[] {
  const all = new Set(states.flatMap((s) => (s.status === 'not_established' ? [] : s.classifications)));
  return CLASSIFICATIONS.filter((c) => all.has(c));
}

/** The type every predecessor shares (two xã merge into a xã); null when they differ or one has none. */
function sharedCommuneType(states: readonly AdminUnitState[]): CommuneType | null {
  const types = new Set(states.map((s) => (s.status === 'not_established' ? null : s.communeType)));
  const [only] = [...types];
  return types.size === 1 && only ? only : null;
}
