import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError, SYSTEM_ACTOR } from '@kn/shared';
import {
  EVENT_STORE,
  LOG_START,
  type EventStore,
  type LogCheckpoint,
  type RecordedEvent,
  type Subscription,
} from '@kn/event-store';
import type { CommandContext } from '../commands/command-context.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline.js';
import { AUTOMATIONS, type Automation } from './automation.js';

/**
 * Runs every automation over the log. Before handling an event it waits until the read models
 * include it, so a policy may query them (which pairings are on the merged commune?).
 */
@Injectable()
export class AutomationRunner implements OnModuleDestroy {
  private readonly logger = new Logger('automations');
  private readonly subscriptions: Subscription[] = [];

  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUTOMATIONS) private readonly automations: readonly Automation[],
    private readonly projections: ProjectionRunner,
    private readonly pipeline: CommandPipeline,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private stopped = false;

  async start(): Promise<void> {
    this.stopped = false;
    for (const a of this.automations) await this.run(a);
  }

  private async run(a: Automation): Promise<void> {
    const from = await this.checkpoint(a.name);
    const subscription = this.store.subscribe({
      from,
      types: a.types,
      handle: (events, checkpoint) => this.handleBatch(a, events, checkpoint),
      onError: (e) => {
        this.logger.error(`automation ${a.name} failed, retrying: ${(e as Error).message ?? e}`);
        this.subscriptions.splice(this.subscriptions.indexOf(subscription), 1);
        const retry = () => {
          if (!this.stopped) this.run(a).catch(() => setTimeout(retry, 1000).unref());
        };
        setTimeout(retry, 1000).unref();
      },
    });
    this.subscriptions.push(subscription);
  }

  async caughtUp(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.subscriptions.map((s) => s.stop()));
    this.subscriptions.length = 0;
  }

  private async handleBatch(a: Automation, events: readonly RecordedEvent[], checkpoint: LogCheckpoint): Promise<void> {
    for (const e of events) {
      if (!a.types.includes(e.type)) continue;
      await this.projections.waitFor(e.position, 30_000);
      try {
        await a.handle(e, (commandName) => contextFor(a, e, commandName), {
          db: this.db,
          commands: this.commands,
          queries: this.queries,
          pipeline: this.pipeline,
          store: this.store,
          projections: this.projections,
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`${a.name}: ${e.type} at ${e.position} refused: ${error.code} — ${error.message}`);
      }
    }
    await this.db.query(
      `insert into app.automation_checkpoints (name, commit, position) values ($1, $2, $3)
       on conflict (name) do update set commit = excluded.commit, position = excluded.position, updated_at = now()`,
      [a.name, checkpoint.commit, checkpoint.position],
    );
  }

  private async checkpoint(name: string): Promise<LogCheckpoint> {
    const rows: { commit: string; position: string }[] = await this.db.query(
      `select commit, position from app.automation_checkpoints where name = $1`,
      [name],
    );
    return rows.length ? { commit: Number(rows[0].commit), position: Number(rows[0].position) } : LOG_START;
  }
}

function contextFor(a: Automation, e: RecordedEvent, commandName: string): CommandContext {
  return {
    actor: SYSTEM_ACTOR,
    commandName,
    commandId: randomUUID(),
    correlationId: e.metadata.correlationId ?? e.eventId,
    causationId: e.eventId,
    now: new Date(),
    idempotencyKey: `${a.name}:${e.eventId}:${commandName}`,
    reason: `${a.name} (${e.type})`,
  };
}
