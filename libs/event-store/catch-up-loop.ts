import { LOG_START, compareCheckpoints, type LogCheckpoint } from './event-store.port.js';

/**
 * What every adapter's catch-up subscription shares: a cursor that only moves forward, callers
 * waiting for it to reach a checkpoint (`caughtUp`), and a sleep that a wake-up cuts short.
 * Each adapter supplies its own loop (how to read a page, how it is woken).
 */
export abstract class CatchUpLoop {
  protected cursor: LogCheckpoint;
  protected stopped = false;
  protected handling = false;
  private wake: (() => void) | null = null;
  private woken = false;
  private readonly waiters: { target: LogCheckpoint; ok: () => void; fail: (e: unknown) => void }[] = [];

  protected constructor(from: LogCheckpoint | undefined) {
    this.cursor = from ?? LOG_START;
  }

  /** Resolves once the cursor reaches `target` (at once if it has). */
  protected waitUntil(target: LogCheckpoint): Promise<void> {
    if (this.stopped) return Promise.reject(new Error('subscription stopped'));
    if (compareCheckpoints(this.cursor, target) >= 0) return Promise.resolve();
    return new Promise((ok, fail) => {
      this.waiters.push({ target, ok, fail });
      this.nudge();
    });
  }

  protected advance(to: LogCheckpoint): void {
    this.cursor = to;
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (compareCheckpoints(this.cursor, this.waiters[i].target) >= 0) this.waiters.splice(i, 1)[0].ok();
    }
  }

  protected halt(reason: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const w of this.waiters.splice(0)) w.fail(reason);
    this.nudge();
  }

  protected nudge(): void {
    this.woken = true;
    this.wake?.();
  }

  protected sleep(ms: number): Promise<void> {
    if (this.woken || this.stopped) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

/** A rejection of the subscriber's own `handle`, told apart from a failed read. */
export class HandlerError extends Error {
  constructor(override readonly cause: unknown) {
    super('subscription handler failed');
  }
}
