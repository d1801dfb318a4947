import { randomUUID } from 'node:crypto';
import {
  EsdbWrongExpectedVersion,
  type EsdbEventData,
  type EsdbExpectedRevision,
  type EsdbGateway,
  type EsdbLiveHandle,
  type EsdbReadAllOptions,
  type EsdbReadStreamOptions,
  type EsdbRecordedEvent,
  type EsdbServerFilter,
} from './gateway.js';

interface Stored {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: string;
  metadata: string;
  created: Date;
  position: { commit: number; prepare: number };
}

/**
 * A model of the parts of EventStoreDB the adapter relies on, for running the contract suite
 * without a server: one ordered log; appends are atomic per stream with ESDB's expected-revision
 * rules, including its idempotency (a write whose event ids already sit right after the expected
 * revision succeeds without writing); the events of one append share a commit position and get
 * increasing prepare positions (the pessimistic case for the position mapping); reads are
 * inclusive of their start; filters are regexes on the stream name or the event type; system
 * events (`$…`) are interleaved. It is NOT the server: the live integration suite is the proof.
 */
export class InMemoryEsdb implements EsdbGateway {
  readonly log: Stored[] = [];
  private next = 1000;
  private readonly watchers = new Set<{ filter?: EsdbServerFilter; onEvent: () => void; onDrop: (e: unknown) => void }>();
  /** `$all` reads to fail before answering again (simulates a dropped connection). */
  failReads = 0;

  constructor() {
    this.write('$epoch', [{ id: randomUUID(), type: '$epoch', data: {}, metadata: {} }]);
  }

  async append(streamId: string, events: readonly EsdbEventData[], expected: EsdbExpectedRevision): Promise<{ nextRevision: number }> {
    await tick();
    const current = this.revisionOf(streamId);
    const want = expected === 'no_stream' ? -1 : expected;
    if (want !== current) {
      const existing = this.streamEvents(streamId).slice(want + 1, want + 1 + events.length);
      if (want < current && existing.length === events.length && existing.every((e, i) => e.id === events[i].id)) {
        return { nextRevision: existing[existing.length - 1].revision }; // ESDB: idempotent write
      }
      throw new EsdbWrongExpectedVersion(streamId, current);
    }
    this.write(streamId, events);
    if (Math.random() < 0.3) this.write(`$stats-${randomUUID()}`, [{ id: randomUUID(), type: '$statsCollected', data: {}, metadata: {} }]);
    return { nextRevision: current + events.length };
  }

  async readStream(streamId: string, options: EsdbReadStreamOptions): Promise<EsdbRecordedEvent[]> {
    await tick();
    let events = this.streamEvents(streamId);
    if (options.direction === 'backwards') {
      events = events.filter((e) => options.fromRevision === undefined || e.revision <= options.fromRevision).reverse();
    } else {
      events = events.filter((e) => options.fromRevision === undefined || e.revision >= options.fromRevision);
    }
    return events.slice(0, options.maxCount).map(out);
  }

  async readAll(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    await this.readTick();
    const from = options.from;
    const cmp = (e: Stored) => (typeof from === 'string' ? 0 : e.position.commit - from.commit || e.position.prepare - from.prepare);
    let events = this.log.filter((e) => matches(options.filter, e));
    if (options.direction === 'forwards') {
      if (from === 'end') return [];
      if (from !== 'start') events = events.filter((e) => cmp(e) >= 0);
    } else {
      if (from === 'start') return [];
      if (from !== 'end') events = events.filter((e) => cmp(e) <= 0);
      events = events.reverse();
    }
    return events.slice(0, options.maxCount).map(out);
  }

  watch(filter: EsdbServerFilter | undefined, onEvent: () => void, onDrop: (error: unknown) => void): EsdbLiveHandle {
    const watcher = { filter, onEvent, onDrop };
    this.watchers.add(watcher);
    return { stop: async () => void this.watchers.delete(watcher) };
  }

  /** Drops every live subscription, as a server restart would. */
  dropWatchers(): void {
    for (const w of [...this.watchers]) {
      this.watchers.delete(w);
      w.onDrop(new Error('connection dropped'));
    }
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  async close(): Promise<void> {
    this.watchers.clear();
  }

  /** Direct access for tamper tests: the stored event of a stream revision. */
  stored(streamId: string, revision: number): Stored {
    const e = this.streamEvents(streamId).find((s) => s.revision === revision);
    if (!e) throw new Error(`no ${streamId}@${revision}`);
    return e;
  }

  private write(streamId: string, events: readonly EsdbEventData[]): void {
    const commit = this.next;
    let revision = this.revisionOf(streamId);
    const written: Stored[] = events.map((e) => {
      const prepare = this.next;
      this.next += 100 + Math.floor(Math.random() * 50);
      return {
        streamId, revision: ++revision, id: e.id, type: e.type, data: JSON.stringify(e.data), metadata: JSON.stringify(e.metadata),
        created: new Date(), position: { commit, prepare },
      };
    });
    this.log.push(...written);
    for (const w of [...this.watchers]) if (written.some((e) => matches(w.filter, e))) w.onEvent();
  }

  private streamEvents(streamId: string): Stored[] {
    return this.log.filter((e) => e.streamId === streamId);
  }

  private revisionOf(streamId: string): number {
    const events = this.streamEvents(streamId);
    return events.length ? events[events.length - 1].revision : -1;
  }

  private async readTick(): Promise<void> {
    await tick();
    if (this.failReads > 0) {
      this.failReads--;
      throw new Error('UNAVAILABLE: connection dropped');
    }
  }
}

function matches(filter: EsdbServerFilter | undefined, e: Stored): boolean {
  if (!filter) return true;
  return new RegExp(filter.regex).test(filter.on === 'streamName' ? e.streamId : e.type);
}

function out(e: Stored): EsdbRecordedEvent {
  return { streamId: e.streamId, revision: e.revision, id: e.id, type: e.type, data: JSON.parse(e.data), metadata: JSON.parse(e.metadata), created: e.created, position: { ...e.position } };
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
