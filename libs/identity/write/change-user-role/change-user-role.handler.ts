import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { ensureUserReferences } from '../../user-references.js';
import type { CommandContext } from '@kn/platform';
import type { Role } from '@kn/shared';
import { UsersService, type UserView } from '../../users.service.js';
import { UserAudit } from '../../user-audit.js';

export class ChangeUserRoleCommand extends Command<UserView> {
  constructor(
    readonly userId: string,
    readonly change: { role: Role; organizationId?: string | null; communeId?: string | null },
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Changes a user's role and scope; the previous role is kept in the event. */
@CommandHandler(ChangeUserRoleCommand)
export class ChangeUserRoleHandler implements ICommandHandler<ChangeUserRoleCommand, UserView> {
  constructor(
    private readonly users: UsersService,
    private readonly audit: UserAudit,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ userId, change, context }: ChangeUserRoleCommand): Promise<UserView> {
    await ensureUserReferences(this.store, change);
    const before = await this.users.get(userId);
    const user = await this.users.changeRole(userId, change);
    const data = {
      previousRole: before.role,
      role: user.role,
      organizationId: user.organizationId,
      communeId: user.communeId,
    };
    await this.audit.record(userId, { type: 'UserRoleChanged', data }, context);
    return user;
  }
}
