import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AutomationRunner, loadConfig, LogSealer, openInfrastructure, ProjectionRunner, runMain } from '@kn/platform';
import { AppModule } from '../../api/src/app.module.js';
import { MIGRATIONS_ALL } from '../../api/src/contexts.js';

/**
 * The same projections as the API runs in-process, as a standalone worker (set
 * PROJECTIONS_IN_PROCESS=false on the API when running this). Several may run: the runner's
 * advisory lock and stored checkpoint make each event apply once.
 */
async function main(): Promise<void> {
  const logger = new Logger('projector');
  const infra = await openInfrastructure(loadConfig(), MIGRATIONS_ALL, (l) => logger.log(l));
  // The app's modules without HTTP: the automations dispatch on the CommandBus to the same handlers.
  const app = await NestFactory.createApplicationContext(AppModule.register(infra), {
    logger: ['error', 'warn', 'log'],
  });
  await app.get(ProjectionRunner).start();
  await app.get(AutomationRunner).start();
  app.get(LogSealer).start();
  const stop = async () => {
    await app.close();
    await infra.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  logger.log('projector running');
}

runMain(main);
