import { LOG_START, compareCheckpoints, type LogCheckpoint, type Subscription } from './event-store.port.js';

/**
 * What every adapter's catch-up subscription shares: one loop (read a page, hand it over, sleep
 * until woken or polled; a failed read is reported and retried with backoff, a failed handler
 * stops the subscription), a cursor that only moves forward, and callers waiting for it to reach
 * a checkpoint. Each adapter supplies how to read a page, how long to sleep, where the head is,
 * and how to stop being woken; it calls `start()` at the end of its constructor.
 */
export abstract class CatchUpLoop implements Subscription {
  protected cursor: LogCheckpoint;
  protected stopped = false;
  protected handling = false;
  private wake: (() => void) | null = null;
  private woken = false;
  private readonly waiters: { target: LogCheckpoint; ok: () => void; fail: (e: unknown) => void }[] = [];

  private loop: Promise<void> = Promise.resolve();

  protected constructor(
    from: LogCheckpoint | undefined,
    private readonly onError?: (error: unknown) => void,
  ) {
    this.cursor = from ?? LOG_START;
  }

  /** One page; true when another page may follow at once. A handler failure is a HandlerError. */
  protected abstract step(): Promise<boolean>;
  /** How long to sleep after a short page, unless woken. */
  protected abstract pollDelay(): number;
  protected abstract head(): Promise<LogCheckpoint>;
  /** Stop being woken (the loop has ended). */
  protected abstract release(): Promise<void>;

  protected start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.halt(new Error('subscription stopped'));
    // From inside `handle` the loop is waiting for us: do not wait for it.
    if (!this.handling) await this.loop;
  }

  async caughtUp(): Promise<void> {
    if (this.stopped) throw new Error('subscription stopped');
    return this.waitUntil(await this.head());
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const more = await this.step();
        failures = 0;
        if (!more) await this.sleep(this.pollDelay());
      } catch (error) {
        if (this.stopped) break;
        if (error instanceof HandlerError) {
          this.halt(error.cause);
          this.onError?.(error.cause);
          break;
        }
        // A read failed (connection lost, server restart, leader change): report, retry with backoff.
        this.onError?.(error);
        await this.sleep(Math.min(5000, 100 * 2 ** failures++));
      }
    }
    await this.release().catch(() => undefined);
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
