/**
 * The live EventStoreDB the `npm run test:esdb` suites talk to (EVENTSTORE_URL), and its HTTP
 * admin side: who leads (`GET /gossip`) and a leader's resignation (`POST /admin/node/resign`,
 * `AdminController.cs` v24.10; needs `$ops` or `$admins`, nothing in insecure mode).
 */
export const liveUrl = process.env.EVENTSTORE_URL;

export const NO_SERVER =
  'skipped: no EventStoreDB server — set EVENTSTORE_URL=esdb://… (see README, "EventStoreDB and containers"); ' +
  'these machines have no Docker engine and no .NET, so no server can run here';

interface GossipMember {
  readonly state: string;
  readonly isAlive: boolean;
  readonly httpEndPointIp: string;
  readonly httpEndPointPort: number;
  readonly advertiseHostToClientAs?: string | null;
  readonly advertiseHttpPortToClientAs?: number;
}

/** The HTTP base URLs of the nodes named in an `esdb://` URL (credentials kept for admin calls). */
export function nodeUrls(url: string): { base: string; authorization?: string }[] {
  const match = /^esdb(?:\+discover)?:\/\/(?:([^@/]+)@)?([^/?]+)/.exec(url);
  if (!match) throw new Error('EVENTSTORE_URL is not an esdb:// URL');
  const tls = !/[?&]tls=false\b/.test(url);
  const authorization = match[1] ? `Basic ${Buffer.from(decodeURIComponent(match[1])).toString('base64')}` : undefined;
  return match[2].split(',').map((host) => ({ base: `${tls ? 'https' : 'http'}://${host}`, authorization }));
}

/** The cluster's members as the first answering node's gossip lists them. */
export async function gossip(
  url: string,
): Promise<{ members: GossipMember[]; via: { base: string; authorization?: string } }> {
  let last: unknown = null;
  for (const node of nodeUrls(url)) {
    try {
      const response = await fetch(`${node.base}/gossip`, {
        headers: node.authorization ? { authorization: node.authorization } : {},
      });
      if (response.ok) return { members: ((await response.json()) as { members: GossipMember[] }).members, via: node };
      last = new Error(`${node.base}/gossip: HTTP ${response.status}`);
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`no node answered /gossip: ${String(last)}`);
}

/** Asks the current leader to resign (it stays up as a follower; the others elect a new leader). */
export async function resignLeader(url: string): Promise<string> {
  const { members, via } = await gossip(url);
  const leader = members.find((m) => m.isAlive && m.state === 'Leader');
  if (!leader) throw new Error('the cluster has no leader to resign');
  const host = leader.advertiseHostToClientAs || leader.httpEndPointIp;
  const port = leader.advertiseHttpPortToClientAs || leader.httpEndPointPort;
  const base = `${via.base.split('://')[0]}://${host}:${port}`;
  const response = await fetch(`${base}/admin/node/resign`, {
    method: 'POST',
    headers: via.authorization ? { authorization: via.authorization } : {},
  });
  if (!response.ok) throw new Error(`${base}/admin/node/resign: HTTP ${response.status}`);
  return base;
}

/** How many alive members the cluster gossips about (1 for a single node). */
export async function clusterSize(url: string): Promise<number> {
  const { members } = await gossip(url);
  return members.filter((m) => m.isAlive).length;
}
