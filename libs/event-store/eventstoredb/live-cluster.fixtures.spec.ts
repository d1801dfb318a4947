import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clusterSize, nodeUrls, resignLeader } from './live-cluster.fixtures.js';

/** The failover scenario's HTTP admin calls, against a stand-in for a node's `/gossip` and `/admin/node/resign`. */
describe('live cluster admin calls (failover scenario)', () => {
  let server: Server;
  let port = 0;
  const calls: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      calls.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
      if (req.url === '/gossip') {
        const member = (state: string, httpPort: number) => ({
          state,
          isAlive: true,
          httpEndPointIp: '172.30.0.2',
          httpEndPointPort: 2113,
          advertiseHostToClientAs: '127.0.0.1',
          advertiseHttpPortToClientAs: httpPort,
        });
        res.end(
          JSON.stringify({
            members: [member('Follower', 1), member('Leader', port), { ...member('Follower', 2), isAlive: false }],
          }),
        );
      } else res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads the node list from an esdb:// URL (TLS from its options, credentials for admin calls)', () => {
    expect(nodeUrls('esdb://127.0.0.1:2111,127.0.0.1:2112?tls=false')).toEqual([
      { base: 'http://127.0.0.1:2111' },
      { base: 'http://127.0.0.1:2112' },
    ]);
    expect(nodeUrls('esdb+discover://ops:p%40ss@esdb:2113')).toEqual([
      { base: 'https://esdb:2113', authorization: `Basic ${Buffer.from('ops:p@ss').toString('base64')}` },
    ]);
  });

  it('finds the leader through gossip (its advertised address) and asks it to resign', async () => {
    const url = `esdb://127.0.0.1:1,127.0.0.1:${port}?tls=false`; // the first node does not answer
    expect(await clusterSize(url)).toBe(2);
    expect(await resignLeader(url)).toBe(`http://127.0.0.1:${port}`);
    expect(calls).toContain('POST /admin/node/resign -');
  });
});
