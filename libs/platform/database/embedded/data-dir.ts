import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { canReachOnceMade, serverAccount } from './server-account.js';

/** Where a root start keeps the data when DATA_DIR is not set and ./data is out of reach. */
export const ROOT_DATA_HOME = '/var/lib/ket-nghia';

/**
 * The default DATA_DIR (./data) lies inside the checkout. As root, the embedded PostgreSQL runs
 * as `postgres`, who cannot enter a checkout under a private folder (e.g. /root, mode 700); rather
 * than open the user's folders, the data then goes to /var/lib/ket-nghia/<checkout>-<hash>
 * (one folder per checkout, said in one log line). A DATA_DIR the user chose is kept as given
 * (and refused in one line when out of reach: embedded-postgres.ts).
 */
export function effectiveDataDir(dataDir: string, chosen: boolean, log: (line: string) => void): string {
  if (chosen) return dataDir;
  const account = serverAccount();
  const wanted = resolve(dataDir);
  if (canReachOnceMade(account, wanted)) return dataDir;
  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 8);
  const moved = join(ROOT_DATA_HOME, `${basename(dirname(wanted))}-${hash}`);
  log(
    `DATA_DIR is not set and ${wanted} is out of reach of the postgres user that runs the embedded PostgreSQL as root: keeping the data in ${moved} (set DATA_DIR to choose)`,
  );
  return moved;
}
