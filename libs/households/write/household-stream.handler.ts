import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@kn/platform';
import type { HouseholdCommand } from '../domain/household.commands.js';
import { householdDecider } from '../domain/household.decide.js';
import type { HouseholdEvent } from '../domain/household.events.js';
import type { HouseholdState } from '../domain/household.state.js';
import { householdStream } from '../read/household-event.js';

/** A command on one household (assess, commit, deliver, move, …), from HTTP or an automation. */
export class HouseholdStreamCommand extends StreamCommand<HouseholdCommand, HouseholdEvent, HouseholdState> {}

@CommandHandler(HouseholdStreamCommand)
export class HouseholdStreamHandler extends StreamCommandHandler<HouseholdCommand, HouseholdEvent, HouseholdState> {
  protected readonly streamOf = householdStream;
  protected readonly decider = householdDecider;
}
