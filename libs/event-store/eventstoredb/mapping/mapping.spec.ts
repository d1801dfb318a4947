import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { LOG_START, type EventMetadata, type EventToAppend } from '../../event-store.port.js';
import { eventHash } from '../../hash-chain.js';
import { isAfter, probeAt, readFrom, toCheckpoint } from './checkpoints.js';
import { NO_STREAM_HEAD, envelopeOf, headOf, prepareBatch, recomputeHash, toRecordedEvent } from './envelope.js';
import {
  actualRevision,
  assertExpectedRevision,
  retryable,
  satisfies,
  toEsdbExpected,
  toSafeNumber,
} from './expected-revision.js';
import { escapeRegex, isSystemStream, matchesFilter, serverFilter } from './filters.js';
import { idStream, parseIdRecord, parseSealBlock, toSealBlock, type SealLink } from './seal-blocks.js';

const metadata = {
  actor: { userId: 'u', username: 'cán bộ', role: 'staff' },
  commandName: 'C',
  commandId: 'c',
  correlationId: 'k',
  causationId: 'k',
  reason: null,
} as unknown as EventMetadata;
const ev = (type = 'Opened', data: Record<string, unknown> = { n: 1 }): EventToAppend => ({
  eventId: randomUUID().toUpperCase(),
  type,
  data,
  metadata,
});

describe('expected revision mapping', () => {
  it.each([
    ['any', -1, true],
    ['any', 7, true],
    ['no_stream', -1, true],
    ['no_stream', 0, false],
    ['stream_exists', -1, false],
    ['stream_exists', 0, true],
    [3, 3, true],
    [3, 2, false],
    [3, 4, false],
    [0, -1, false],
  ] as const)('%p against actual %p: %p', (expected, actual, ok) => {
    expect(satisfies(expected, actual)).toBe(ok);
  });

  it('always sends ESDB the exact head the batch was hashed against', () => {
    expect(toEsdbExpected(-1)).toBe('no_stream');
    expect(toEsdbExpected(0)).toBe(0);
    expect(toEsdbExpected(41)).toBe(41);
    expect(() => toEsdbExpected(-2)).toThrow();
  });

  it('retries a lost race only for any and stream_exists', () => {
    expect(retryable('any', 5)).toBe(true);
    expect(retryable('stream_exists', 5)).toBe(true);
    expect(retryable('stream_exists', -1)).toBe(false);
    expect(retryable('no_stream', 5)).toBe(false);
    expect(retryable(4, 5)).toBe(false);
  });

  it("maps WrongExpectedVersionError's actualVersion to our actual (-1 for no stream)", () => {
    expect(actualRevision('no_stream')).toBe(-1);
    expect(actualRevision(12n)).toBe(12);
    expect(actualRevision('12')).toBe(12);
    expect(actualRevision(3)).toBe(3);
    expect(actualRevision('any')).toBeNull();
    expect(actualRevision(undefined)).toBeNull();
  });

  it('rejects bad expectations and numbers beyond 2^53', () => {
    expect(() => assertExpectedRevision(-1)).toThrow();
    expect(() => assertExpectedRevision(1.5)).toThrow();
    expect(() => assertExpectedRevision('any')).not.toThrow();
    expect(toSafeNumber(2n ** 53n - 1n, 'x')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(2n ** 53n, 'x')).toThrow(/2\^53/);
  });
});

describe('checkpoint mapping', () => {
  it('commit → commit, prepare → position', () => {
    expect(toCheckpoint({ commit: 100, prepare: 250 })).toEqual({ commit: 100, position: 250 });
  });

  it('reads start at the checkpoint (inclusive) and drop it', () => {
    expect(readFrom(undefined)).toBe('start');
    expect(readFrom(LOG_START)).toBe('start');
    expect(readFrom({ commit: 100, position: 250 })).toEqual({ commit: 100, prepare: 250 });
    const after = { commit: 100, position: 250 };
    expect(isAfter({ commit: 100, prepare: 250 }, after)).toBe(false);
    expect(isAfter({ commit: 100, prepare: 251 }, after)).toBe(true);
    expect(isAfter({ commit: 101, prepare: 101 }, after)).toBe(true);
    expect(isAfter({ commit: 99, prepare: 400 }, after)).toBe(false);
    expect(isAfter({ commit: 1, prepare: 1 }, undefined)).toBe(true);
  });

  it('probes a position at (position, position)', () => {
    expect(probeAt(77)).toEqual({ commit: 77, prepare: 77 });
  });
});

describe('filter mapping', () => {
  it('categories go to the server as a stream-name regex, types are matched here', () => {
    const f = serverFilter({ categories: ['household', 'pairing'], types: ['Opened'] });
    expect(f).toEqual({ on: 'streamName', regex: '^(?:household|pairing)(?:-|$)' });
    const re = new RegExp(f.regex);
    expect(re.test(`household-${randomUUID()}`)).toBe(true);
    expect(re.test('household')).toBe(true);
    expect(re.test(`households-${randomUUID()}`)).toBe(false);
    expect(re.test(`$ce-household`)).toBe(false);
    expect(matchesFilter({ categories: ['household'], types: ['Opened'] }, 'household-1', 'Closed')).toBe(false);
    expect(matchesFilter({ categories: ['household'], types: ['Opened'] }, 'household-1', 'Opened')).toBe(true);
  });

  it('types alone go to the server as an exact event-type regex', () => {
    const f = serverFilter({ types: ['Opened', 'A.B'] });
    expect(f).toEqual({ on: 'eventType', regex: '^(?:Opened|A\\.B)$' });
    const re = new RegExp(f.regex);
    expect(re.test('Opened')).toBe(true);
    expect(re.test('OpenedLater')).toBe(false);
    expect(re.test('AxB')).toBe(false);
  });

  it('no filter still keeps system and bookkeeping streams out; an empty list matches nothing', () => {
    const re = new RegExp(serverFilter({}).regex);
    expect(re.test('pairing-1')).toBe(true);
    expect(re.test('$stats-1')).toBe(false);
    expect(re.test('_kn.seal')).toBe(false);
    expect(re.test(idStream(randomUUID()))).toBe(false);
    expect(new RegExp(serverFilter({ categories: [] }).regex).test('pairing-1')).toBe(false);
    expect(matchesFilter({ categories: [] }, 'pairing-1', 'X')).toBe(false);
    expect(isSystemStream('$all')).toBe(true);
    expect(isSystemStream('_kn.seal')).toBe(true);
    expect(matchesFilter({}, '_kn.seal', 'kn.seal-block')).toBe(false);
  });

  it('escapes regex syntax', () => {
    expect(new RegExp(`^${escapeRegex('a.b*c$(d)[e]-f')}$`).test('a.b*c$(d)[e]-f')).toBe(true);
  });
});

describe('metadata envelope and hash chain', () => {
  it('hashes a batch against the head, chaining each event to the previous one', () => {
    const now = new Date('2026-11-26T07:00:00.000Z');
    const events = [ev('Opened', { head: 'Lò Văn Páo' }), ev('Noted')];
    const batch = prepareBatch('household-1', NO_STREAM_HEAD, events, now);
    expect(batch).toMatchObject({ firstRevision: 0, lastRevision: 1, recordedAt: now });
    const [a, b] = batch.events;
    expect(a.id).toBe(events[0].eventId.toLowerCase());
    expect(a.metadata).toEqual({
      kn: 1,
      metadata,
      recordedAt: now.toISOString(),
      prevHash: null,
      hash: batch.hashes[0],
    });
    expect(b.metadata).toMatchObject({ prevHash: batch.hashes[0], hash: batch.hashes[1] });
    expect(batch.hashes[0]).toBe(
      eventHash(
        {
          streamId: 'household-1',
          revision: 0,
          eventId: a.id,
          type: 'Opened',
          data: { head: 'Lò Văn Páo' },
          metadata,
          recordedAt: now,
        },
        null,
      ),
    );
  });

  it('never lets recordedAt go backwards within a stream', () => {
    const later = new Date('2026-11-26T08:00:00.000Z');
    const batch = prepareBatch(
      's-1',
      { revision: 4, hash: 'h', recordedAt: later },
      [ev()],
      new Date('2026-11-26T07:00:00.000Z'),
    );
    expect(batch.recordedAt).toEqual(later);
    expect(batch.firstRevision).toBe(5);
    expect(batch.events[0].metadata).toMatchObject({ prevHash: 'h' });
  });

  it('reads a stored event back as the port sees it, and refuses foreign ones', () => {
    const now = new Date('2026-11-26T07:00:00.123Z');
    const batch = prepareBatch('pairing-9', NO_STREAM_HEAD, [ev('Established', { note: 'thăm hộ' })], now);
    const stored = {
      streamId: 'pairing-9',
      revision: 0,
      id: batch.events[0].id.toUpperCase(),
      type: 'Established',
      data: batch.events[0].data,
      metadata: batch.events[0].metadata,
      created: new Date(),
      position: { commit: 10, prepare: 12 },
    };
    const event = toRecordedEvent(stored);
    expect(event).toEqual({
      eventId: batch.events[0].id,
      streamId: 'pairing-9',
      revision: 0,
      position: 12,
      checkpoint: { commit: 10, position: 12 },
      type: 'Established',
      data: { note: 'thăm hộ' },
      metadata,
      recordedAt: now,
      prevHash: null,
      hash: batch.hashes[0],
    });
    expect(recomputeHash(stored, envelopeOf(stored.metadata)!)).toBe(batch.hashes[0]);
    expect(headOf(stored)).toEqual({ revision: 0, hash: batch.hashes[0], recordedAt: now });
    expect(headOf(undefined)).toEqual(NO_STREAM_HEAD);
    expect(toRecordedEvent({ ...stored, metadata: { actor: 'someone else' } })).toBeNull();
    expect(toRecordedEvent({ ...stored, position: undefined })).toBeNull();
    expect(envelopeOf({ kn: 1, metadata, recordedAt: 'yesterday', prevHash: null, hash: 'x' })).toBeNull();
  });
});

describe('seal blocks and id records', () => {
  const link = (p: number, at: number): SealLink => [p, p, 's-1', 0, 'e'.repeat(64), 's'.repeat(64), at];

  it('keeps the smallest recordedAt of a block', () => {
    const block = toSealBlock(11, [link(1, 300), link(2, 100), link(3, 200)]);
    expect(block).toMatchObject({ first: 11, minRecordedAt: 100 });
    expect(parseSealBlock(JSON.parse(JSON.stringify(block)))).toEqual(block);
    expect(() => toSealBlock(1, [])).toThrow();
  });

  it('rejects what is not a block or an id record', () => {
    expect(parseSealBlock({ first: 1, minRecordedAt: 0, links: [[1, 2, 's']] })).toBeNull();
    expect(parseSealBlock(null)).toBeNull();
    expect(parseIdRecord({ streamId: 's-1', firstRevision: 0, eventIds: ['a'] })).toEqual({
      streamId: 's-1',
      firstRevision: 0,
      eventIds: ['a'],
    });
    expect(parseIdRecord({ streamId: 's-1', eventIds: ['a'] })).toBeNull();
    expect(idStream('ABC')).toBe('_kn.eid-abc');
  });
});
