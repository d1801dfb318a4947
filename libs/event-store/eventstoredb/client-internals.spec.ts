import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import type { EsdbSubscriptionItem } from './gateway.js';
import { HIGH_WATER, InternalSubscription, toItem } from './client-internals.js';

/** The client-side half of a server subscription, on a stand-in for the gRPC response stream. */
describe('InternalSubscription (gRPC response stream → ordered items)', () => {
  const checkpoint = (n: number): EsdbSubscriptionItem => ({ kind: 'checkpoint', position: { commit: n, prepare: n } });
  const open = () => {
    const stream = Object.assign(new PassThrough({ objectMode: true }), { cancel: () => undefined });
    let ready = 0;
    const sub = new InternalSubscription(
      Promise.resolve(stream),
      () => ready++,
      (resp) => resp as EsdbSubscriptionItem,
      (e) => e,
      () => false,
    );
    return { stream, sub, ready: () => ready };
  };

  it('keeps checkpoints and caught-up in order with what came before them', async () => {
    const { stream, sub, ready } = open();
    await Promise.resolve();
    for (const item of [checkpoint(1), { kind: 'caughtUp' }, checkpoint(2)]) stream.write(item);
    await new Promise((r) => setImmediate(r));
    expect(sub.take(2)).toEqual([checkpoint(1), { kind: 'caughtUp' }]);
    expect(sub.take(10)).toEqual([checkpoint(2)]);
    expect(ready()).toBe(3);
    expect(sub.failure).toBeNull();
  });

  it('pauses the server stream while too much waits unread, and resumes when taken', async () => {
    const { stream, sub } = open();
    await Promise.resolve();
    for (let i = 0; i < HIGH_WATER + 10; i++) stream.write(checkpoint(i));
    await new Promise((r) => setImmediate(r));
    expect(stream.isPaused()).toBe(true);
    sub.take(HIGH_WATER);
    expect(stream.isPaused()).toBe(false);
  });

  it('reports a dropped stream as its failure, and an ended one too', async () => {
    const dropped = open();
    await Promise.resolve();
    dropped.stream.destroy(new Error('UNAVAILABLE'));
    await new Promise((r) => setImmediate(r));
    expect(String(dropped.sub.failure)).toMatch(/UNAVAILABLE/);
    const ended = open();
    await Promise.resolve();
    ended.stream.end();
    ended.stream.resume();
    await new Promise((r) => setImmediate(r));
    expect(String(ended.sub.failure)).toMatch(/ended/);
  });

  it('maps the server checkpoint and caught-up messages; ignores confirmations', () => {
    const resp = (over: Record<string, unknown>) => ({
      hasEvent: () => false,
      hasCheckpoint: () => false,
      hasCaughtUp: () => false,
      ...over,
    });
    const convert = () => {
      throw new Error('not an event');
    };
    expect(
      toItem(
        resp({
          hasCheckpoint: () => true,
          getCheckpoint: () => ({ getCommitPosition: () => '42', getPreparePosition: () => '42' }),
        }),
        convert,
        convert,
      ),
    ).toEqual(checkpoint(42));
    expect(toItem(resp({ hasCaughtUp: () => true }), convert, convert)).toEqual({ kind: 'caughtUp' });
    expect(toItem(resp({}), convert, convert)).toBeNull();
  });
});
