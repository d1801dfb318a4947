import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UsersService, type UserView } from '../../users.service.js';

/** Every user (admins' list; a province has a few hundred at most). */
export class ListUsersQuery extends Query<{ items: UserView[]; total: number }> {}

export class UserQuery extends Query<UserView> {
  constructor(readonly userId: string) {
    super();
  }
}

/** Sign-in attempts, newest first, optionally of one username. */
export class SignInAttemptsQuery extends Query<{ items: unknown[] }> {
  constructor(
    readonly username: string | undefined,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, { items: UserView[]; total: number }> {
  constructor(private readonly users: UsersService) {}

  async execute(): Promise<{ items: UserView[]; total: number }> {
    const items = await this.users.list();
    return { items, total: items.length };
  }
}

@QueryHandler(UserQuery)
export class UserHandler implements IQueryHandler<UserQuery, UserView> {
  constructor(private readonly users: UsersService) {}

  execute({ userId }: UserQuery): Promise<UserView> {
    return this.users.get(userId);
  }
}

@QueryHandler(SignInAttemptsQuery)
export class SignInAttemptsHandler implements IQueryHandler<SignInAttemptsQuery, { items: unknown[] }> {
  constructor(private readonly users: UsersService) {}

  async execute({ username, limit, offset }: SignInAttemptsQuery): Promise<{ items: unknown[] }> {
    return { items: await this.users.loginAttempts(username, limit, offset) };
  }
}

export const USER_QUERY_HANDLERS = [ListUsersHandler, UserHandler, SignInAttemptsHandler];
