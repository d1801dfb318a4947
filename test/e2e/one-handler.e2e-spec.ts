import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { CreateUserHandler } from '@kn/identity';
import { COMMANDS } from '../../apps/cli/src/commands.js';
import { cliAppContext } from '../../apps/cli/src/app-context.js';
import { startApi, type Harness } from '../support/api-harness.js';

/**
 * Issue 15: one way in. A user made over HTTP (POST /api/users) and one made from the command line
 * (`users:create`) are the same command object, dispatched on the CommandBus to the same
 * @CommandHandler, with the same event recorded.
 */
describe('the same command handler serves HTTP and the CLI', () => {
  let h: Harness;
  let cli: INestApplicationContext;
  beforeAll(async () => {
    h = await startApi({ projections: false });
    cli = await cliAppContext(h.infra);
  });
  afterAll(async () => {
    await cli?.close();
    await h?.close();
  });

  it('CreateUserHandler runs for POST /api/users and for users:create, and both record UserCreated', async () => {
    const execute = jest.spyOn(CreateUserHandler.prototype, 'execute');
    const http = await h.admin.post('/api/users', { username: 'qua.http', displayName: 'Qua HTTP', password: 'a-long-password-1', role: 'auditor' });
    expect(http.status).toBe(201);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await COMMANDS['users:create'].run(h.infra, { username: 'qua.cli', role: 'auditor' }, async () => cli)).toBe(0);
    } finally {
      log.mockRestore();
    }

    expect(execute.mock.calls.map(([command]) => [command.constructor.name, command.user.username, command.context.commandName])).toEqual([
      ['CreateUserCommand', 'qua.http', 'CreateUser'],
      ['CreateUserCommand', 'qua.cli', 'CreateUser'],
    ]);
    expect(new Set(execute.mock.contexts).size).toBe(2); // the HTTP app's and the CLI's containers each made one
    const events = await h.infra.dataSource.query(
      `select data->>'username' as username, metadata->>'commandName' as command from event_store.events where type = 'UserCreated' and data->>'username' like 'qua.%' order by position`,
    );
    expect(events).toEqual([{ username: 'qua.http', command: 'CreateUser' }, { username: 'qua.cli', command: 'CreateUser' }]);
    execute.mockRestore();
  });
});
