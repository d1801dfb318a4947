import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  AppendTooLargeError,
  IdempotencyConflictError,
  LOG_START,
  WrongExpectedRevisionError,
  compareCheckpoints,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type LogCheckpoint,
  type RecordedEvent,
} from '../event-store.port.js';
import { collect, eventually } from './eventually.js';

/** What a contract run is given: the store, and what its environment can do to it. */
export interface ContractSubject {
  readonly store: EventStore;
  teardown(): Promise<void>;
  /**
   * A leader change in a clustered store (the old leader stays up and keeps serving the
   * connections it has). Stores without leaders leave it out: the cases still run, unprovoked.
   */
  leaderChange?(): Promise<void>;
}

/**
 * The behaviour every event-store adapter must have, as jest blocks. Adapter-agnostic: it uses
 * only the port. Every test writes to fresh streams of a fresh category, so the suite also runs
 * against a store that holds other data.
 *
 *   eventStoreContract('postgres', async () => ({ store, teardown }));
 */
export function eventStoreContract(name: string, factory: () => Promise<ContractSubject>): void {
  describe(`event store contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await factory();
    });
    afterAll(async () => {
      await subject.teardown();
    });
    const s = () => subject.store;
    const env = () => subject;

    describe('expected revision', () => expectedRevisionContract(s));
    describe('revisions, positions and reads', () => readContract(s));
    describe('idempotent appends', () => idempotencyContract(s));
    describe('subscriptions', () => subscriptionContract(s));
    describe('concurrency', () => concurrencyContract(s));
    describe('tamper evidence', () => sealContract(s));
    describe('what a clustered store must not hide', () => clusterContract(s, env));
  });
}

type Store = () => EventStore;

/** A category no other test uses: one lowercase word, as stream names require. */
export function freshCategory(): string {
  return `t${[...randomBytes(10)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

export function freshStream(category = freshCategory()): string {
  return `${category}-${randomUUID()}`;
}

export const testMetadata: EventMetadata = {
  actor: { userId: randomUUID(), username: 'cán bộ xã', role: 'commune_officer', communeId: 'c-1' },
  commandName: 'RecordVisit',
  commandId: randomUUID(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  reason: null,
};

export function newEvent(
  type = 'VisitRecorded',
  data: Record<string, unknown> = { n: 1 },
  metadata = testMetadata,
): EventToAppend {
  return { eventId: randomUUID(), type, data, metadata };
}

function events(n: number, type = 'VisitRecorded'): EventToAppend[] {
  return Array.from({ length: n }, (_, i) => newEvent(type, { n: i }));
}

/** Waits until everything up to `checkpoint` is settled in the log (visible to readAll). */
async function settled(store: EventStore, checkpoint: LogCheckpoint): Promise<void> {
  await eventually(async () => compareCheckpoints(await store.head(), checkpoint) >= 0);
}

async function rejectsWith<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

function expectedRevisionContract(store: Store): void {
  it('no_stream: creates a stream, and fails on an existing one with its actual revision', async () => {
    const id = freshStream();
    await expect(store().append(id, events(1), { expectedRevision: 'no_stream' })).resolves.toMatchObject({
      revision: 0,
    });
    await store().append(id, events(1));
    const error = await rejectsWith(
      store().append(id, events(1), { expectedRevision: 'no_stream' }),
      WrongExpectedRevisionError,
    );
    expect(error).toMatchObject({ streamId: id, expected: 'no_stream', actual: 1 });
  });

  it('stream_exists: fails on a missing stream with actual -1, appends to an existing one', async () => {
    const id = freshStream();
    const error = await rejectsWith(
      store().append(id, events(1), { expectedRevision: 'stream_exists' }),
      WrongExpectedRevisionError,
    );
    expect(error).toMatchObject({ streamId: id, expected: 'stream_exists', actual: -1 });
    await store().append(id, events(2));
    await expect(store().append(id, events(1), { expectedRevision: 'stream_exists' })).resolves.toMatchObject({
      revision: 2,
    });
  });

  it('an exact revision: appends when it is the current one, fails behind and ahead with the actual', async () => {
    const id = freshStream();
    await store().append(id, events(2), { expectedRevision: 'no_stream' });
    await expect(store().append(id, events(1), { expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    for (const stale of [1, 5]) {
      const error = await rejectsWith(
        store().append(id, events(1), { expectedRevision: stale }),
        WrongExpectedRevisionError,
      );
      expect(error).toMatchObject({ streamId: id, expected: stale, actual: 2 });
    }
    const missing = await rejectsWith(
      store().append(freshStream(), events(1), { expectedRevision: 0 }),
      WrongExpectedRevisionError,
    );
    expect(missing.actual).toBe(-1);
    expect(await store().readStream(id)).toHaveLength(3);
  });

  it('any (and no option): appends to a new or an existing stream', async () => {
    const id = freshStream();
    await expect(store().append(id, events(1), { expectedRevision: 'any' })).resolves.toMatchObject({ revision: 0 });
    await expect(store().append(id, events(2))).resolves.toMatchObject({ revision: 2 });
  });
}

function readContract(store: Store): void {
  it('revisions count from 0 in a stream; positions and checkpoints increase', async () => {
    const id = freshStream();
    const first = await store().append(id, events(3));
    const second = await store().append(id, events(2));
    expect(first.revision).toBe(2);
    expect(second.revision).toBe(4);
    const read = await store().readStream(id);
    expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    for (let i = 1; i < read.length; i++) {
      expect(read[i].position).toBeGreaterThan(read[i - 1].position);
      expect(compareCheckpoints(read[i].checkpoint, read[i - 1].checkpoint)).toBeGreaterThan(0);
    }
    expect(read[2].position).toBe(first.position);
    expect(read[4].checkpoint).toEqual(second.checkpoint);
    expect(await store().checkpointOf(second.position)).toEqual(second.checkpoint);
  });

  it('readStream: forwards and backwards, from a revision, at most maxCount; [] for no stream', async () => {
    const id = freshStream();
    await store().append(id, events(6));
    const revisions = async (o: Parameters<EventStore['readStream']>[1]) =>
      (await store().readStream(id, o)).map((e) => e.revision);
    expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await revisions({ fromRevision: 2, maxCount: 3 })).toEqual([2, 3, 4]);
    expect(await revisions({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1, 0]);
    expect(await revisions({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
    expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([5]);
    expect(await store().readStream(freshStream())).toEqual([]);
  });

  it('readStream recordedUpTo: only what was recorded by then (as-of)', async () => {
    const id = freshStream();
    await store().append(id, events(2));
    const [, second] = await store().readStream(id);
    await eventually(async () => Date.now() > second.recordedAt.getTime() + 1);
    await store().append(id, events(1));
    const asOf = await store().readStream(id, { recordedUpTo: second.recordedAt });
    expect(asOf.map((e) => e.revision)).toEqual([0, 1]);
    await settled(store(), second.checkpoint);
    const at = await store().checkpointAt(second.recordedAt);
    expect(compareCheckpoints(at, second.checkpoint)).toBeGreaterThanOrEqual(0);
    expect(await store().checkpointAt(new Date('2000-01-01T00:00:00Z'))).toEqual(LOG_START);
  });

  it('readAll: the log in order, filtered by category and type, after a checkpoint, at most maxCount', async () => {
    const cat = freshCategory();
    const a = freshStream(cat);
    const b = freshStream(cat);
    await store().append(a, [newEvent('Opened'), newEvent('Noted')]);
    await store().append(freshStream(), [newEvent('Opened')]);
    const last = await store().append(b, [newEvent('Opened'), newEvent('Closed')]);
    await settled(store(), last.checkpoint);
    const all = await store().readAll({ categories: [cat] });
    expect(all.map((e) => [e.streamId, e.type])).toEqual([
      [a, 'Opened'],
      [a, 'Noted'],
      [b, 'Opened'],
      [b, 'Closed'],
    ]);
    expect((await store().readAll({ categories: [cat], types: ['Opened'] })).map((e) => e.streamId)).toEqual([a, b]);
    expect((await store().readAll({ categories: [cat], after: all[1].checkpoint })).map((e) => e.eventId)).toEqual(
      all.slice(2).map((e) => e.eventId),
    );
    expect((await store().readAll({ categories: [cat], maxCount: 3 })).map((e) => e.eventId)).toEqual(
      all.slice(0, 3).map((e) => e.eventId),
    );
    const unfiltered = await store().readAll({ after: all[0].checkpoint, maxCount: 1000 });
    for (let i = 1; i < unfiltered.length; i++)
      expect(compareCheckpoints(unfiltered[i].checkpoint, unfiltered[i - 1].checkpoint)).toBeGreaterThan(0);
    expect(compareCheckpoints(await store().head(), last.checkpoint)).toBeGreaterThanOrEqual(0);
  });

  it('keeps metadata and Vietnamese text exactly', async () => {
    const id = freshStream();
    const metadata: EventMetadata = {
      ...testMetadata,
      reason: 'Sửa sai sót: nhập nhầm năm sinh của chủ hộ',
      actor: {
        userId: randomUUID(),
        username: 'nguyễn.văn.đức',
        role: 'staff',
        organizationId: randomUUID(),
        communeId: null,
      },
      ipAddress: '10.0.0.7',
      nested: { tags: ['hộ nghèo', 'cận nghèo'], count: 2 },
    };
    const data = {
      head: 'Nguyễn Thị Hường',
      address: 'thôn Lũng Táo, xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang',
      note: 'Hộ nghèo → cận nghèo ✓ — “đã xác minh”',
      members: [
        { name: 'Hờ Mí Dế', born: 1987 },
        { name: 'Giàng Thị Mỷ', born: 2015 },
      ],
      income: 1234567.5,
      flags: { poor: true, nearPoor: false, disability: null },
    };
    const result = await store().append(id, [newEvent('HouseholdRegistered', data, metadata)]);
    const [read] = await store().readStream(id);
    expect(read).toMatchObject({ streamId: id, revision: 0, type: 'HouseholdRegistered', data, metadata });
    expect(read.recordedAt).toBeInstanceOf(Date);
    expect(read.prevHash).toBeNull();
    expect(read.hash).toMatch(/^[0-9a-f]{64}$/);
    await settled(store(), result.checkpoint);
    const [fromLog] = await store().readAll({ categories: [id.split('-')[0]] });
    expect(fromLog).toEqual(read);

    const other: EventMetadata = { ...testMetadata, commandName: 'CorrectHousehold', reason: 'đính chính' };
    await store().append(id, [
      newEvent('A', { k: 1 }, other),
      newEvent('B', { k: 2 }, metadata),
      newEvent('C', { k: 3 }, other),
    ]);
    const [, a, b, c] = await store().readStream(id);
    expect([a.metadata, b.metadata, c.metadata]).toEqual([other, metadata, other]);
    expect([a.data, b.data, c.data]).toEqual([{ k: 1 }, { k: 2 }, { k: 3 }]);
  });
}

function idempotencyContract(store: Store): void {
  it('appending the same event ids again returns the first result and stores nothing', async () => {
    const id = freshStream();
    const batch = events(2);
    const first = await store().append(id, batch, { expectedRevision: 'no_stream' });
    await expect(store().append(id, batch, { expectedRevision: 'no_stream' })).resolves.toEqual(first);
    await expect(store().append(id, batch)).resolves.toEqual(first);
    await store().append(id, events(1), { expectedRevision: 1 });
    await expect(store().append(id, batch, { expectedRevision: 'no_stream' })).resolves.toEqual(first);
    expect((await store().readStream(id)).map((e) => e.eventId)).toEqual([
      ...batch.map((e) => e.eventId),
      expect.any(String),
    ]);
  });

  it('the same event ids with other content, or to another stream, are an IdempotencyConflictError', async () => {
    const id = freshStream();
    const batch = events(2);
    await store().append(id, batch);
    const changed = batch.map((e, i) => (i === 1 ? { ...e, data: { n: 99 } } : e));
    await rejectsWith(store().append(id, changed), IdempotencyConflictError);
    await rejectsWith(store().append(id, [batch[0], { ...batch[1], type: 'Other' }]), IdempotencyConflictError);
    await rejectsWith(store().append(freshStream(), batch), IdempotencyConflictError);
    await rejectsWith(store().append(id, [batch[1], batch[0]]), IdempotencyConflictError);
    expect(await store().readStream(id)).toHaveLength(2);
  });

  it('a retry racing the original returns the same result', async () => {
    const id = freshStream();
    await store().append(id, events(1));
    const batch = events(3);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => store().append(id, batch, { expectedRevision: 0 })),
    );
    for (const r of results) expect(r).toEqual(results[0]);
    expect(await store().readStream(id)).toHaveLength(4);
  });
}

function subscriptionContract(store: Store): void {
  it('catches up from the start, then receives live events, in order and once', async () => {
    const cat = freshCategory();
    const ids = [freshStream(cat), freshStream(cat)];
    await store().append(ids[0], events(2));
    const before = await store().append(ids[1], events(1));
    await settled(store(), before.checkpoint);
    const seen = collect();
    const sub = store().subscribe({ categories: [cat], batchSize: 2, handle: seen.handle });
    try {
      await sub.caughtUp();
      expect(seen.events).toHaveLength(3);
      await store().append(ids[0], events(2));
      await store().append(ids[1], events(1));
      await seen.until(6);
      expect(seen.events.map((e) => [e.streamId, e.revision])).toEqual([
        [ids[0], 0],
        [ids[0], 1],
        [ids[1], 0],
        [ids[0], 2],
        [ids[0], 3],
        [ids[1], 1],
      ]);
      expectStrictlyIncreasing(seen.events);
      expect(compareCheckpoints(seen.checkpoints[seen.checkpoints.length - 1], seen.events[5].checkpoint)).toBe(0);
    } finally {
      await sub.stop();
    }
  });

  it('resumes exactly after a checkpoint', async () => {
    const cat = freshCategory();
    const results: AppendResult[] = [];
    for (let i = 0; i < 5; i++) results.push(await store().append(freshStream(cat), [newEvent('Opened', { i })]));
    await settled(store(), results[4].checkpoint);
    const seen = collect();
    const sub = store().subscribe({ categories: [cat], from: results[1].checkpoint, handle: seen.handle });
    try {
      await sub.caughtUp();
      expect(seen.events.map((e) => e.data.i)).toEqual([2, 3, 4]);
    } finally {
      await sub.stop();
    }
  });

  it('stops delivering after stop(), and stops with onError when the handler fails', async () => {
    const cat = freshCategory();
    const first = await store().append(freshStream(cat), events(1));
    await settled(store(), first.checkpoint);
    const failure = new Error('projection failed');
    const errors: unknown[] = [];
    let calls = 0;
    const failing = store().subscribe({
      categories: [cat],
      handle: async () => {
        calls++;
        throw failure;
      },
      onError: (e) => errors.push(e),
    });
    await eventually(async () => errors.length > 0);
    expect(errors).toEqual([failure]);
    await expect(failing.caughtUp()).rejects.toBeDefined();
    await failing.stop();

    const seen = collect();
    const sub = store().subscribe({ categories: [cat], handle: seen.handle });
    await sub.caughtUp();
    await sub.stop();
    const second = await store().append(freshStream(cat), events(1));
    await settled(store(), second.checkpoint);
    const check = collect();
    const witness = store().subscribe({ categories: [cat], handle: check.handle });
    await witness.caughtUp();
    await witness.stop();
    expect(check.events).toHaveLength(2);
    expect(seen.events).toHaveLength(1);
    expect(calls).toBe(1);
  });
}

function concurrencyContract(store: Store): void {
  it('many writers on one stream with an exact expected revision: exactly one wins each revision', async () => {
    const id = freshStream();
    await store().append(id, events(1));
    for (let revision = 0; revision < 4; revision++) {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => store().append(id, events(1), { expectedRevision: revision })),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      for (const o of lost)
        expect(o.reason).toMatchObject({ name: 'WrongExpectedRevisionError', actual: revision + 1 });
    }
    expect((await store().readStream(id)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
  });

  it('concurrent writers with any: every event stored once, revisions without gaps', async () => {
    const id = freshStream();
    await Promise.all(Array.from({ length: 10 }, () => store().append(id, events(2))));
    const read = await store().readStream(id);
    expect(read.map((e) => e.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
}

function sealContract(store: Store): void {
  it('seals the settled log and verifies every link', async () => {
    const id = freshStream();
    await store().append(id, events(3));
    const last = await store().append(freshStream(), events(2));
    await settled(store(), last.checkpoint);
    expect(await store().seal()).toBeGreaterThanOrEqual(5);
    expect(await store().seal()).toBe(0);
    const progress: number[] = [];
    const result = await store().verify((p) => {
      expect(p.checked).toBeLessThanOrEqual(p.total);
      progress.push(p.checked);
    });
    expect(result).toMatchObject({ ok: true, firstBroken: null });
    expect(result.checked).toBeGreaterThanOrEqual(5);
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.length).toBeGreaterThan(0);
    const [e0, e1] = await store().readStream(id);
    expect(e1.prevHash).toBe(e0.hash);
  });
}

function expectStrictlyIncreasing(events: readonly RecordedEvent[]): void {
  for (let i = 1; i < events.length; i++)
    expect(compareCheckpoints(events[i].checkpoint, events[i - 1].checkpoint)).toBeGreaterThan(0);
}

/**
 * Cases written against what a clustered store (EventStoreDB) does that a single database does
 * not: answers before reads catch up, drops retries racing the original, serves reads from a
 * follower, refuses large appends (issue 18, findings 1–5). Every store must pass them.
 */
function clusterContract(store: Store, env: () => ContractSubject): void {
  it('finding 1: a writer that lost a race is told the revision that won, at once', async () => {
    const id = freshStream();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => store().append(id, events(2), { expectedRevision: 'no_stream' })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) {
      if (o.status === 'rejected')
        expect(o.reason).toMatchObject({ name: 'WrongExpectedRevisionError', expected: 'no_stream', actual: 1 });
    }
    const writers = await Promise.all(
      Array.from({ length: 8 }, () => store().append(id, events(1), { expectedRevision: 'stream_exists' })),
    );
    expect(writers.map((r) => r.revision).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('finding 2: a retry sent while the original is still in flight returns the same result', async () => {
    const id = freshStream();
    const batch = events(2);
    const original = store().append(id, batch, { expectedRevision: 'no_stream' });
    const retries = [store().append(id, batch, { expectedRevision: 'no_stream' }), store().append(id, batch)];
    const [first, ...again] = await Promise.all([original, ...retries]);
    for (const r of again) expect(r).toEqual(first);
    expect((await store().readStream(id)).map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
  });

  it('finding 3: what an append confirmed is read back at once, also after a leader change', async () => {
    await env().leaderChange?.();
    const id = freshStream();
    for (let revision = 0; revision < 6; revision++) {
      const result = await store().append(id, events(1), {
        expectedRevision: revision === 0 ? 'no_stream' : revision - 1,
      });
      expect(result.revision).toBe(revision);
      const read = await store().readStream(id);
      expect(read.map((e) => e.revision)).toEqual(Array.from({ length: revision + 1 }, (_, i) => i));
      expect(read[revision].checkpoint).toEqual(result.checkpoint);
    }
  });

  it('finding 4: a subscription delivers every event once, in log order, while writers run and the leader changes', async () => {
    const cat = freshCategory();
    const seen = collect();
    const sub = store().subscribe({ categories: [cat], batchSize: 3, handle: seen.handle });
    try {
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; i < 6; i++) {
          await store().append(freshStream(cat), [newEvent('Opened', { w, i })]);
          if (w === 0 && i === 2) await env().leaderChange?.();
        }
      });
      await Promise.all(writers);
      await seen.until(24);
      await sub.caughtUp();
      const log = await store().readAll({ categories: [cat] });
      expect(seen.events.map((e) => e.eventId)).toEqual(log.map((e) => e.eventId));
      expect(log).toHaveLength(24);
      expectStrictlyIncreasing(seen.events);
    } finally {
      await sub.stop();
    }
  });

  it('finding 5: a batch over 1 MiB is stored whole or refused whole with AppendTooLargeError', async () => {
    const id = freshStream();
    const big = Array.from({ length: 12 }, (_, i) => newEvent('DocumentAttached', { i, text: 'ă'.repeat(50_000) }));
    const outcome = await store()
      .append(id, big)
      .then(
        (r) => r,
        (e: unknown) => e,
      );
    const stored = await store().readStream(id);
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(AppendTooLargeError);
      expect(outcome).toMatchObject({ streamId: id, limitBytes: expect.any(Number), sizeBytes: expect.any(Number) });
      expect(stored).toEqual([]);
    } else {
      expect(stored.map((e) => e.eventId)).toEqual(big.map((e) => e.eventId));
    }
    const next = stored.length === 0 ? 'no_stream' : stored.length - 1;
    await expect(store().append(id, events(1), { expectedRevision: next })).resolves.toMatchObject({
      revision: stored.length,
    });
  });
}
