import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AutomationRunner, ConfigError, loadConfig, LogSealer, openInfrastructure, ProjectionRunner } from '@kn/platform';
import { systemContext, UserAudit, UsersService } from '@kn/identity';
import { createHttpApp } from './http-app.js';
import { MIGRATIONS_ALL } from './contexts.js';

async function main(): Promise<void> {
  const logger = new Logger('ket-nghia');
  const config = loadConfig();
  const infra = await openInfrastructure(config, MIGRATIONS_ALL, (l) => logger.log(l));
  const app = await createHttpApp(infra);
  const admin = await app.get(UsersService).ensureFirstAdmin(config.adminPassword, (line) => console.log(`\n${line}\n`));
  if (admin) await app.get(UserAudit).created(admin, systemContext('CreateFirstAdmin'));
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
  logger.log(`Kết Nghĩa is listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
