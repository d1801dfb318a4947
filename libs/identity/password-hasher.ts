import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import pLimit from 'p-limit';

// scrypt (RFC 7914) from node:crypto: a memory-hard KDF with no native dependency to build.
// N=2^15, r=8 → 32 MiB per hash, ~50 ms here. Parameters are stored with each hash.
const PARAMS = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

// At most two hashes at a time. Each one holds a libuv thread (of four) and 32 MiB; a burst of
// sign-ins or user creations unbounded fills the thread pool that the database driver's SCRAM
// handshake also needs, and new connections then time out (seen by the fuzz suite: 503s).
const hashing = pLimit(2);

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return hashing(
    () =>
      new Promise<Buffer>((ok, fail) =>
        scrypt(password, salt, keylen, options, (err, key) => (err ? fail(err) : ok(key))),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(expected, actual);
}

/** Spend the same time as a real check, so a missing user can't be told from a wrong password. */
let dummy: string | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= await hashPassword('not-a-real-password');
  await verifyPassword(password, dummy);
}
