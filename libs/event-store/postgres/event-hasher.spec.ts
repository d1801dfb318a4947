import { canonicalJson, eventHash } from '../hash-chain.js';
import { EventHasher, canonicalStringify } from './event-hasher.js';

/** A small deterministic generator of values an app may pass as event data. */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const keys = ['a', 'b', 'B', '10', '9', '01', '-1', 'đ', 'Đường', 'z', '', '_', 'ä', '😀', 'key with space', '"q"'];
  const strings = ['', 'x', 'Nguyễn Thị Hường', 'line\nbreak', 'quote " and \\', '\u0001', '😀', 'tab\t', '\u2028'];
  const numbers = [0, -0, 1, -1, 1.5, 1e21, 1e-7, 123456789.125, Number.MAX_SAFE_INTEGER, NaN, Infinity];
  const odd = [
    () => undefined,
    () => () => 1,
    () => new Date(Date.UTC(2026, 10, 2, 3, 4, 5, 678)),
    () => new Number(4),
    () => new String('s'),
    () => new Boolean(false),
    () => ({ toJSON: (key: string) => ({ key, kind: 'custom' }) }),
    () => Symbol('s'),
  ];
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 3 ? 5 : 7));
    if (kind === 0) return null;
    if (kind === 1) return next() < 0.5;
    if (kind === 2) return pick(numbers);
    if (kind === 3) return pick(strings);
    if (kind === 4) return pick(odd)();
    if (kind === 5) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(keys), value(depth + 1)]));
  };
  return { object: () => ({ v: value(0), w: value(1) }) };
}

const reference = (v: unknown) => canonicalJson(JSON.parse(JSON.stringify(v)));

describe('canonicalStringify', () => {
  it('is canonicalJson of what JSON keeps of a value (toJSON, undefined, functions, NaN, boxed values)', () => {
    const g = generator(7);
    for (let i = 0; i < 3000; i++) {
      const v = g.object();
      expect(canonicalStringify(v)).toBe(reference(v));
    }
  });

  it('is canonicalJson for values parsed back from jsonb', () => {
    const g = generator(3);
    for (let i = 0; i < 1000; i++) {
      const parsed = JSON.parse(JSON.stringify(g.object())) as unknown;
      expect(canonicalStringify(parsed)).toBe(canonicalJson(parsed));
    }
  });

  it('refuses what JSON refuses', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => canonicalStringify(circular)).toThrow(TypeError);
    expect(() => canonicalStringify({ n: 1n })).toThrow(TypeError);
  });
});

describe('EventHasher', () => {
  it('hashes exactly as eventHash does, also when a batch shares metadata', () => {
    const g = generator(11);
    const hasher = new EventHasher();
    const metadata = { actor: { userId: 'u', role: 'staff' }, extra: g.object() };
    let prev: string | null = null;
    for (let revision = 0; revision < 500; revision++) {
      const event = {
        streamId: 'household-5d2c',
        revision,
        eventId: `0b9b6a4e-55a1-4d83-a0e8-${String(revision).padStart(12, '0')}`,
        type: revision % 2 ? 'MemberAdded' : 'Assessed',
        recordedAt: new Date(1_790_000_000_000 + revision),
      };
      const data = g.object();
      const hash = hasher.hash(event, hasher.json(data), hasher.json(metadata), prev);
      const stored = {
        ...event,
        data: JSON.parse(JSON.stringify(data)) as unknown,
        metadata: JSON.parse(JSON.stringify(metadata)) as unknown,
      };
      expect(hash).toBe(eventHash(stored, prev));
      prev = hash;
    }
  });
});
