import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, type CommandContext } from '@kn/platform';
import { EVENT_STORE, type EventStore } from '@kn/event-store';
import { UserAudit, UsersService } from '@kn/identity';
import { PersonalDataVault } from '@kn/households';
import { PairingSlots } from '@kn/twinning';
import { castOf } from '../../generate/cast.js';
import { createDemoUsers, type DemoUser } from '../../load/demo-users.js';
import { seedDemo, type DemoOptions, type DemoReport } from '../../load/seed-demo.js';
import { DemoController } from '../../http/demo.controller.js';
import { DemoStatusHandler } from '../../read/demo-status/demo-status.query.js';

export class LoadDemoProvinceCommand extends Command<{ report: DemoReport; users: DemoUser[] }> {
  constructor(
    readonly options: DemoOptions,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Loads the demo province into an empty store (the API's first start, `npm run cli -- seed-demo`):
 * the demo users, then the story, decided by the contexts' deciders and appended through the
 * pipeline in bulk (stream-writer.ts), then the pairing slots reconciled with the pairings.
 */
@CommandHandler(LoadDemoProvinceCommand)
export class LoadDemoProvinceHandler implements ICommandHandler<
  LoadDemoProvinceCommand,
  { report: DemoReport; users: DemoUser[] }
> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly modules: ModuleRef,
  ) {}

  async execute({ options, context }: LoadDemoProvinceCommand): Promise<{ report: DemoReport; users: DemoUser[] }> {
    const get = <T>(type: new (...args: never[]) => T): T => this.modules.get(type, { strict: false });
    const users = await createDemoUsers(get(UsersService), get(UserAudit), options.seed);
    const report = await seedDemo(
      { pipeline: this.pipeline, vault: get(PersonalDataVault), cast: castOf(users.map((u) => u.actor)) },
      options,
    );
    await get(PairingSlots).reconcile(this.modules.get<EventStore>(EVENT_STORE, { strict: false }), {
      ...context,
      commandName: 'ReconcilePairingSlots',
    });
    return { report, users };
  }
}

@Module({ controllers: [DemoController], providers: [LoadDemoProvinceHandler, DemoStatusHandler] })
export class DemoModule {}
