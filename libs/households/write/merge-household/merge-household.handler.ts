import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, CommandResult, type CommandContext } from '@kn/platform';
import { vietnamDate } from '@kn/shared';
import type { AbsorbHousehold, MergeHouseholdInto, MergeSurvivor } from '../../domain/household.commands.js';
import { householdDecider } from '../../domain/household.decide.js';
import type { HouseholdState } from '../../domain/household.state.js';
import { householdStream } from '../../read/household-event.js';

export class MergeHouseholdCommand extends Command<CommandResult> {
  constructor(
    readonly duplicateId: string,
    readonly survivorId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

function survivorOf(state: HouseholdState): MergeSurvivor {
  return state.status === 'registered'
    ? { status: 'registered', mergedInto: state.mergedInto, personalData: state.personalData }
    : { status: 'unregistered', mergedInto: null, personalData: 'sealed' };
}

/**
 * A supervisor merges a duplicate registration into the household that stays (ADR 0020):
 * `HouseholdMergedInto` on the duplicate, then `HouseholdAbsorbed` on the survivor, both decided
 * before either is appended, inside the pipeline's exclusive section over the two streams (two
 * merges naming either household wait for each other). Should the second append fail, a retry
 * finds the duplicate merged into this survivor and records only the survivor's side.
 */
@CommandHandler(MergeHouseholdCommand)
export class MergeHouseholdHandler implements ICommandHandler<MergeHouseholdCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute(command: MergeHouseholdCommand): Promise<CommandResult> {
    const streams = [householdStream(command.duplicateId), householdStream(command.survivorId)];
    return this.pipeline.exclusive(streams, () => this.merge(command));
  }

  private async merge({ duplicateId, survivorId, reason, context }: MergeHouseholdCommand): Promise<CommandResult> {
    const today = vietnamDate(context.now);
    const duplicate = await this.pipeline.load(householdStream(duplicateId), householdDecider);
    const survivor = await this.pipeline.load(householdStream(survivorId), householdDecider);
    const merge: MergeHouseholdInto = {
      type: 'MergeHouseholdInto',
      data: { householdId: duplicateId, survivorId, survivor: survivorOf(survivor.state), reason, today },
    };
    const absorb: AbsorbHousehold = {
      type: 'AbsorbHousehold',
      data: { householdId: survivorId, duplicateId, reason, today },
    };
    const unfinished =
      duplicate.state.status === 'registered' &&
      duplicate.state.mergedInto === survivorId &&
      survivor.state.status === 'registered' &&
      !survivor.state.absorbed.includes(duplicateId);
    // Both sides decided first: a refusal on either appends nothing.
    if (!unfinished) householdDecider.decide(merge, duplicate.state);
    householdDecider.decide(absorb, survivor.state);
    const merged = unfinished
      ? null
      : await this.pipeline.handle({
          streamId: householdStream(duplicateId),
          decider: householdDecider,
          command: merge,
          context,
        });
    // If-Match named the duplicate's revision; the survivor was checked above under the exclusive section.
    const absorbed = await this.pipeline.handle({
      streamId: householdStream(survivorId),
      decider: householdDecider,
      command: absorb,
      context: { ...context, ifMatch: undefined },
    });
    return new CommandResult(
      duplicateId,
      householdStream(duplicateId),
      merged?.revision ?? duplicate.revision,
      absorbed.position,
      false,
      { survivorId, survivorRevision: absorbed.revision },
    );
  }
}
