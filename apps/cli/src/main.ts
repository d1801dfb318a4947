import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig, openInfrastructure, runMain, type Infrastructure } from '@kn/platform';
import { cliAppContext } from './app-context.js';
import { MIGRATIONS_ALL } from '../../api/src/contexts.js';
import { COMMANDS, type CliCommand } from './commands.js';

const HELP = `Kết Nghĩa command line — npm run cli -- <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(22)} ${c.summary}`)
  .join('\n')}

The database is the app's: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (stop the
app first when it uses the embedded one).`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || !(name in COMMANDS)) {
    console.log(HELP);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const command: CliCommand = COMMANDS[name];
  const { values } = parseArgs({ args: rest, options: command.options ?? {}, strict: true, allowPositionals: false });
  const infra: Infrastructure = await openInfrastructure(loadConfig(), MIGRATIONS_ALL, (l) => console.error(l));
  let context: Promise<INestApplicationContext> | undefined;
  const app = () => (context ??= cliAppContext(infra));
  try {
    return await command.run(infra, values as Record<string, string | boolean | undefined>, app);
  } finally {
    if (context) await (await context).close();
    await infra.close();
  }
}

runMain(() => main(process.argv.slice(2)));
