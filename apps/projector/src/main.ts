import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AutomationRunner, loadConfig, LogSealer, openInfrastructure, PlatformModule, ProjectionRunner, runMain } from '@kn/platform';
import { AUTOMATIONS_ALL, MIGRATIONS_ALL, PROJECTIONS_ALL } from '../../api/src/contexts.js';

/**
 * The same projections as the API runs in-process, as a standalone worker (set
 * PROJECTIONS_IN_PROCESS=false on the API when running this). Several may run: the runner's
 * advisory lock and stored checkpoint make each event apply once.
 */
async function main(): Promise<void> {
  const logger = new Logger('projector');
  const infra = await openInfrastructure(loadConfig(), MIGRATIONS_ALL, (l) => logger.log(l));
  @Module({ imports: [PlatformModule.forRoot(infra, PROJECTIONS_ALL, AUTOMATIONS_ALL)] })
  class ProjectorModule {}
  const app = await NestFactory.createApplicationContext(ProjectorModule);
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
