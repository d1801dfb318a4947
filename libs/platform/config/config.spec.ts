import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000 with demo data', () => {
    const c = loadConfig({});
    expect([c.port, c.databaseUrl, c.dataDir, c.dataDirChosen, c.demoData, c.adminPassword]).toEqual([
      3000,
      null,
      './data',
      false,
      true,
      null,
    ]);
  });

  it('reads every documented variable', () => {
    const c = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/kn',
      DATABASE_URL: 'postgres://u@h/db',
      DEMO_DATA: 'false',
      EVENTSTORE_URL: 'esdb://h:2113',
      LOG_LEVEL: 'debug',
      ADMIN_PASSWORD: 'a-long-secret-1',
    });
    expect(c).toMatchObject({
      port: 8080,
      dataDir: '/var/kn',
      dataDirChosen: true,
      databaseUrl: 'postgres://u@h/db',
      demoData: false,
      eventStoreUrl: 'esdb://h:2113',
      logLevel: 'debug',
      adminPassword: 'a-long-secret-1',
    });
  });

  it('accepts an EventStoreDB cluster URL with several hosts', () => {
    expect(loadConfig({ EVENTSTORE_URL: 'esdb://a:2113,b:2113,c:2113?tls=false' }).eventStoreUrl).toBe(
      'esdb://a:2113,b:2113,c:2113?tls=false',
    );
    expect(() => loadConfig({ EVENTSTORE_URL: 'http://a:2113' })).toThrow('EVENTSTORE_URL must start with esdb:');
  });

  it('names every bad variable at once', () => {
    expect(() =>
      loadConfig({ PORT: 'x', DATABASE_URL: 'mysql://h', DEMO_DATA: 'maybe', ADMIN_PASSWORD: 'short' }),
    ).toThrow(
      new ConfigError(
        'Invalid configuration: ADMIN_PASSWORD must be at least 12 characters; PORT must be an integer in [0, 65535], got "x"; DATABASE_URL must start with postgres: or postgresql:; DEMO_DATA must be true or false, got "maybe"',
      ),
    );
  });
});
