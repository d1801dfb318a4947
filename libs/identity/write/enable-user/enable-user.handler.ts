import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@kn/platform';
import { UsersService, type UserView } from '../../users.service.js';
import { UserAudit } from '../../user-audit.js';

export class EnableUserCommand extends Command<UserView> {
  constructor(
    readonly userId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Enables a disabled user again. */
@CommandHandler(EnableUserCommand)
export class EnableUserHandler implements ICommandHandler<EnableUserCommand, UserView> {
  constructor(
    private readonly users: UsersService,
    private readonly audit: UserAudit,
  ) {}

  async execute({ userId, context }: EnableUserCommand): Promise<UserView> {
    const user = await this.users.setDisabled(userId, false);
    await this.audit.record(userId, { type: 'UserEnabled', data: {} }, context);
    return user;
  }
}
