import type { DataSource } from 'typeorm';
import type { Logger } from '@nestjs/common';
import type { CommandBus, ICommand, QueryBus } from '@nestjs/cqrs';
import { DomainError } from '@kn/shared';
import type { EventStore, RecordedEvent } from '@kn/event-store';
import type { CommandContext } from '../commands/command-context.js';
import type { CommandPipeline } from '../commands/command-pipeline.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';

/** What a policy may use: the read models (to find what an event concerns) and the buses it issues commands on. */
export interface AutomationDeps {
  readonly db: DataSource;
  readonly commands: CommandBus;
  readonly queries: QueryBus;
  readonly pipeline: CommandPipeline;
  readonly store: EventStore;
  readonly projections: ProjectionRunner;
}

/**
 * A policy that reacts to events by issuing commands (e.g. pairings and households follow their
 * commune through a merge). It reads the store's log from its own checkpoint. Its commands
 * derive their event ids from the triggering event, so handling an event twice (after a crash)
 * appends nothing new; a refused command (a business rule) is logged and skipped.
 */
export interface Automation {
  readonly name: string;
  readonly types: readonly string[];
  handle(event: RecordedEvent, context: (commandName: string) => CommandContext, deps: AutomationDeps): Promise<void>;
}

export const AUTOMATIONS = Symbol('AUTOMATIONS');

/**
 * One of the commands an automation issues for an event: a refusal by the domain (already done —
 * a replay, or the demo wrote the follower itself) is logged as `<what> refused: …` and the
 * automation goes on with the next; any other error fails the event (the runner retries it).
 */
export async function executeOrLogRefusal(
  deps: AutomationDeps,
  command: ICommand,
  logger: Logger,
  what: string,
): Promise<void> {
  try {
    await deps.commands.execute(command);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    logger.warn(`${what} refused: ${e.code} — ${e.message}`);
  }
}
