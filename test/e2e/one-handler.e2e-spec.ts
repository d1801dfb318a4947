import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CreateUserHandler, ListUsersHandler, ListUsersQuery, UserQuery } from '@kn/identity';
import { COMMANDS } from '../../apps/cli/src/commands.js';
import { cliAppContext } from '../../apps/cli/src/app-context.js';
import { DemoStatusQuery } from '@kn/demo';
import { startApi, type Harness } from '../support/api-harness.js';

/**
 * Issue 15: one way in. A user made over HTTP (POST /api/users) and one made from the command line
 * (`users:create`) are the same command object, dispatched on the CommandBus to the same
 * @CommandHandler, with the same event recorded.
 */
describe('the same command and query handlers serve HTTP and the CLI', () => {
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
    const http = await h.admin.post('/api/users', {
      username: 'qua.http',
      displayName: 'Qua HTTP',
      password: 'a-long-password-1',
      role: 'auditor',
    });
    expect(http.status).toBe(201);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(
        await COMMANDS['users:create'].run(h.infra, { username: 'qua.cli', role: 'auditor' }, async () => cli),
      ).toBe(0);
    } finally {
      log.mockRestore();
    }

    expect(
      execute.mock.calls.map(([command]) => [
        command.constructor.name,
        command.user.username,
        command.context.commandName,
      ]),
    ).toEqual([
      ['CreateUserCommand', 'qua.http', 'CreateUser'],
      ['CreateUserCommand', 'qua.cli', 'CreateUser'],
    ]);
    expect(new Set(execute.mock.contexts).size).toBe(2); // the HTTP app's and the CLI's containers each made one
    const events = await h.infra.dataSource.query(
      `select data->>'username' as username, metadata->>'commandName' as command from event_store.events where type = 'UserCreated' and data->>'username' like 'qua.%' order by position`,
    );
    expect(events).toEqual([
      { username: 'qua.http', command: 'CreateUser' },
      { username: 'qua.cli', command: 'CreateUser' },
    ]);
    execute.mockRestore();
  });

  it("ListUsersHandler answers GET /api/users and a QueryBus.execute in the CLI's context alike; UserQuery too, 404 included", async () => {
    const execute = jest.spyOn(ListUsersHandler.prototype, 'execute');
    const http = await h.admin.get('/api/users');
    expect(http.status).toBe(200);
    const bus = await cli.get(QueryBus).execute(new ListUsersQuery());
    expect(execute).toHaveBeenCalledTimes(2);
    expect(new Set(execute.mock.contexts).size).toBe(2); // one handler per container, the same class
    execute.mockRestore();

    const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    expect(http.body.total).toBeGreaterThanOrEqual(3);
    expect(json(bus)).toEqual(http.body);
    const one = http.body.items.find((u: { username: string }) => u.username === 'qua.cli');
    const got = await h.admin.get(`/api/users/${one.id}`);
    expect(got.status).toBe(200);
    expect(json(await cli.get(QueryBus).execute(new UserQuery(one.id)))).toEqual(got.body);
    expect(got.body).toEqual(one);

    const missing = '00000000-0000-4000-8000-000000000001';
    expect((await h.admin.get(`/api/users/${missing}`)).status).toBe(404);
    await expect(cli.get(QueryBus).execute(new UserQuery(missing))).rejects.toMatchObject({ name: 'NotFound' });
  });

  it('DemoStatusQuery answers GET /api/demo and the bus alike (an empty store: no demo)', async () => {
    const http = await h.admin.get('/api/demo');
    expect(http.status).toBe(200);
    expect(http.body).toEqual({ demo: false, seed: null });
    expect(await cli.get(QueryBus).execute(new DemoStatusQuery())).toEqual(http.body);
  });
});
