import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext, type CommandResult } from '@kn/platform';
import { NotFound } from '@kn/shared';
import type { AdminUnitCommand } from '../../domain/admin-unit.commands.js';
import { adminUnitDecider } from '../../domain/admin-unit.decide.js';
import { adminUnitFacts, type AdminUnitFacts } from '../../domain/admin-unit.state.js';
import { adminUnitStream } from '../../domain/admin-unit.labels.js';

/**
 * A command on one unit that needs another unit's facts (re-parenting needs the new parent's,
 * a dissolution naming where its children go needs that unit's): looked up here, put in the
 * command, decided on the unit's stream.
 */
export class WithUnitFactsCommand extends Command<CommandResult> {
  constructor(
    readonly unitId: string,
    readonly otherUnitId: string,
    readonly build: (facts: AdminUnitFacts | null) => AdminUnitCommand,
    readonly context: CommandContext,
    /** The other unit must exist (else 404) rather than being judged by the decider. */
    readonly otherRequired = false,
  ) {
    super();
  }
}

@CommandHandler(WithUnitFactsCommand)
export class WithUnitFactsHandler implements ICommandHandler<WithUnitFactsCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ unitId, otherUnitId, build, context, otherRequired }: WithUnitFactsCommand): Promise<CommandResult> {
    const facts = adminUnitFacts((await this.pipeline.load(adminUnitStream(otherUnitId), adminUnitDecider)).state);
    if (otherRequired && !facts) throw new NotFound('admin_unit', otherUnitId);
    return this.pipeline.handle({
      streamId: adminUnitStream(unitId),
      decider: adminUnitDecider,
      command: build(facts),
      context,
    });
  }
}
