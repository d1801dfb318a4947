import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@kn/platform';
import type { OrganizationCommand } from '../domain/organization.commands.js';
import { organizationDecider } from '../domain/organization.decide.js';
import type { OrganizationEvent } from '../domain/organization.events.js';
import type { OrganizationState } from '../domain/organization.state.js';
import { organizationStream } from '../domain/organization.labels.js';

/** A command on one organisation (register, rename, dissolve), from HTTP or any other caller. */
export class OrganizationStreamCommand extends StreamCommand<
  OrganizationCommand,
  OrganizationEvent,
  OrganizationState
> {}

@CommandHandler(OrganizationStreamCommand)
export class OrganizationStreamHandler extends StreamCommandHandler<
  OrganizationCommand,
  OrganizationEvent,
  OrganizationState
> {
  protected readonly streamOf = organizationStream;
  protected readonly decider = organizationDecider;
}
