import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { streamName, SYSTEM_ACTOR, type Message } from '@kn/shared';
import { CommandPipeline, type CommandContext } from '@kn/platform';
import type { UserView } from './users.service.js';

/**
 * Every change to a user is an event in `user-<id>` (who did it, when, why) — never with a
 * password or its hash. The users table stays the source for sign-in.
 */
@Injectable()
export class UserAudit {
  constructor(private readonly pipeline: CommandPipeline) {}

  async record(
    userId: string,
    event: Message<string, Record<string, unknown>>,
    context: CommandContext,
  ): Promise<void> {
    await this.pipeline.appendDecided(
      streamName('user', userId),
      [{ type: event.type, data: { userId, ...event.data } }],
      context,
      'any',
    );
  }

  created(user: UserView, context: CommandContext): Promise<void> {
    const { id, username, displayName, role, organizationId, communeId } = user;
    return this.record(
      id,
      { type: 'UserCreated', data: { username, displayName, role, organizationId, communeId } },
      context,
    );
  }
}

export function systemContext(commandName: string): CommandContext {
  const id = randomUUID();
  return { actor: SYSTEM_ACTOR, commandName, commandId: id, correlationId: id, causationId: id, now: new Date() };
}
