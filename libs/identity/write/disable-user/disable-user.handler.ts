import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@kn/platform';
import { UsersService, type UserView } from '../../users.service.js';
import { UserAudit } from '../../user-audit.js';

export class DisableUserCommand extends Command<UserView> {
  constructor(
    readonly userId: string,
    readonly reason: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Disables a user: their sessions end at once. */
@CommandHandler(DisableUserCommand)
export class DisableUserHandler implements ICommandHandler<DisableUserCommand, UserView> {
  constructor(
    private readonly users: UsersService,
    private readonly audit: UserAudit,
  ) {}

  async execute({ userId, reason, context }: DisableUserCommand): Promise<UserView> {
    const user = await this.users.setDisabled(userId, true);
    await this.audit.record(userId, { type: 'UserDisabled', data: { reason } }, context);
    return user;
  }
}
