import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@kn/platform';
import type { AdminUnitCommand } from '../domain/admin-unit.commands.js';
import { adminUnitDecider } from '../domain/admin-unit.decide.js';
import type { AdminUnitEvent } from '../domain/admin-unit.events.js';
import type { AdminUnitState } from '../domain/admin-unit.state.js';
import { adminUnitStream } from '../domain/admin-unit.labels.js';

/** A command on one administrative unit (rename, reclassify, dissolve, and the steps of a merge). */
export class AdminUnitStreamCommand extends StreamCommand<AdminUnitCommand, AdminUnitEvent, AdminUnitState> {}

@CommandHandler(AdminUnitStreamCommand)
export class AdminUnitStreamHandler extends StreamCommandHandler<AdminUnitCommand, AdminUnitEvent, AdminUnitState> {
  protected readonly streamOf = adminUnitStream;
  protected readonly decider = adminUnitDecider;
}
