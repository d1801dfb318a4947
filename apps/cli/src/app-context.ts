import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Infrastructure } from '@kn/platform';
import { AppModule } from '../../api/src/app.module.js';

/**
 * The API's own modules without HTTP (and without running projections): the CLI's commands are
 * dispatched on this CommandBus, to the handlers HTTP requests reach.
 */
export function cliAppContext(infra: Infrastructure): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(AppModule.register(infra), { logger: ['error', 'warn'] });
}
