import { ConfigError, type AppConfig } from '@kn/platform';
import { passwordProblems } from './domain/password.js';

/**
 * ADMIN_PASSWORD meets the same policy as every password (it becomes the `admin` user's): checked
 * with the rest of the configuration, so a bad one stops the start in one line, not a stack trace.
 */
export function checkAdminPassword(config: AppConfig): AppConfig {
  if (config.adminPassword === null) return config;
  const problems = passwordProblems(config.adminPassword, 'admin');
  if (problems.length)
    throw new ConfigError(`Invalid configuration: ADMIN_PASSWORD ${problems.join(', ')} (the username is "admin")`);
  return config;
}
