import { ConfigError } from './config.js';
import { StartFailure } from '../database/embedded/start-failure.js';

/**
 * How every process (API, projector, CLI) ends when its start or its work fails: one line that
 * says what happened — the message of a configuration or start failure as it is, anything else
 * as its first line (the stack only with LOG_LEVEL=debug) — and exit code 1.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exit(code);
    },
    (e: unknown) => {
      console.error(failureLine(e));
      if (!(e instanceof ConfigError || e instanceof StartFailure) && process.env.LOG_LEVEL === 'debug')
        console.error(e);
      process.exit(1);
    },
  );
}

export function failureLine(e: unknown): string {
  if (e instanceof ConfigError || e instanceof StartFailure) return e.message;
  if (String((e as { code?: unknown })?.code).startsWith('ERR_PARSE_ARGS')) return (e as Error).message;
  const message = e instanceof Error ? e.message : String(e);
  return `Kết Nghĩa stopped: ${message.split('\n')[0] || (e as Error)?.name || 'unknown error'} (LOG_LEVEL=debug shows the details)`;
}
