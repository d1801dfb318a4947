import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { ensureUserReferences } from '../../user-references.js';
import type { CommandContext } from '@kn/platform';
import { UsersService, type NewUser, type UserView } from '../../users.service.js';
import { UserAudit } from '../../user-audit.js';

export class CreateUserCommand extends Command<UserView> {
  constructor(
    readonly user: NewUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Creates a user (HTTP POST /api/users, `npm run cli -- users:create`) and records UserCreated. */
@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand, UserView> {
  constructor(
    private readonly users: UsersService,
    private readonly audit: UserAudit,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ user, context }: CreateUserCommand): Promise<UserView> {
    await ensureUserReferences(this.store, user);
    const created = await this.users.create(user);
    await this.audit.created(created, context);
    return created;
  }
}
