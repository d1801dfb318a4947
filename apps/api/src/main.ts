import 'reflect-metadata';
import { Logger, type INestApplication } from '@nestjs/common';
import { AutomationRunner, loadConfig, LogSealer, openInfrastructure, ProjectionRunner, runMain } from '@kn/platform';
import { checkAdminPassword, systemContext, UserAudit, UsersService } from '@kn/identity';
import { PairingSlots } from '@kn/twinning';
import {
  DEFAULT_DEMO_HOUSEHOLDS,
  DEFAULT_DEMO_SEED,
  hasNoBusinessData,
  LoadDemoProvinceCommand,
  printDemoUsers,
} from '@kn/demo';
import { CommandBus } from '@nestjs/cqrs';
import { vietnamDate } from '@kn/shared';
import { createHttpApp } from './http-app.js';
import { MIGRATIONS_ALL } from './contexts.js';

async function main(): Promise<void> {
  const logger = new Logger('ket-nghia');
  const config = checkAdminPassword(loadConfig());
  const infra = await openInfrastructure(config, MIGRATIONS_ALL, (l) => logger.log(l));
  const app = await createHttpApp(infra);
  const loadDemo = config.demoData && (await hasNoBusinessData(infra.store));
  const admin = await app
    .get(UsersService)
    .ensureFirstAdmin(config.adminPassword, (line) => console.log(`\n${line}\n`));
  if (admin) await app.get(UserAudit).created(admin, systemContext('CreateFirstAdmin'));
  const slots = await app.get(PairingSlots).reconcile(infra.store, systemContext('ReconcilePairingSlots'));
  if (slots.freed + slots.claimed)
    logger.log(
      `pairing slots reconciled: ${slots.freed} freed (left by an interrupted command), ${slots.claimed} claimed`,
    );
  if (config.projectionsInProcess) {
    await app.get(ProjectionRunner).start();
    await app.get(AutomationRunner).start();
    app.get(LogSealer).start();
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await infra.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen(config.port, config.host);
  if (loadDemo) void loadDemoProvince(app, logger);
  logger.log(
    `Kết Nghĩa is listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
  );
}

/**
 * An empty store gets the demo province (DEMO_DATA=false skips it) in the background: the app
 * answers at once and fills up while the read models follow. The demo users' passwords are
 * printed once, when the load is done.
 */
async function loadDemoProvince(app: INestApplication, logger: Logger): Promise<void> {
  try {
    let shown = -1;
    const onProgress = ({ done, total }: { done: number; total: number }) => {
      const percent = Math.floor((done / total) * 10) * 10;
      if (percent > shown) logger.log(`loading the demo province in the background: ${(shown = percent)} %`);
    };
    const options = {
      seed: DEFAULT_DEMO_SEED,
      households: DEFAULT_DEMO_HOUSEHOLDS,
      today: vietnamDate(new Date()),
      onProgress,
    };
    const { report, users } = await app
      .get(CommandBus)
      .execute(new LoadDemoProvinceCommand(options, systemContext('LoadDemoProvince')));
    logger.log(
      `demo province loaded: ${report.events} events in ${report.seconds.toFixed(1)} s; the read models catch up in the background`,
    );
    printDemoUsers(users, (line) => console.log(`\n${line}\n`));
  } catch (e) {
    logger.error(`the demo province could not be loaded: ${(e as Error).stack ?? e}`);
  }
}

runMain(main);
