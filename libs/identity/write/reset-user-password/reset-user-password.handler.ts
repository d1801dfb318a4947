import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@kn/platform';
import { UsersService } from '../../users.service.js';
import { UserAudit } from '../../user-audit.js';

export class ResetUserPasswordCommand extends Command<{ oneTimePassword: string }> {
  constructor(
    readonly userId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Resets a user's password to a one-time one (returned once). */
@CommandHandler(ResetUserPasswordCommand)
export class ResetUserPasswordHandler implements ICommandHandler<
  ResetUserPasswordCommand,
  { oneTimePassword: string }
> {
  constructor(
    private readonly users: UsersService,
    private readonly audit: UserAudit,
  ) {}

  async execute({ userId, context }: ResetUserPasswordCommand): Promise<{ oneTimePassword: string }> {
    const oneTimePassword = await this.users.resetPassword(userId);
    await this.audit.record(userId, { type: 'UserPasswordReset', data: {} }, context);
    return { oneTimePassword };
  }
}
