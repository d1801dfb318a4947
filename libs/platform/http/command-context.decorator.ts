import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { Actor } from '@kn/shared';
import type { CommandContext } from '../commands/command-context.js';
import { problem, ProblemException } from './problem.js';

/**
 * `@Cmd('RecordVisit') ctx: CommandContext` — the actor, ids, clock and preconditions of one
 * command, taken from the authenticated request and its headers.
 */
export const Cmd = createParamDecorator((commandName: string, ctx: ExecutionContext): CommandContext => {
  const req = ctx.switchToHttp().getRequest<Request & { user?: Actor; commandName?: string }>();
  if (!req.user) throw new ProblemException(problem(401, 'unauthenticated', 'Sign in first.'));
  req.commandName = commandName;
  const commandId = randomUUID();
  const correlation = req.header('x-correlation-id');
  return {
    actor: req.user,
    commandName,
    commandId,
    correlationId: correlation && /^[\w.:-]{1,100}$/.test(correlation) ? correlation : commandId,
    causationId: commandId,
    now: new Date(),
    ifMatch: parseIfMatch(req.header('if-match')),
    idempotencyKey: req.header('idempotency-key') || undefined,
    reason: typeof req.body?.reason === 'string' ? req.body.reason : null,
  };
});

export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!m)
    throw new ProblemException(
      problem(400, 'bad_if_match', 'If-Match must be a revision in quotes, as sent in the ETag header, e.g. "3".'),
    );
  return Number(m[1]);
}
