import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@kn/platform';
import { UsersService } from '../../users.service.js';
import { UserAudit } from '../../user-audit.js';

export class ChangeOwnPasswordCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A signed-in user changes their own password (the current one is checked). */
@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand, void> {
  constructor(
    private readonly users: UsersService,
    private readonly audit: UserAudit,
  ) {}

  async execute({ userId, currentPassword, newPassword, context }: ChangeOwnPasswordCommand): Promise<void> {
    await this.users.changeOwnPassword(userId, currentPassword, newPassword);
    await this.audit.record(userId, { type: 'UserPasswordChanged', data: {} }, context);
  }
}
