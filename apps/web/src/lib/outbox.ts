import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { useSyncExternalStore } from 'react';
import { ApiError, get, request, type CommandResult, type Problem } from './api';

/**
 * The outbox (ADR 0017): commands recorded while the network is down wait in IndexedDB with
 * the Idempotency-Key made when the person recorded them and the revision she saw (If-Match), and
 * are sent in order when the connection returns. Nothing leaves the outbox unless the server took
 * it (2xx) or the person discarded it: a conflict (409/412), a refusal (4xx) or an expired session
 * (401) keeps the record and shows it.
 */
export type OutboxState = 'pending' | 'conflict' | 'rejected';

export interface OutboxEntry {
  /** Also the Idempotency-Key: a record sent twice is recorded once. */
  id: string;
  /** Order of recording (ms since epoch, made unique). */
  seq: number;
  createdAt: string;
  /** The signed-in user who recorded it; only that user's session sends or sees it. */
  who: string;
  method: 'POST';
  path: string;
  body: unknown;
  /** The revision the person saw, sent as If-Match (null: none). */
  ifMatch: number | null;
  /** What it is, for the list ("Rà soát hộ nghèo — PD-0001"). */
  title: string;
  /** The entity the person was looking at (a GET path): its current version is shown on a conflict. */
  resource: string | null;
  state: OutboxState;
  attempts: number;
  problem?: Problem;
  /** The server's version of `resource` when the conflict was found. */
  server?: unknown;
}

interface OutboxDb extends DBSchema {
  commands: { key: string; value: OutboxEntry; indexes: { seq: number } };
}

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | null = null;
const db = () =>
  (dbPromise ??= openDB<OutboxDb>('kn-outbox', 1, {
    upgrade(d) {
      d.createObjectStore('commands', { keyPath: 'id' }).createIndex('seq', 'seq');
    },
  }));

let owner: string | null = null;
let entries: OutboxEntry[] = [];
/** Records kept when the session expired during a flush: the sign-in page says they wait. */
let heldForSignIn = 0;
const listeners = new Set<() => void>();
const sentListeners = new Set<(r: CommandResult) => void>();

const emit = () => listeners.forEach((l) => l());

async function reload(): Promise<void> {
  const all = owner ? await (await db()).getAllFromIndex('commands', 'seq') : [];
  entries = all.filter((e) => e.who === owner);
  emit();
}

/** The signed-in user (null when signed out): the outbox shows and sends only their records. */
export function setOutboxOwner(username: string | null): void {
  if (owner === username) return;
  owner = username;
  if (username) heldForSignIn = 0;
  void reload().then(() => (username ? flushOutbox() : undefined));
}

/** Called after each record the server took (the app refreshes its queries). */
export function onOutboxSent(listener: (r: CommandResult) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

/** A fresh Idempotency-Key, made when the person records something. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

let lastSeq = 0;

export async function enqueue(
  cmd: Pick<OutboxEntry, 'path' | 'body' | 'ifMatch' | 'title' | 'resource'> & { id?: string },
): Promise<OutboxEntry> {
  if (!owner) throw new Error('outbox: nobody is signed in');
  const seq = Math.max(Date.now(), lastSeq + 1);
  lastSeq = seq;
  const entry: OutboxEntry = {
    id: cmd.id ?? newIdempotencyKey(),
    seq,
    createdAt: new Date(seq).toISOString(),
    who: owner,
    method: 'POST',
    path: cmd.path,
    body: cmd.body,
    ifMatch: cmd.ifMatch ?? null,
    title: cmd.title,
    resource: cmd.resource,
    state: 'pending',
    attempts: 0,
  };
  await (await db()).put('commands', entry);
  await reload();
  return entry;
}

/** Removes a record the person chose to discard. */
export async function discard(id: string): Promise<void> {
  await (await db()).delete('commands', id);
  await reload();
}

/**
 * Sends a kept record again: after a conflict, against the server's current revision (the person
 * has seen both versions); after a refusal, as it was.
 */
export async function retry(id: string, againstRevision?: number | null): Promise<void> {
  const d = await db();
  const e = await d.get('commands', id);
  if (!e) return;
  await d.put('commands', {
    ...e,
    state: 'pending',
    ifMatch: againstRevision === undefined ? e.ifMatch : againstRevision,
    problem: undefined,
    server: undefined,
  });
  await reload();
  await flushOutbox();
}

/** Every record of this user in the outbox (signed-out: none). */
export const outboxEntries = (): readonly OutboxEntry[] => entries;

let flushing: Promise<void> | null = null;

/**
 * Sends the pending records in the order they were made, one at a time; stops at the first that
 * cannot reach the server (still offline, a 5xx, an expired session) and keeps it for next time.
 */
export function flushOutbox(): Promise<void> {
  if (!flushing)
    flushing = flushOnce().finally(() => {
      flushing = null;
    });
  return flushing;
}

async function flushOnce(): Promise<void> {
  if (!owner || !navigator.onLine) return;
  const d = await db();
  for (;;) {
    const next = (await d.getAllFromIndex('commands', 'seq')).find((e) => e.who === owner && e.state === 'pending');
    if (!next) break;
    const sent = { ...next, attempts: next.attempts + 1 };
    try {
      const r = await request<CommandResult>(next.path, {
        method: 'POST',
        body: next.body,
        ifMatch: next.ifMatch,
        idempotencyKey: next.id,
      });
      const tx = d.transaction('commands', 'readwrite');
      await tx.store.delete(next.id);
      // The person's own earlier record moved the entity on: her later records of the same entity,
      // made against the revision she saw, follow it (they are not a conflict with herself).
      if (next.resource && next.ifMatch !== null && typeof r?.revision === 'number')
        for (const later of await tx.store.getAll())
          if (later.who === owner && later.resource === next.resource && later.ifMatch === next.ifMatch)
            await tx.store.put({ ...later, ifMatch: r.revision });
      await tx.done;
      sentListeners.forEach((l) => l(r));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 0 || e.status === 401 || e.status === 429 || e.status >= 500) {
        await d.put('commands', sent);
        if (e.status === 401) {
          heldForSignIn = (await d.getAll('commands')).filter((x) => x.who === next.who).length;
          emit();
        }
        break;
      }
      const conflict = e.status === 409 || e.status === 412;
      let server: unknown;
      if (conflict && next.resource) server = await get<unknown>(next.resource).catch(() => undefined);
      await d.put('commands', { ...sent, state: conflict ? 'conflict' : 'rejected', problem: e.problem, server });
    }
  }
  await reload();
}

/** How many records wait for the person to sign in again (her session expired while sending). */
export function useHeldForSignIn(): number {
  return useSyncExternalStore(
    subscribe,
    () => heldForSignIn,
    () => 0,
  );
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Re-renders on every change of the outbox. */
export function useOutbox(): readonly OutboxEntry[] {
  return useSyncExternalStore(subscribe, outboxEntries, outboxEntries);
}

let started = false;
/** Flushes when the connection returns (and now, if the app starts online). */
export function startOutbox(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flushOutbox());
}
