import { canonicalJson, eventHash, sealHash, type HashableEvent } from './hash-chain.js';

const data = { head: 'Hờ A Pao', members: [{ name: 'Giàng Thị Mỷ', born: 1990 }], commune: 'Lũng Cú' };

const event: HashableEvent = {
  streamId: 'household-7d7f0f7e-2c1b-4a53-9a43-1a0f4a3f2b10',
  revision: 3,
  eventId: '0b9b6a4e-55a1-4d83-a0e8-2e3c4b5a6d7e',
  type: 'HouseholdRegistered',
  data,
  metadata: { commandName: 'RegisterHousehold', actor: { userId: 'u1', role: 'commune_officer' } },
  recordedAt: new Date('2026-11-02T03:04:05.678Z'),
};

describe('canonicalJson', () => {
  it('does not depend on object key order, at any depth', () => {
    const a = { b: 1, a: { y: [1, { q: 1, p: 2 }], x: 'đ' } };
    const b = { a: { x: 'đ', y: [1, { p: 2, q: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"đ","y":[1,{"p":2,"q":1}]},"b":1}');
  });

  it('keeps array order significant', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('drops undefined members like JSON does and writes dates as ISO strings', () => {
    expect(canonicalJson({ a: undefined, b: null, d: new Date('2026-01-01T00:00:00Z') })).toBe(
      '{"b":null,"d":"2026-01-01T00:00:00.000Z"}',
    );
  });

  it('is unchanged by a JSON round trip of the value (what jsonb storage does)', () => {
    const round = JSON.parse(JSON.stringify(data)) as unknown;
    expect(canonicalJson(round)).toBe(canonicalJson(data));
  });
});

describe('eventHash', () => {
  const base = eventHash(event, 'f'.repeat(64));

  it('is a stable sha-256 hex digest', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(
      eventHash({ ...event, data: { commune: 'Lũng Cú', members: data.members, head: 'Hờ A Pao' } }, 'f'.repeat(64)),
    ).toBe(base);
  });

  const changes: [string, Partial<HashableEvent>][] = [
    ['streamId', { streamId: 'household-other' }],
    ['revision', { revision: 4 }],
    ['eventId', { eventId: '0b9b6a4e-55a1-4d83-a0e8-2e3c4b5a6d7f' }],
    ['type', { type: 'HouseholdMoved' }],
    ['data', { data: { ...data, head: 'Hờ A Páo' } }],
    ['metadata', { metadata: { commandName: 'RegisterHousehold', actor: { userId: 'u2', role: 'commune_officer' } } }],
    ['recordedAt', { recordedAt: new Date('2026-11-02T03:04:05.679Z') }],
  ];
  it.each(changes)('changes when %s changes', (_field, change) => {
    expect(eventHash({ ...event, ...change }, 'f'.repeat(64))).not.toBe(base);
  });

  it('changes with the predecessor hash, and null differs from any hash', () => {
    expect(eventHash(event, 'e'.repeat(64))).not.toBe(base);
    expect(eventHash(event, null)).not.toBe(base);
  });
});

describe('sealHash', () => {
  it('changes with the previous seal, the event hash and the position', () => {
    const base = sealHash('a'.repeat(64), 'b'.repeat(64), 10);
    expect(sealHash(null, 'b'.repeat(64), 10)).not.toBe(base);
    expect(sealHash('a'.repeat(64), 'c'.repeat(64), 10)).not.toBe(base);
    expect(sealHash('a'.repeat(64), 'b'.repeat(64), 11)).not.toBe(base);
    expect(sealHash('a'.repeat(64), 'b'.repeat(64), 10)).toBe(base);
  });
});
